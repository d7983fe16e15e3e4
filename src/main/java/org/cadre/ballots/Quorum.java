package org.cadre.ballots;

/** How many of the eligible voters must cast for a vote to be valid (a congress meeting needs two thirds). */
public enum Quorum {
    NONE,
    MORE_THAN_HALF,
    TWO_THIRDS;

    public boolean met(int cast, int eligible) {
        return switch (this) {
            case NONE -> true;
            case MORE_THAN_HALF -> 2L * cast > eligible;
            case TWO_THIRDS -> 3L * cast >= 2L * eligible;
        };
    }
}
