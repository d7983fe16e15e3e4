package org.cadre.assessment.internal;

import org.cadre.assessment.Grade;
import java.math.BigDecimal;

import org.cadre.shared.BusinessRuleException;

/**
 * 等次划分: the lowest total score of each grade; below the last band is Incompetent.
 * Default: ≥ 90 Excellent, ≥ 75 Competent, ≥ 60 Basically Competent.
 */
public record GradeBands(BigDecimal excellent, BigDecimal competent, BigDecimal basicallyCompetent) {

    public static GradeBands standard() {
        return new GradeBands(new BigDecimal("90"), new BigDecimal("75"), new BigDecimal("60"));
    }

    /** Refuses bands that are not strictly descending within 0–100. */
    public void check() {
        if (excellent == null || competent == null || basicallyCompetent == null
                || excellent.compareTo(BigDecimal.valueOf(100)) > 0 || basicallyCompetent.signum() < 0
                || excellent.compareTo(competent) <= 0 || competent.compareTo(basicallyCompetent) <= 0) {
            throw BusinessRuleException.onField("bands", "assessment.bands.invalid");
        }
    }

    public Grade grade(BigDecimal score) {
        if (score.compareTo(excellent) >= 0) {
            return Grade.EXCELLENT;
        }
        if (score.compareTo(competent) >= 0) {
            return Grade.COMPETENT;
        }
        if (score.compareTo(basicallyCompetent) >= 0) {
            return Grade.BASICALLY_COMPETENT;
        }
        return Grade.INCOMPETENT;
    }
}
