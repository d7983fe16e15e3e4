package org.cadre.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Assessment results decided before Cadre, or elsewhere, recorded for the history across years (the streak rules
 * read it): a finished annual cycle with its scores, or one person's past result. For trusted callers (data
 * migration, the demo company): no permission is checked; each record is audited as done by the system.
 */
public interface AssessmentHistory {

    /**
     * Records a finished annual cycle: the standard components (business results 50, democratic appraisal 30,
     * superior's evaluation 20), bands (90 / 75 / 60) and quota (Excellent ≤ 20 % of each unit kind); totals and
     * grades computed from the scores, Excellent beyond the quota lowered to Competent by rank with
     * {@code quotaReason}; then finalized, so that the consequence rules propose their recommendations.
     *
     * @return the cycle's id
     */
    long recordFinishedAnnualCycle(FinishedCycle cycle);

    /** Records (or replaces) a person's annual grade of an earlier year. */
    void recordPastResult(long personId, int year, Grade grade, BigDecimal score);

    /**
     * @param locale      the language of the component names
     * @param quotaReason why a grade was lowered to meet the quota (kept in the calibration history)
     */
    record FinishedCycle(int year, String title, Locale locale, String quotaReason, List<Scores> appraisees) {
    }

    /** One appraisee's component scores, 0–100. */
    record Scores(long personId, BigDecimal businessResults, BigDecimal democraticAppraisal,
                  BigDecimal superiorEvaluation) {
    }
}
