package org.cadre.ballots;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The counted result of a ballot (after close). Per question and answer: counts per rater group and in all, and the
 * weighted result that combines the groups by their weights.
 * <p>
 * Of a SECRET ballot, a group with fewer ballots than the ballot's {@code minGroupBreakdown} is {@code suppressed}.
 * When any group of a ballot with several groups is, {@code breakdownHidden} is set and the ballots of all groups are <em>pooled</em>: counted as one
 * box, without weights. Every figure of every question (total, percent, {@code weightedPercent},
 * {@code weightedScore}) is then of all ballots together and {@code perGroup} is empty, so that nothing published
 * can be combined with the groups' weights or turnout to give back a small group's own votes (with weights, group A
 * of one ballot at weight 0.3 and B at 0.7 give 30·x + 0.7·b, which reveals A's one voter). Turnout per group
 * ({@link GroupTally#cast}) stays: it says how many voted, and with pooled figures it weighs nothing.
 * <p>
 * A roll-call or show-of-hands ballot has no secret to keep: its groups are always shown and weighted.
 *
 * @param eligible        voters on the roll
 * @param cast            ballots received
 * @param quorumMet       whether enough voters cast (always true without a quorum)
 * @param breakdownHidden a group was too small: all groups pooled, no counts per group (see above)
 * @param fewBallots      a SECRET ballot with fewer ballots in all than {@code minGroupBreakdown}: the result is
 *                        published whole (one group's result is its own whole), with a warning that so few
 *                        ballots may let voters be recognised
 */
public record BallotResults(long ballotId, String title, BallotMode mode, BallotState state, PassRule passRule,
                            Quorum quorum, int eligible, int cast, boolean quorumMet, boolean breakdownHidden,
                            List<GroupTally> groups, List<QuestionResult> questions, List<NamedVote> namedVotes,
                            boolean fewBallots) {

    public BallotResults(long ballotId, String title, BallotMode mode, BallotState state, PassRule passRule,
                         Quorum quorum, int eligible, int cast, boolean quorumMet, boolean breakdownHidden,
                         List<GroupTally> groups, List<QuestionResult> questions, List<NamedVote> namedVotes) {
        this(ballotId, title, mode, state, passRule, quorum, eligible, cast, quorumMet, breakdownHidden, groups,
                questions, namedVotes, false);
    }

    /**
     * @param eligible   voters on the group's roll
     * @param cast       ballots in the group's box
     * @param suppressed too few ballots (of a SECRET ballot) to be counted on its own: all groups are pooled
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
     * @param total           ballots that gave this answer (PICK, CHOICE, RATING), or the average score (SCORE)
     * @param percent         of the counted ballots in all groups (for SCORE: null)
     * @param perGroup        counts (SCORE: average scores) per group id; empty when the groups are pooled
     * @param weightedPercent the groups' percentages (SCORE: average scores) combined by weight; when pooled, the
     *                        percentage (average) of all ballots as one box
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
