/**
 * Workers' Congress (职工代表大会) and democratic management, run by the trade union all year (DOMAIN.md §4, issue 5).
 * The hub {@code /congress} links every part.
 * <p>
 * <b>Parts</b>, each an internal sub-package with its own tables ({@code congress_*}, V91–V97), pages under
 * {@code /congress/…}, JSON under {@code /api/v1/congress/…} and messages ({@code messages/congress} for meetings,
 * board; {@code messages/congress-proposals} for proposals, welfare):
 * <ul>
 * <li>{@code internal.meetings}: terms (届) and their meetings (次) with venues, video sites and agenda items with
 * materials; delegates per delegation and constituency (elected, imported from Excel all or nothing, replaced with
 * a record of why; a delegate who retires or leaves the company, {@code people.PersonStatusChanged}, loses the seat
 * that day and it shows as a vacancy until filled; when the exit is undone — the person becomes ACTIVE again — a seat
 * it vacated that nobody filled is given back, while a filled one stays filled and the union (congress:manage) is
 * notified, see {@code DelegateExits}) and the composition rules of the term (counted on current seats); attendance (QR self check-in, officers by employee number,
 * site officers at video sites) and the live quorum of two thirds of ALL delegates, which gates every vote; votes,
 * the venue screen, result sheets and the adopted documents of a meeting.</li>
 * <li>{@code internal.proposals}: proposals (提案), suggestions (合理化建议) and breakout opinions (分团意见) tracked to
 * an answer, the dashboard of what is owed and by whom, the handling report (PDF, Excel) and its figures.</li>
 * <li>{@code internal.board}: the transparency board (厂务公开): categories with required periods, items, comments.</li>
 * <li>{@code internal.welfare}: member welfare: benefit items, budgets, applications, payments.</li>
 * <li>{@code internal.CongressRoll}: who and what the congress is on a day, read by every part.</li>
 * </ul>
 * <p>
 * <b>States.</b> A meeting: PLANNED → IN_SESSION → CLOSED (check-in and votes only in session). A vote: OPEN →
 * DECIDED, adopted only with more than half of ALL delegates of the term ({@code AdoptionRule}), whatever the number
 * present. A proposal: {@link org.cadre.congress.ProposalState}, its steps in {@link org.cadre.congress.ProposalStep}
 * (DRAFT → AWAITING_COSIGNERS → SUBMITTED → filed IN_HANDLING → COUNTERSIGNING → ANSWERED → RATING → CLOSED, with
 * RETURNED, DECLINED, MERGED, REASSIGNMENT_REQUESTED and "handled again" on an unsatisfied rating). A welfare
 * application: SUBMITTED → APPROVED → PAID, or REJECTED with a reason.
 * <p>
 * <b>Who may do what</b> (checked on the server on every page and endpoint, permission and data scope):
 * <ul>
 * <li>congress:read reads terms, meetings, delegates, attendance, results, filed proposals and the board; every
 * employee holds it.</li>
 * <li>congress:manage, held company-wide (the union), runs the congress: terms, meetings, delegates, check-in by
 * officers, opening and closing votes, entering counts; it is the review committee of proposals (files, merges,
 * converts, returns, declines, reassigns, accepts answers with their class) and appoints delegation secretaries (on the term's delegations page).</li>
 * <li>proposal:answer answers and countersigns the proposals whose lead or co-department lies within its scope, and
 * asks for reassignment; a proposal outside the scope is not found.</li>
 * <li>disclosure:manage publishes on the board for units within its scope (company-wide for company items) and hides
 * comments with a reason; welfare:manage runs welfare within its scope (items and budgets company-wide).</li>
 * <li>Delegates are people on a term's delegate list, not a permission: a delegate checks themself in, votes on the
 * ballots of the votes opened while present, drafts and submits proposals, co-signs when invited, rates answers to
 * their own and co-signed proposals. A draft is seen only by its proposer and the co-signers it names; anyone else
 * guessing its id gets "not found". Any employee submits a suggestion and applies for welfare for themself.</li>
 * <li>A site officer (named per video site) marks the delegates of their site present; a delegation's secretary
 * (代表团秘书, one appointment with history per delegation, read through {@code DelegationSecretaries}) records the
 * delegation's breakout opinions at every meeting.</li>
 * </ul>
 * <p>
 * <b>Votes.</b> A SECRET vote is a ballot on the ballot engine ({@code org.cadre.ballots.Ballots}) for the delegates
 * present, cast on phones; a COUNTED vote (show of hands) is a COUNTED ballot on the engine for the same roll, whose
 * totals the officer enters on the meeting page ({@code Ballots.enterCounts}); the engine closes and publishes it,
 * so every vote has one result sheet from the engine (origin {@code congress-vote:{agendaItemId}}), while the
 * adoption decision stays here ({@code AdoptionRule}). Its result sheet and the
 * meeting's adopted-documents list state the mode, the numbers for, against and abstaining, the number of all
 * delegates and the rule, and the counts are audited like every other write.
 * <p>
 * <b>Reminders</b> are in-app notifications ({@code org.cadre.notifications}), each deduped: a proposal owed an answer
 * on its deadline to the lead department's handlers, from three days overdue also to its unit heads, from seven days
 * to the union (cron {@code cadre.congress.proposals.chase-cron}, default 08:30); a secret vote opened to the
 * delegates present; an overdue required disclosure to the board's editors (cron
 * {@code cadre.congress.board.overdue-cron}, default 09:00); a returning delegate's seat already filled to the union
 * (congress:manage), once per seat and day it fell vacant.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workers' Congress", allowedDependencies = {"shared",
        "identity", "organization", "people", "ballots", "notifications"})
package org.cadre.congress;
