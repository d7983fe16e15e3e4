package org.cadre.congress.internal.meetings;

import org.cadre.shared.BusinessRuleException;

/**
 * When the congress adopts a document (职代会决议): at least two thirds of ALL delegates of the term present
 * (the quorum), and votes in favour from MORE THAN HALF OF ALL DELEGATES of the term, not of those present or voting.
 * Abstentions and absences therefore count like votes against.
 */
public final class AdoptionRule {

    private AdoptionRule() {
    }

    /**
     * @param quorumMet two thirds of all delegates present
     * @param needed    the fewest votes in favour that adopt: more than half of all delegates
     */
    public record Outcome(boolean quorumMet, boolean adopted, int needed) {
    }

    /** Two thirds of all delegates present; never with no delegates. */
    public static boolean quorum(int present, int allDelegates) {
        return allDelegates > 0 && 3L * present >= 2L * allDelegates;
    }

    /** The fewest present for the quorum. */
    public static int quorumNeeded(int allDelegates) {
        return (2 * allDelegates + 2) / 3;
    }

    public static Outcome decide(int allDelegates, int present, int votesFor, int votesAgainst, int abstentions) {
        if (votesFor < 0 || votesAgainst < 0 || abstentions < 0) {
            throw new BusinessRuleException("congress.vote.countsNegative");
        }
        if ((long) votesFor + votesAgainst + abstentions > present) {
            throw new BusinessRuleException("congress.vote.countsOverPresent", votesFor + votesAgainst + abstentions,
                    present);
        }
        if (present > allDelegates) {
            throw new BusinessRuleException("congress.vote.presentOverAll", present, allDelegates);
        }
        boolean quorumMet = quorum(present, allDelegates);
        int needed = allDelegates / 2 + 1;
        return new Outcome(quorumMet, quorumMet && votesFor >= needed, needed);
    }
}
