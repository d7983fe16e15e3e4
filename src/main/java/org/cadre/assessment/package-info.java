/**
 * Assessment (考核评价): appraisal cycles — annual (年度考核), term-end (任期考核) and probation (试用期考核) — with
 * their appraisees (people, and leadership teams 领导班子 rated Good … Poor on the cycle's ballot), weighted components (business results, democratic appraisal, superior's evaluation, custom),
 * grade bands and quotas; the calibration of grades by the committee (校准, every override with a reason); the
 * consequences (结果运用) that configurable rules draw from the results across years, which the committee accepts or
 * rejects; each person's results across years and each cycle's report, both exportable to Excel and PDF.
 * <p>
 * Owns the tables {@code assessment_*}: cycles, components, grade bands, quotas, appraisees, component scores, grade
 * changes (the override history), consequence rules, recommendations, person records (accepted consequences) and
 * past results (earlier years' grades, imported when a company starts with history).
 * <p>
 * States of a cycle ({@code internal.CycleState}): DRAFT (settings and appraisees) → COLLECTING (scores entered,
 * imported from Excel, or pulled from the democratic-appraisal ballot) → CALIBRATING (totals and proposed grades
 * computed; the committee adjusts; back to COLLECTING allowed) → FINALIZED (refused while a quota is exceeded;
 * recommendations generated). A recommendation is PROPOSED → ACCEPTED | REJECTED.
 * <p>
 * The democratic appraisal runs on the ballot engine through {@code org.cadre.ballots.Ballots}: a cycle creates a
 * ballot with origin {@code assessment-cycle:{id}}, managed on the ballot's own pages; when it is published
 * ({@code BallotPublished}) each appraisee's weighted score becomes their democratic-appraisal score. Pages under
 * {@code /assessment}, JSON under {@code /api/v1/assessment}; the person's profile links to their results through
 * the people module's {@code ProfileLink}.
 * <p>
 * Public API: {@link org.cadre.assessment.Grade} and {@link org.cadre.assessment.AssessmentHistory} (results decided
 * outside Cadre: finished annual cycles, past results; used by the demo company). Inside ({@code internal}): the
 * domain values and rules ({@code Scoring}, {@code GradeBands}, {@code Distribution}, {@code Consequences}), the
 * repositories with their SQL, the command services ({@code CycleCommands}, {@code ConsequenceCommands}) that check
 * permission, scope and state and write the audit log, the pages ({@code CyclePages}, {@code ResultPages}), the JSON
 * API ({@code AssessmentApi}), Excel import ({@code ScoreImport}) and exports ({@code Exports}).
 * <p>
 * Who may do what: settings and steps of a cycle need assessment:manage (settings, appraisees, scores, ballot) or
 * assessment:decide (calibration, finalizing, consequences) for the whole company; scores, overrides and decisions
 * on one appraisee need the permission's scope to reach the unit they were appraised in; assessment:read shows the
 * appraisees within its scope.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "organization", "people",
        "ballots"})
package org.cadre.assessment;
