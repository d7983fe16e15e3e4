/**
 * The cadre file (干部档案), the appointment approval form (干部任免审批表) and LRMX.
 * <ul>
 *   <li>{@link org.cadre.cadres.internal.file.Section}: the sections kept as lines (education, résumé, rewards and
 *       punishments, training, family members), one table each ({@code cadre_file_*}), their fields written once;
 *       {@link org.cadre.cadres.internal.file.CadreFiles} reads and keeps them: cadre:read or cadre:manage within
 *       the data scope reads, cadre:manage writes, family members need cadre:family too and every view of them is
 *       audited; every change is audited with its before and after.</li>
 *   <li>The person's particulars stay in the roster (people's {@code PersonParticulars}); the form's own fields
 *       (proposal, health, specialty, dates, filled by) in {@code cadre_file_form}; the résumé merges the recorded
 *       lines with the organization's assignment history ({@link org.cadre.cadres.internal.file.Resume}); the annual
 *       results come from assessment's {@code AnnualResults}.</li>
 *   <li>{@link org.cadre.cadres.internal.file.ApprovalForm} assembles the form; {@code FormPdf} and
 *       {@code FormDocx} lay it out from one {@code FormLayout}: the two standard pages, and a résumé too long for its
 *       cell on page 1 continued on a continuation sheet (续表) after page 2; {@link org.cadre.cadres.internal.file.Lrmx} maps it to LRMX XML and back, and
 *       {@link org.cadre.cadres.internal.file.LrmxFiles} exports and imports (all or nothing, the person found by
 *       national ID, else by name and birth month; the roster's own fields are never changed by an import).</li>
 * </ul>
 */
package org.cadre.cadres.internal.file;
