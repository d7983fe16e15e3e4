/**
 * Cadres (干部管理): the closed loop "selection → cultivation → deployment → retention / exit" of the cadre team,
 * built on the organization's posts and assignments, the people roster, the ballot engine and assessment results.
 * <p>
 * Parts, each an internal sub-package with its own tables ({@code cadre_*}), pages under {@code /cadres/…}, JSON under
 * {@code /api/v1/cadres/…} and messages ({@code messages/cadres-<part>}):
 * <ul>
 *   <li>{@code internal.reserve}: the reserve pool (后备干部库), development plans, reviews, the succession view;</li>
 *   <li>{@code internal.selection}: selection and appointment records (选拔任用纪实) as a state machine, open
 *       competition (竞聘), the public notice (任前公示) on working days, probation (试用期);</li>
 *   <li>{@code internal.tenure}: terms of office (任期), post agreements and performance contracts (任期制和契约化),
 *       deployment events (干部调配) and the yearly rise-and-fall ledger (能上能下台账);</li>
 *   <li>{@code internal.file}: the cadre file (干部档案: education, résumé, rewards and punishments, training, family),
 *       the appointment approval form (干部任免审批表) as PDF and Word, LRMX import and export;</li>
 *   <li>{@code internal.alerts}: the work queue and alerts (待办预警) fed by every part through
 *       {@code internal.WorkItemSource}, and the structure analysis of the cadre team (班子结构分析).</li>
 * </ul>
 * Who may do what: cadre:read reads within its data scope, cadre:manage keeps the records, selection:manage runs
 * selections, cadre:family sees family members (audited).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cadres", allowedDependencies = {"shared", "identity",
        "organization", "people", "ballots", "assessment", "notifications"})
package org.cadre.cadres;
