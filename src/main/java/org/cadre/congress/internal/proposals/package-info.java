/**
 * Proposals (提案), suggestions (合理化建议) and breakout opinions (分团讨论意见), tracked to an answer: "every proposal
 * followed up, every issue answered".
 * <p>
 * A delegate drafts one matter per proposal in the meeting's proposal window and names co-signers (附议, default 2:
 * {@code cadre.congress.proposals.cosigners}), who confirm from their inbox; any employee submits a suggestion the
 * same way without co-signers; the delegation's secretary (one concept with history,
 * appointed on the delegations page and read through
 * {@link org.cadre.congress.internal.meetings.DelegationSecretaries}) records its breakout opinions. The review committee
 * (congress:manage) files (立案) to a lead department and co-departments with a deadline, merges (并案), converts to a
 * suggestion, returns for revision or declines; similar earlier proposals are shown to it ({@code Similarity}). The
 * lead (proposal:answer over the unit) may ask for reassignment within a few days
 * ({@code cadre.congress.proposals.reassignment-days}, default 3), answers; co-departments countersign; the union
 * accepts with a class (A–D, D with a reason) or sends back; proposer and co-signers rate, unsatisfied starts another
 * round. States: {@link org.cadre.congress.ProposalState}, steps written once in {@link org.cadre.congress.ProposalStep}.
 * <p>
 * {@code OverdueChaser} reminds (cron {@code cadre.congress.proposals.chase-cron}) through
 * {@link org.cadre.congress.Reminders}, sent as in-app notifications by {@code NotifyingReminders} (on the deadline the
 * lead department's handlers, from three days overdue also its unit heads, from seven the union; once per level and
 * deadline); {@code HandlingReport} gives the figures and the report for the next meeting.
 * Tables: {@code congress_proposal*}, the per-meeting {@code congress_breakout_secretary} of V96 was folded into
 * the delegation secretaries by V98.
 */
package org.cadre.congress.internal.proposals;
