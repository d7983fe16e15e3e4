package org.cadre.cadres.internal.selection;

import org.cadre.shared.BusinessRuleException;

/**
 * The committee's decision (党委会讨论决定): it may decide only when at least two thirds of the members due to attend
 * are present, and a candidate passes with the votes of more than half of the members due to attend (not of those
 * present).
 */
final class CommitteeVote {

    private CommitteeVote() {
    }

    static boolean quorate(int due, int present) {
        return due > 0 && present * 3 >= due * 2;
    }

    static void requireQuorum(int due, int present) {
        if (due <= 0) {
            throw BusinessRuleException.onField("membersDue", "selection.decision.noMembers");
        }
        if (present > due) {
            throw BusinessRuleException.onField("membersPresent", "selection.decision.moreThanDue", present, due);
        }
        if (!quorate(due, present)) {
            throw BusinessRuleException.onField("membersPresent", "selection.decision.noQuorum", present, due);
        }
    }

    static boolean passes(int due, int agree) {
        return agree * 2 > due;
    }

    /** Refuses votes that more members cast than were present. */
    static void requireVotes(String candidate, int present, int agree, int disagree, int abstain) {
        if (agree < 0 || disagree < 0 || abstain < 0) {
            throw new BusinessRuleException("selection.decision.negative", candidate);
        }
        if (agree + disagree + abstain > present) {
            throw new BusinessRuleException("selection.decision.tooManyVotes", candidate, agree + disagree + abstain,
                    present);
        }
    }
}
