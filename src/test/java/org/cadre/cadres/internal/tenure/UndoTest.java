package org.cadre.cadres.internal.tenure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cadre.organization.AssignmentRecord;
import org.cadre.organization.PostLevel;
import org.junit.jupiter.api.Test;

/** When revoking a deployment event can also undo it, what undoing does, and why it cannot otherwise. */
class UndoTest {

    static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    static final LocalDate BEFORE = LocalDate.of(2022, 1, 1);

    // a promotion (event 10) from assignment 1 (deputy, ended on DAY) to assignment 2 (head, open since DAY)
    AssignmentRecord deputy = assignment(1, "副主任", "PRIMARY", BEFORE, DAY, "TRANSFERRED");
    AssignmentRecord head = assignment(2, "主任", "PRIMARY", DAY, null, null);
    DeploymentEvent promotion = event(10, DeploymentKind.PROMOTION, DAY, 1L, 2L, null);
    Term deputyTerm = term(100, 1L, BEFORE, DAY, "PROMOTION");
    Term headTerm = term(101, 2L, DAY, null, null);

    List<AssignmentRecord> history = new ArrayList<>(List.of(head, deputy));
    List<DeploymentEvent> events = new ArrayList<>(List.of(promotion));
    List<Term> terms = new ArrayList<>(List.of(deputyTerm, headTerm));
    List<Long> withContract = new ArrayList<>();

    Undo plan(DeploymentEvent e) {
        return Undo.of(e, events, history, terms, withContract, true);
    }

    String refusal(Undo plan) {
        return plan.refusal() == null ? null : plan.refusal().getCodes()[0];
    }

    @Test
    void a_promotion_nothing_builds_on_annuls_the_new_post_reopens_the_old_one_and_swaps_the_terms_back() {
        Undo plan = plan(promotion);

        assertThat(plan.possible()).isTrue();
        assertThat(plan.annul()).isEqualTo(head);
        assertThat(plan.reopen()).containsExactly(deputy);
        assertThat(plan.reopenTerms()).containsExactly(deputyTerm);
        assertThat(plan.annulTerms()).containsExactly(headTerm);
        assertThat(plan.restoreStatus()).isFalse();
    }

    @Test
    void a_retirement_reopens_every_post_it_ended_and_makes_the_person_active_again() {
        AssignmentRecord concurrent = assignment(3, "兼职", "CONCURRENT", BEFORE, DAY, "RETIRED");
        AssignmentRecord main = assignment(1, "副主任", "PRIMARY", BEFORE, DAY, "RETIRED");
        AssignmentRecord older = assignment(4, "科长", "PRIMARY", LocalDate.of(2018, 1, 1), BEFORE, "TRANSFERRED");
        history = List.of(concurrent, main, older);
        DeploymentEvent retirement = event(11, DeploymentKind.RETIREMENT, DAY, 1L, null, null);
        Term ended = term(100, 1L, BEFORE, DAY, "RETIREMENT");
        terms = List.of(ended);
        events = List.of(retirement);

        Undo plan = plan(retirement);

        assertThat(plan.possible()).isTrue();
        assertThat(plan.annul()).isNull();
        assertThat(plan.reopen()).containsExactlyInAnyOrder(main, concurrent);
        assertThat(plan.reopenTerms()).containsExactly(ended);
        assertThat(plan.restoreStatus()).isTrue();
    }

    @Test
    void a_later_event_still_standing_builds_on_it_but_a_revoked_or_earlier_one_does_not() {
        events.add(event(9, DeploymentKind.TRANSFER, LocalDate.of(2025, 1, 1), null, null, null));
        events.add(revoked(event(12, DeploymentKind.ROTATION, LocalDate.of(2026, 7, 1), null, null, null)));
        assertThat(plan(promotion).possible()).isTrue();

        events.add(event(13, DeploymentKind.TRANSFER, LocalDate.of(2026, 9, 1), null, null, null));
        events.add(event(14, DeploymentKind.REMOVAL, LocalDate.of(2026, 8, 1), null, null, null));
        Undo plan = plan(promotion);

        assertThat(refusal(plan)).isEqualTo("cadres.deployment.undo.laterEvent");
        assertThat(plan.refusal().getArguments()[0]).as("the first later one").isEqualTo("2026-08-01");
    }

    @Test
    void an_event_recorded_later_on_the_same_day_builds_on_it() {
        events.add(event(15, DeploymentKind.CONCURRENT_POST, DAY, null, null, null));

        assertThat(refusal(plan(promotion))).isEqualTo("cadres.deployment.undo.laterEvent");
    }

    @Test
    void the_post_it_gave_must_still_be_held() {
        history.set(0, assignment(2, "主任", "PRIMARY", DAY, LocalDate.of(2026, 10, 1), "REMOVED"));

        assertThat(refusal(plan(promotion))).isEqualTo("cadres.deployment.undo.givenEnded");
    }

    @Test
    void the_post_it_ended_must_still_be_ended_on_its_day() {
        history.set(1, assignment(1, "副主任", "PRIMARY", BEFORE, null, null));

        assertThat(refusal(plan(promotion))).isEqualTo("cadres.deployment.undo.endedChanged");
    }

    @Test
    void another_change_of_the_persons_posts_on_or_after_its_day_builds_on_it() {
        history.add(assignment(5, "兼职", "CONCURRENT", LocalDate.of(2026, 7, 1), null, null));

        Undo plan = plan(promotion);

        assertThat(refusal(plan)).isEqualTo("cadres.deployment.undo.laterAssignment");
        assertThat(plan.refusal().getArguments()).containsExactly("2026-07-01", "兼职");
    }

    @Test
    void an_annulled_assignment_is_no_change() {
        history.add(assignment(5, "兼职", "CONCURRENT", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1), "ANNULLED"));

        assertThat(plan(promotion).possible()).isTrue();
    }

    @Test
    void a_term_on_the_post_it_ended_opened_since_builds_on_it() {
        terms.add(term(102, 1L, LocalDate.of(2026, 6, 1), null, null));

        assertThat(refusal(plan(promotion))).isEqualTo("cadres.deployment.undo.termChanged");
    }

    @Test
    void a_contract_on_the_term_it_started_builds_on_it() {
        withContract.add(headTerm.id());

        assertThat(refusal(plan(promotion))).isEqualTo("cadres.deployment.undo.contract");
    }

    @Test
    void an_event_recorded_by_a_selection_is_corrected_in_the_selection() {
        DeploymentEvent bySelection = event(10, DeploymentKind.PROMOTION, DAY, 1L, 2L, 77L);
        events = List.of(bySelection);

        assertThat(refusal(plan(bySelection))).isEqualTo("cadres.deployment.undo.bySelection");
    }

    @Test
    void without_the_rights_to_change_posts_or_the_roster_undo_is_not_offered() {
        assertThat(refusal(Undo.of(promotion, events, history, terms, withContract, false)))
                .isEqualTo("cadres.deployment.undo.notPermitted");
        DeploymentEvent resignation = event(11, DeploymentKind.RESIGNATION, DAY, 1L, null, null);
        assertThat(refusal(Undo.of(resignation, List.of(resignation), history, terms, withContract, false)))
                .isEqualTo("cadres.deployment.undo.notPermittedExit");
    }

    @Test
    void a_concurrent_post_only_annuls_what_it_gave_whatever_else_changed() {
        AssignmentRecord concurrent = assignment(6, "兼职", "CONCURRENT", DAY, null, null);
        history.add(concurrent);
        history.add(assignment(7, "顾问", "CONCURRENT", LocalDate.of(2026, 7, 1), null, null));
        DeploymentEvent e = event(16, DeploymentKind.CONCURRENT_POST, DAY, null, 6L, null);
        events = List.of(e);

        Undo plan = plan(e);

        assertThat(plan.possible()).isTrue();
        assertThat(plan.annul()).isEqualTo(concurrent);
        assertThat(plan.reopen()).isEmpty();
    }

    static AssignmentRecord assignment(long id, String title, String kind, LocalDate from, LocalDate to, String endReason) {
        return new AssignmentRecord(id, 1, id * 10, title, PostLevel.MID_DEPUTY, 1, "办公室", kind, from, to, null, null,
                null, endReason, null, null, "ANNULLED".equals(endReason) ? "误录" : null);
    }

    static DeploymentEvent event(long id, DeploymentKind kind, LocalDate day, Long from, Long to, Long selection) {
        return new DeploymentEvent(id, kind, 1, "张三", "E1", 1, day, from, from == null ? null : from * 10,
                to == null ? null : to * 10, to, "工作需要", null, null, null, selection, null, null, null, false, null,
                "officer");
    }

    static DeploymentEvent revoked(DeploymentEvent e) {
        return new DeploymentEvent(e.id(), e.kind(), e.personId(), e.personName(), e.employeeNo(), e.unitId(),
                e.effectiveDate(), e.fromAssignmentId(), e.fromPostId(), e.toPostId(), e.toAssignmentId(), e.reason(),
                null, null, null, null, java.time.OffsetDateTime.now(), "officer", "误录", false, null, "officer");
    }

    static Term term(long id, Long assignmentId, LocalDate start, LocalDate end, String endReason) {
        return new Term(id, Term.Kind.POST, 1L, "张三", "E1", assignmentId, assignmentId * 10, "办公室职务", 1, start,
                start.plusYears(3), end, endReason, "deployment");
    }
}
