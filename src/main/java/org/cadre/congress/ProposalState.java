package org.cadre.congress;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a proposal (提案), suggestion (合理化建议) or breakout opinion (分团意见) stands, from draft to rated answer.
 * The allowed steps are written once, in {@link ProposalStep}.
 */
public enum ProposalState {
    /** Being written by its proposer. */
    DRAFT,
    /** Submitted; waiting for the required co-signers (附议) to confirm. */
    AWAITING_COSIGNERS,
    /** Before the review committee. */
    SUBMITTED,
    /** Returned to the proposer for revision, with the committee's comments. */
    RETURNED,
    /** Declined by the committee, with a reason. */
    DECLINED,
    /** Merged into another proposal (并案), which is handled instead. */
    MERGED,
    /** Filed (立案) and with its lead department, which owes an answer by the deadline. */
    IN_HANDLING,
    /** The lead department asked the union to assign it to another department. */
    REASSIGNMENT_REQUESTED,
    /** The lead drafted the answer; co-departments countersign it. */
    COUNTERSIGNING,
    /** Answered; the union reviews the answer and its class. */
    ANSWERED,
    /** The union accepted the answer; the proposer and co-signers rate it. */
    RATING,
    /** Done: answered, accepted and rated (or accepted, for an opinion nobody rates). */
    CLOSED;

    /** The states in which a department owes an answer. */
    public static final Set<ProposalState> OWED = EnumSet.of(IN_HANDLING, REASSIGNMENT_REQUESTED, COUNTERSIGNING);

    /** Filed, whatever happened since: what everyone who reads the congress may see. */
    public static final Set<ProposalState> FILED = EnumSet.of(IN_HANDLING, REASSIGNMENT_REQUESTED, COUNTERSIGNING,
            ANSWERED, RATING, CLOSED);

    public boolean owesAnswer() {
        return OWED.contains(this);
    }

    public boolean filed() {
        return FILED.contains(this);
    }
}
