package org.cadre.ballots.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cadre.ballots.BallotMode;
import org.cadre.ballots.BallotResults;
import org.cadre.ballots.BallotState;
import org.cadre.ballots.PassRule;
import org.cadre.ballots.QuestionKind;
import org.cadre.ballots.Quorum;
import org.cadre.ballots.Scale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Counting, and what it publishes about a small rater group: an attacker who sees everything published (the results
 * JSON, from which the page, sheet and projector are all drawn) and knows the groups' weights and turnout must not be
 * able to tell how the one voter of a small group voted.
 */
class TallyTest {

    static final long A = 1;
    static final long B = 2;
    static final long RATING = 10;
    static final long CHOICE = 20;

    /**
     * Two worlds that differ only in how group A's single voter voted (Excellent and Agree, or Competent and
     * Disagree); group B's twenty voters make up the difference, so that all ballots together are the same.
     */
    @Test
    void nothing_published_tells_how_the_one_voter_of_a_small_group_voted() {
        BallotDefinition ballot = ballot(BallotMode.SECRET, 5, group(A, "0.3"), group(B, "0.7"));
        BallotResults aExcellent = Tally.count(ballot, Map.of(A, 1, B, 20), Map.of(A, 1, B, 20), List.of(
                cell(A, RATING, "EXCELLENT", 1), cell(B, RATING, "EXCELLENT", 10), cell(B, RATING, "COMPETENT", 10),
                cell(A, CHOICE, "AGREE", 1), cell(B, CHOICE, "AGREE", 12), cell(B, CHOICE, "DISAGREE", 8)),
                id -> "#" + id, List.of());
        BallotResults aCompetent = Tally.count(ballot, Map.of(A, 1, B, 20), Map.of(A, 1, B, 20), List.of(
                cell(A, RATING, "COMPETENT", 1), cell(B, RATING, "EXCELLENT", 11), cell(B, RATING, "COMPETENT", 9),
                cell(A, CHOICE, "DISAGREE", 1), cell(B, CHOICE, "AGREE", 13), cell(B, CHOICE, "DISAGREE", 7)),
                id -> "#" + id, List.of());

        assertThat(aExcellent.breakdownHidden()).isTrue();
        assertThat(aExcellent).isEqualTo(aCompetent);
        JsonMapper json = JsonMapper.builder().build();
        assertThat(json.writeValueAsString(aExcellent)).isEqualTo(json.writeValueAsString(aCompetent));
        // turnout per group is still published: it is the same in both worlds
        assertThat(aExcellent.groups()).extracting(BallotResults.GroupTally::cast).containsExactly(1, 20);
        // pooled without weights: 11 of 21 Excellent, 10 Competent; (11 × 100 + 10 × 80) / 21
        BallotResults.QuestionResult rating = aExcellent.question(RATING);
        assertThat(rating.answer("EXCELLENT").total()).isEqualByComparingTo("11");
        assertThat(rating.answer("EXCELLENT").weightedPercent()).isEqualByComparingTo("52.38");
        assertThat(rating.answer("EXCELLENT").perGroup()).isEmpty();
        assertThat(rating.weightedScore()).isEqualByComparingTo("90.48");

        // the same two worlds, with the groups weighted on their own (no minimum), are told apart: 30·x + 0.7·b
        BallotDefinition unprotected = ballot(BallotMode.SECRET, 1, group(A, "0.3"), group(B, "0.7"));
        BallotResults weightedExcellent = Tally.count(unprotected, Map.of(A, 1, B, 20), Map.of(A, 1, B, 20),
                List.of(cell(A, RATING, "EXCELLENT", 1), cell(B, RATING, "EXCELLENT", 10),
                        cell(B, RATING, "COMPETENT", 10)), id -> "#" + id, List.of());
        BallotResults weightedCompetent = Tally.count(unprotected, Map.of(A, 1, B, 20), Map.of(A, 1, B, 20),
                List.of(cell(A, RATING, "COMPETENT", 1), cell(B, RATING, "EXCELLENT", 11),
                        cell(B, RATING, "COMPETENT", 9)), id -> "#" + id, List.of());
        assertThat(weightedExcellent.question(RATING).weightedScore())
                .isNotEqualByComparingTo(weightedCompetent.question(RATING).weightedScore());
    }

    @Test
    void groups_all_at_the_minimum_are_shown_each_and_weighted() {
        BallotDefinition ballot = ballot(BallotMode.SECRET, 5, group(A, "0.6"), group(B, "0.4"));
        BallotResults results = Tally.count(ballot, Map.of(A, 5, B, 5), Map.of(A, 5, B, 5), List.of(
                cell(A, RATING, "EXCELLENT", 5), cell(B, RATING, "INCOMPETENT", 5)), id -> "#" + id, List.of());

        assertThat(results.breakdownHidden()).isFalse();
        assertThat(results.fewBallots()).isFalse();
        assertThat(results.question(RATING).answer("EXCELLENT").perGroup()).containsEntry(A, BigDecimal.valueOf(5));
        assertThat(results.question(RATING).weightedScore()).isEqualByComparingTo("60.00");
    }

    @Test
    void a_single_group_below_the_minimum_is_published_whole_with_a_warning() {
        BallotDefinition ballot = ballot(BallotMode.SECRET, 5, group(A, "1"));
        BallotResults results = Tally.count(ballot, Map.of(A, 3), Map.of(A, 3), List.of(
                cell(A, RATING, "EXCELLENT", 2), cell(A, RATING, "COMPETENT", 1)), id -> "#" + id, List.of());

        assertThat(results.breakdownHidden()).isFalse();
        assertThat(results.fewBallots()).isTrue();
        assertThat(results.question(RATING).answer("EXCELLENT").total()).isEqualByComparingTo("2");
    }

    @Test
    void a_roll_call_has_no_secret_to_keep_and_is_weighted_per_group_however_small() {
        BallotDefinition ballot = ballot(BallotMode.NAMED, 5, group(A, "0.5"), group(B, "0.5"));
        BallotResults results = Tally.count(ballot, Map.of(A, 1, B, 3), Map.of(A, 1, B, 3), List.of(
                cell(A, RATING, "EXCELLENT", 1), cell(B, RATING, "INCOMPETENT", 3)), id -> "#" + id, List.of());

        assertThat(results.breakdownHidden()).isFalse();
        assertThat(results.fewBallots()).isFalse();
        assertThat(results.question(RATING).weightedScore()).isEqualByComparingTo("50.00");
    }

    // ------------------------------------------------------------------------------------------------ fixtures

    static BallotDefinition ballot(BallotMode mode, int minGroupBreakdown, BallotDefinition.Group... groups) {
        List<BallotDefinition.Question> questions = new ArrayList<>();
        questions.add(new BallotDefinition.Question(RATING, 1, QuestionKind.RATING, "Zhang San", 501L,
                Scale.COMPETENCE, null, false, null, null, List.of(), null));
        questions.add(new BallotDefinition.Question(CHOICE, 2, QuestionKind.CHOICE, "Work report", null,
                Scale.AGREEMENT, null, false, null, null, List.of(), null));
        return new BallotDefinition(7, "Appraisal", null, mode, BallotState.CLOSED, PassRule.NONE, Quorum.NONE,
                minGroupBreakdown, null, null, "officer", null, null, null, null, 0, List.of(groups), questions);
    }

    static BallotDefinition.Group group(long id, String weight) {
        return new BallotDefinition.Group(id, (int) id, "Group " + id, new BigDecimal(weight), null);
    }

    static Tally.Cell cell(long group, long question, String key, long count) {
        return new Tally.Cell(group, question, key, count, null);
    }
}
