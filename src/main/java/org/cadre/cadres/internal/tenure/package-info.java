/**
 * Tenure and deployment (任期制和契约化, 干部调配): terms of office of cadres on their posts and of leadership teams
 * ({@link org.cadre.cadres.internal.tenure.Term}, implementing {@code internal.TermEnds} and reporting TERM_ENDING
 * work items), post agreements and annual / term performance contracts whose indicators score their results
 * ({@link org.cadre.cadres.internal.tenure.ScoringRule}), the exit rule that turns a low score or a Basically
 * Competent / Incompetent year into a recommendation to end the term ({@link org.cadre.cadres.internal.tenure.ExitRule}),
 * and deployment events that change the assignments through the organization's {@code Appointments} and make the
 * yearly rise-and-fall ledger (能上能下台账). Tables {@code cadre_term}, {@code cadre_contract},
 * {@code cadre_contract_indicator}, {@code cadre_exit_rule}, {@code cadre_exit_recommendation},
 * {@code cadre_deployment_event}; pages under {@code /cadres/terms}, {@code /cadres/contracts},
 * {@code /cadres/deployments}; JSON under {@code /api/v1/cadres}.
 */
package org.cadre.cadres.internal.tenure;
