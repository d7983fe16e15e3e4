/**
 * Selection and appointment records (选拔任用纪实). A {@link org.cadre.cadres.internal.selection.Selection} per
 * vacancy moves through {@link org.cadre.cadres.internal.selection.SelectionState} (motion → recommendation, or
 * registration → eligibility → scoring for an open competition → inspection → decision → public notice → appointment
 * → confirmed | removed after probation; cancelled), each step a {@link org.cadre.cadres.internal.selection.Step}
 * with its document and date; a step out of order needs a recorded exception. A step recorded takes further
 * documents ({@link org.cadre.cadres.internal.selection.StepDocuments}: the inspection's interview records, the
 * committee's minutes…), removed only with a reason and then kept, marked, out of the list. What blocks the next step is
 * {@link org.cadre.cadres.internal.selection.Blockers}: the four mandatory inspection checks, the committee's quorum
 * and pass rule ({@link org.cadre.cadres.internal.selection.CommitteeVote}), the public notice of 5 working days
 * (org.cadre.shared.WorkingDays) and its objections. The recommendation ballot runs on the ballot engine (origin
 * {@code selection:<id>}); the appointment goes through {@code org.cadre.organization.Appointments}. Tables
 * {@code cadre_selection*}; pages under {@code /cadres/selections}, JSON under {@code /api/v1/cadres/selections};
 * events {@code SelectionEvents}; work items PROBATION_ENDING and NOTICE_CLOSING.
 */
package org.cadre.cadres.internal.selection;
