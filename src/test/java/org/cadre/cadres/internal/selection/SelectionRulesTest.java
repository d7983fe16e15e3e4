package org.cadre.cadres.internal.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cadre.organization.PostLevel;
import org.cadre.people.EducationLevel;
import org.cadre.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

/** The committee's quorum and pass rule, the scoring panel, eligibility, promotion and what blocks a step. */
class SelectionRulesTest {

    @Test
    void the_committee_decides_with_two_thirds_present_and_not_with_fewer() {
        assertThat(CommitteeVote.quorate(9, 6)).isTrue();    // exactly two thirds
        assertThat(CommitteeVote.quorate(9, 5)).isFalse();
        assertThat(CommitteeVote.quorate(10, 7)).isTrue();   // 7/10 ≥ 2/3
        assertThat(CommitteeVote.quorate(10, 6)).isFalse();  // 6/10 < 2/3
        assertThatThrownBy(() -> CommitteeVote.requireQuorum(9, 5))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("selection.decision.noQuorum");
        assertThatThrownBy(() -> CommitteeVote.requireQuorum(9, 10))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("selection.decision.moreThanDue");
    }

    @Test
    void a_candidate_passes_with_more_than_half_of_the_members_due_not_of_those_present() {
        assertThat(CommitteeVote.passes(9, 5)).isTrue();
        assertThat(CommitteeVote.passes(9, 4)).isFalse();
        assertThat(CommitteeVote.passes(10, 5)).isFalse();   // exactly half is not more than half
        assertThat(CommitteeVote.passes(10, 6)).isTrue();
        // 7 of 10 present, all 5 agreeing is still not more than half of 10
        assertThat(CommitteeVote.passes(10, 5)).isFalse();
    }

    @Test
    void more_votes_than_members_present_are_refused() {
        assertThatThrownBy(() -> CommitteeVote.requireVotes("张三", 7, 5, 2, 1))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("selection.decision.tooManyVotes");
        assertThatCode(() -> CommitteeVote.requireVotes("张三", 7, 5, 1, 1)).doesNotThrowAnyException();
    }

    static CompetitionScoring.Mark mark(long judge, String weight, String score) {
        return new CompetitionScoring.Mark(judge, new BigDecimal(weight), new BigDecimal(score));
    }

    @Test
    void with_fewer_than_five_judges_every_score_counts_by_weight() {
        // (80*1 + 90*1 + 70*2) / 4 = 77.5
        assertThat(CompetitionScoring.score(List.of(mark(1, "1", "80"), mark(2, "1", "90"), mark(3, "2", "70"))))
                .isEqualByComparingTo("77.5");
    }

    @Test
    void with_five_judges_the_highest_and_the_lowest_score_are_dropped() {
        // 60 and 99 dropped: (80 + 85 + 90) / 3 = 85
        assertThat(CompetitionScoring.score(List.of(mark(1, "1", "80"), mark(2, "1", "99"), mark(3, "1", "85"),
                mark(4, "1", "60"), mark(5, "1", "90")))).isEqualByComparingTo("85");
        // the weights of the remaining judges still count: (80*2 + 85 + 90) / 4 = 83.75
        assertThat(CompetitionScoring.score(List.of(mark(1, "2", "80"), mark(2, "1", "99"), mark(3, "1", "85"),
                mark(4, "3", "60"), mark(5, "1", "90")))).isEqualByComparingTo("83.75");
    }

    @Test
    void equal_extremes_drop_only_one_score_each() {
        assertThat(CompetitionScoring.score(List.of(mark(1, "1", "90"), mark(2, "1", "90"), mark(3, "1", "80"),
                mark(4, "1", "80"), mark(5, "1", "85")))).isEqualByComparingTo("85");
    }

    @Test
    void candidates_are_ranked_best_first_and_equal_scores_share_a_rank() {
        Map<Long, List<CompetitionScoring.Mark>> marks = new LinkedHashMap<>();
        marks.put(10L, List.of(mark(1, "1", "80")));
        marks.put(11L, List.of(mark(1, "1", "90")));
        marks.put(12L, List.of(mark(1, "1", "80")));
        marks.put(13L, List.of(mark(1, "1", "70")));
        List<CompetitionScoring.Ranked> ranked = CompetitionScoring.rank(marks);
        assertThat(ranked).extracting(CompetitionScoring.Ranked::candidateId).containsExactly(11L, 10L, 12L, 13L);
        assertThat(ranked).extracting(CompetitionScoring.Ranked::rank).containsExactly(1, 2, 2, 4);
    }

    @Test
    void eligibility_names_every_unmet_requirement() {
        Eligibility req = new Eligibility(EducationLevel.BACHELOR, 5, 45, PostLevel.MID_DEPUTY);
        LocalDate on = LocalDate.of(2026, 12, 1);
        assertThat(req.unmet(LocalDate.of(1985, 1, 1), EducationLevel.MASTER, LocalDate.of(2010, 7, 1),
                PostLevel.MID_DEPUTY, on)).isEmpty();
        assertThat(req.unmet(LocalDate.of(1975, 1, 1), EducationLevel.JUNIOR_COLLEGE, LocalDate.of(2023, 7, 1),
                PostLevel.SUPERVISOR, on)).containsExactly(Eligibility.Reason.EDUCATION, Eligibility.Reason.WORK_YEARS,
                Eligibility.Reason.AGE, Eligibility.Reason.LEVEL);
        assertThat(req.unmet(LocalDate.of(1981, 12, 1), null, null, null, on))
                .contains(Eligibility.Reason.EDUCATION, Eligibility.Reason.WORK_YEARS, Eligibility.Reason.LEVEL)
                .doesNotContain(Eligibility.Reason.AGE);   // exactly 45 on the day
    }

    @Test
    void a_promotion_is_a_more_senior_level_than_any_cadre_level_held_or_a_first_cadre_post() {
        assertThat(Eligibility.promotion(PostLevel.MID_PRINCIPAL, List.of(PostLevel.MID_DEPUTY))).isTrue();
        assertThat(Eligibility.promotion(PostLevel.MID_DEPUTY, List.of(PostLevel.MID_DEPUTY))).isFalse();
        assertThat(Eligibility.promotion(PostLevel.MID_DEPUTY, List.of(PostLevel.MID_PRINCIPAL))).isFalse();
        assertThat(Eligibility.promotion(PostLevel.MID_DEPUTY, List.of(PostLevel.SUPERVISOR))).isTrue();
        assertThat(Eligibility.promotion(PostLevel.MID_DEPUTY, List.of())).isTrue();
    }

    static Selection inState(SelectionState state) {
        return new Selection(1, "t", 2, 3, 1, SelectionMethod.ORGANIZATION_NOMINATION, state, null, null, null,
                Set.of(), null, null, null, null, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7), null, null,
                new Eligibility(null, null, null, null), "me", null, 0);
    }

    @Test
    void the_inspection_is_blocked_by_each_missing_mandatory_check_by_name() {
        Selection s = new Selection(1, "t", 2, 3, 1, SelectionMethod.ORGANIZATION_NOMINATION,
                SelectionState.INSPECTION, null, "组长", 12,
                Set.of(InspectionCheck.DOSSIER, InspectionCheck.COMPLAINTS), "报告", null, null, null, null, null,
                null, null, new Eligibility(null, null, null, null), "me", null, 0);
        List<Blockers.Blocker> blockers = Blockers.of(s, List.of(), List.of(), List.of(), Map.of(),
                LocalDate.of(2026, 12, 1));
        assertThat(blockers).extracting(Blockers.Blocker::key).containsOnly("selection.block.checkMissing");
        assertThat(blockers).extracting(b -> ((org.springframework.context.MessageSourceResolvable) b.args()[0])
                .getCodes()[0]).containsExactly("enum.InspectionCheck.PERSONAL_MATTERS",
                "enum.InspectionCheck.DISCIPLINE_OPINION");
    }

    @Test
    void the_appointment_waits_until_the_notice_is_over_and_every_objection_is_resolved() {
        Selection s = inState(SelectionState.PUBLIC_NOTICE);
        Objection open = new Objection(1, 1, LocalDate.of(2026, 12, 2), "x", "y", null, null, null);
        Objection resolved = new Objection(2, 1, LocalDate.of(2026, 12, 2), "x", "y", "z",
                Objection.Outcome.UNFOUNDED, LocalDate.of(2026, 12, 3));
        assertThat(Blockers.of(s, List.of(), List.of(resolved), List.of(), Map.of(), LocalDate.of(2026, 12, 7)))
                .extracting(Blockers.Blocker::key).containsExactly("selection.block.noticeRunning");
        assertThat(Blockers.of(s, List.of(), List.of(open, resolved), List.of(), Map.of(), LocalDate.of(2026, 12, 8)))
                .extracting(Blockers.Blocker::key).containsExactly("selection.block.objectionOpen");
        assertThat(Blockers.of(s, List.of(), List.of(resolved), List.of(), Map.of(), LocalDate.of(2026, 12, 8)))
                .isEmpty();
    }
}
