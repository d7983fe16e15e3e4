/**
 * Tenure and deployment (任期制和契约化, 干部调配): terms of office of cadres on their posts and of leadership teams
 * ({@link org.cadre.cadres.internal.tenure.Term}, implementing {@code internal.TermEnds} and reporting TERM_ENDING
 * work items), post agreements and annual / term performance contracts whose indicators score their results
 * ({@link org.cadre.cadres.internal.tenure.ScoringRule}), the exit rule that turns a low score or a Basically
 * Competent / Incompetent year into a recommendation to end the term ({@link org.cadre.cadres.internal.tenure.ExitRule}),
 * and deployment events that change the assignments through the organization's {@code Appointments} and make the
 * yearly rise-and-fall ledger (能上能下台账). An indicator may be "lower is better" (accidents, costs).
 * <p>
 * Revoking an event marks it (who, when, why) and takes it out of the ledger. Asked to (the page offers it, the API's
 * {@code undo}, default false), it also undoes the event in the same transaction when nothing recorded since builds on
 * it ({@link org.cadre.cadres.internal.tenure.Undo} decides and names why not: a later event of the person, the post it
 * gave ended since, other changes of the person's posts on or after its day, a term changed, a contract signed on the
 * term it started, an event recorded by a selection, missing rights): the post it gave is annulled and the posts it
 * ended reopened through the organization's {@code Appointments}, the terms it ended reopened, the term it started
 * annulled (kept, ended on its first day, end reason ANNULLED), and after a retirement or resignation the person is
 * ACTIVE again from the event's day. Otherwise the correction is made on the organization pages or by recording the
 * right event; the event page shows what undo will do or why it cannot. Recording a retirement or resignation ends
 * the posts and, in the same transaction, changes the person's status on the roster to RETIRED or LEFT through
 * {@code people.PersonStatuses} (people:manage needed as well). A removal at the end of probation
 * ({@code SelectionEvents.ProbationEnded}) is recorded as a REMOVAL and ends the term, the selection having already
 * ended the assignment.
 * <p>
 * Tables {@code cadre_term}, {@code cadre_contract},
 * {@code cadre_contract_indicator}, {@code cadre_exit_rule}, {@code cadre_exit_recommendation},
 * {@code cadre_deployment_event}; pages under {@code /cadres/terms}, {@code /cadres/contracts},
 * {@code /cadres/deployments}; JSON under {@code /api/v1/cadres}.
 */
package org.cadre.cadres.internal.tenure;
