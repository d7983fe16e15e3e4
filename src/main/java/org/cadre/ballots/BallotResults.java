package org.cadre.ballots;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The counted result of a ballot (after close). Per question and answer: counts per rater group and in all, and the
 * weighted result that combines the groups by their weights.
 * <p>
 * A group with fewer ballots than the ballot's {@code minGroupBreakdown} is {@code suppressed}. When a ballot with
 * several groups has a suppressed group, {@code breakdownHidden} is set and only the combined, weighted result is
 * shown: no group's counts and no raw totals, because with two groups the totals and the weighted percentages
 * together would give each group's counts back.
 *
 * @param eligible        voters on the roll
 * @param cast            ballots received
 * @param quorumMet       whether enough voters cast (always true without a quorum)
 * @param breakdownHidden counts per group and raw totals are left out (see above)
 */
public record BallotResults(long ballotId, String title, BallotMode mode, BallotState state, PassRule passRule,
                            Quorum quorum, int eligible, int cast, boolean quorumMet, boolean breakdownHidden,
                            List<GroupTally> groups, List<QuestionResult> questions, List<NamedVote> namedVotes) {

    /**
     * @param eligible   voters on the group's roll
     * @param cast       ballots in the group's box
     * @param suppressed too few ballots to show the group's own breakdown
     */
    public record GroupTally(long groupId, String name, BigDecimal weight, int eligible, int cast, boolean suppressed) {
    }

    /**
     * @param weightedScore RATING: points 0–100 combined by group weight; SCORE: the weighted item score; CHOICE and
     *                      PICK: the weighted share in favour, in percent
     * @param passed        by the ballot's pass rule; null when the rule is NONE
     */
    public record QuestionResult(long questionId, int position, QuestionKind kind, String title, Long subjectPersonId,
                                 Scale scale, List<AnswerResult> answers, BigDecimal weightedScore, Boolean passed,
                                 Long subjectUnitId) {

        public QuestionResult(long questionId, int position, QuestionKind kind, String title, Long subjectPersonId,
                              Scale scale, List<AnswerResult> answers, BigDecimal weightedScore, Boolean passed) {
            this(questionId, position, kind, title, subjectPersonId, scale, answers, weightedScore, passed, null);
        }

        public AnswerResult answer(String key) {
            return answers.stream().filter(a -> a.key().equals(key)).findFirst().orElse(null);
        }
    }

    /**
     * One answer of a question: a scale answer (key = its name), a candidate or item (key = "option:ID"), or a
     * written-in person (key = "person:ID").
     *
     * @param total           ballots that gave this answer (PICK, CHOICE, RATING), or the average score (SCORE);
     *                        null when the breakdown is hidden
     * @param percent         of the counted ballots in all groups (for SCORE: null); null when hidden
     * @param perGroup        counts (SCORE: average scores) per group id; empty when hidden
     * @param weightedPercent the groups' percentages (SCORE: average scores) combined by weight
     * @param passed          a candidate (PICK) by the ballot's pass rule; null otherwise
     */
    public record AnswerResult(String key, String label, Long personId, BigDecimal total, BigDecimal percent,
                               Map<Long, BigDecimal> perGroup, BigDecimal weightedPercent, Boolean passed) {
    }

    /** A roll-call ballot: who voted what (NAMED mode only). */
    public record NamedVote(long personId, String voterName, String groupName, Map<Long, String> answers) {
    }

    /** The same result without the roll call: for readers who are not the ballot's officers. */
    public BallotResults withoutNames() {
        return namedVotes.isEmpty() ? this : new BallotResults(ballotId, title, mode, state, passRule, quorum, eligible,
                cast, quorumMet, breakdownHidden, groups, questions, List.of());
    }

    public QuestionResult question(long questionId) {
        return questions.stream().filter(q -> q.questionId() == questionId).findFirst().orElseThrow();
    }

    /** The RATING question about a unit's leadership team. */
    public QuestionResult aboutUnit(long unitId) {
        return questions.stream().filter(q -> Long.valueOf(unitId).equals(q.subjectUnitId())).findFirst().orElse(null);
    }

    /** The RATING or SCORE question about one appraisee. */
    public QuestionResult aboutPerson(long personId) {
        return questions.stream().filter(q -> Long.valueOf(personId).equals(q.subjectPersonId())).findFirst()
                .orElse(null);
    }
}
