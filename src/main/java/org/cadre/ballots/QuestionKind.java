package org.cadre.ballots;

/** What a question asks of a voter. */
public enum QuestionKind {
    /** One answer of a fixed scale: agree / disagree / abstain, for / against / abstain. */
    CHOICE,
    /** One grade of a scale (Excellent … Incompetent, Good … Poor), with "cannot judge", which is not counted. */
    RATING,
    /** A score from min to max for each item; items may carry weights. */
    SCORE,
    /**
     * Up to {@code maxPicks} of the candidates (推荐: more candidates than posts); optionally other people from the
     * roster written in.
     */
    PICK,
    /**
     * Up to {@code maxPicks} of the candidates in order of preference (排序推荐). The first of N ranked gets N points,
     * the next N − 1, and so on (a Borda count); the result is each candidate's points.
     */
    RANK
}
