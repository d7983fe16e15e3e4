package org.cadre.ballots;

/**
 * When a question (a document, a candidate, a motion) passes, stated on the result sheet. Answers in favour are
 * agree / for, or a pick of the candidate.
 */
public enum PassRule {
    /** No rule: the result is reported as counted (appraisals). */
    NONE,
    /** More than half of all eligible voters (a congress adopts a document with more than half of ALL delegates). */
    MORE_THAN_HALF_OF_ELIGIBLE,
    /** More than half of the ballots cast. */
    MORE_THAN_HALF_OF_CAST,
    /** At least two thirds of all eligible voters. */
    TWO_THIRDS_OF_ELIGIBLE;

    /** Whether so many votes in favour pass; null for NONE. */
    public Boolean passes(long inFavour, int cast, int eligible) {
        return switch (this) {
            case NONE -> null;
            case MORE_THAN_HALF_OF_ELIGIBLE -> 2L * inFavour > eligible;
            case MORE_THAN_HALF_OF_CAST -> 2L * inFavour > cast;
            case TWO_THIRDS_OF_ELIGIBLE -> 3L * inFavour >= 2L * eligible;
        };
    }
}
