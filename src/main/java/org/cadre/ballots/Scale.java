package org.cadre.ballots;

import java.util.List;

/**
 * The answers of a CHOICE or RATING question, in display order. Rating answers carry points for the weighted score
 * (Excellent 100, Competent 80, Basically Competent 60, Incompetent 0); {@code CANNOT_JUDGE} is offered on every
 * rating scale and never counted.
 */
public enum Scale {
    /** 同意 / 不同意 / 弃权 */
    AGREEMENT(List.of(Answer.AGREE, Answer.DISAGREE, Answer.ABSTAIN)),
    /** 赞成 / 反对 / 弃权 */
    FOR_AGAINST(List.of(Answer.FOR, Answer.AGAINST, Answer.ABSTAIN)),
    /** 优秀 / 称职 / 基本称职 / 不称职 */
    COMPETENCE(List.of(Answer.EXCELLENT, Answer.COMPETENT, Answer.BASICALLY_COMPETENT, Answer.INCOMPETENT,
            Answer.CANNOT_JUDGE)),
    /** 好 / 较好 / 一般 / 差 (a leadership team) */
    TEAM(List.of(Answer.GOOD, Answer.FAIRLY_GOOD, Answer.AVERAGE, Answer.POOR, Answer.CANNOT_JUDGE));

    private final List<Answer> answers;

    Scale(List<Answer> answers) {
        this.answers = answers;
    }

    public List<Answer> answers() {
        return answers;
    }

    public boolean isRating() {
        return this == COMPETENCE || this == TEAM;
    }

    /** One answer of a scale; {@code points} only for rating answers, null where an answer is not counted. */
    public enum Answer {
        AGREE(null), DISAGREE(null), ABSTAIN(null),
        FOR(null), AGAINST(null),
        EXCELLENT(100), COMPETENT(80), BASICALLY_COMPETENT(60), INCOMPETENT(0),
        GOOD(100), FAIRLY_GOOD(80), AVERAGE(60), POOR(0),
        CANNOT_JUDGE(null);

        private final Integer points;

        Answer(Integer points) {
            this.points = points;
        }

        public Integer points() {
            return points;
        }

        /** Whether the answer is left out of percentages and scores ("cannot judge"). */
        public boolean notCounted() {
            return this == CANNOT_JUDGE;
        }

        /** Whether the answer is in favour (agree, for): what a pass rule counts. */
        public boolean inFavour() {
            return this == AGREE || this == FOR;
        }
    }
}
