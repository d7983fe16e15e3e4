package org.cadre.congress;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.cadre.congress.ProposalState.*;

/** Every step a proposal may take, from which states, to which state: the one place the state machine is written. */
public enum ProposalStep {
    /** The proposer submits a proposal that needs co-signers. */
    SUBMIT_FOR_COSIGNING(EnumSet.of(DRAFT), AWAITING_COSIGNERS),
    /** The proposer submits one that needs none (a suggestion, an opinion), or the last co-signer confirmed. */
    SUBMIT(EnumSet.of(DRAFT, AWAITING_COSIGNERS, RETURNED), SUBMITTED),
    /** The proposer takes it back to change it (e.g. after a co-signer declined). */
    WITHDRAW(EnumSet.of(AWAITING_COSIGNERS), DRAFT),
    /** The committee files it (立案) and sends it to a lead department with a deadline. */
    FILE(EnumSet.of(SUBMITTED), IN_HANDLING),
    /** The committee merges it into another (并案). */
    MERGE(EnumSet.of(SUBMITTED), MERGED),
    /** The committee turns a proposal into a suggestion; it stays before the committee. */
    CONVERT(EnumSet.of(SUBMITTED), SUBMITTED),
    RETURN(EnumSet.of(SUBMITTED), RETURNED),
    DECLINE(EnumSet.of(SUBMITTED), DECLINED),
    /** The lead department asks, within the allowed days, to be relieved of it. */
    REQUEST_REASSIGNMENT(EnumSet.of(IN_HANDLING), REASSIGNMENT_REQUESTED),
    /** The union decides the request: another lead, or the same one. */
    REASSIGN(EnumSet.of(REASSIGNMENT_REQUESTED), IN_HANDLING),
    /** The lead drafts the answer; co-departments countersign it. */
    DRAFT_ANSWER(EnumSet.of(IN_HANDLING), COUNTERSIGNING),
    /** The lead answers (no co-departments), or the last co-department countersigned. */
    ANSWER(EnumSet.of(IN_HANDLING, COUNTERSIGNING), ANSWERED),
    /** The union accepts the answer and its class; the raters rate it. */
    ACCEPT(EnumSet.of(ANSWERED), RATING),
    /** The union accepts the answer of an item nobody rates (an opinion). */
    ACCEPT_AND_CLOSE(EnumSet.of(ANSWERED), CLOSED),
    /** The union sends the answer back to the lead. */
    SEND_BACK(EnumSet.of(ANSWERED), IN_HANDLING),
    /** Every rater is satisfied or basically satisfied. */
    CLOSE(EnumSet.of(RATING), CLOSED),
    /** A rater is unsatisfied: handled again by the lead. */
    HANDLE_AGAIN(EnumSet.of(RATING), IN_HANDLING);

    private final Set<ProposalState> from;
    private final ProposalState to;

    ProposalStep(Set<ProposalState> from, ProposalState to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(ProposalState state) {
        return from.contains(state);
    }

    public ProposalState to() {
        return to;
    }

    /** The state after this step, or a refusal (message key {@code proposal.step.refused}). */
    public ProposalState from(ProposalState state) {
        if (!allowedFrom(state)) {
            throw new org.cadre.shared.BusinessRuleException("proposal.step.refused", state.name(), name());
        }
        return to;
    }

    public static List<ProposalStep> allowedSteps(ProposalState state) {
        return Arrays.stream(values()).filter(s -> s.allowedFrom(state)).toList();
    }
}
