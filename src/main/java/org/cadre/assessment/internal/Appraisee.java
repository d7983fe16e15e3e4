package org.cadre.assessment.internal;

import org.cadre.assessment.Grade;
import java.math.BigDecimal;

/**
 * 被考核人 in a cycle: who, in which unit and post when added, in which quota category; the computed total and
 * proposed grade, and the final grade after calibration.
 */
public record Appraisee(long id, long cycleId, long personId, String employeeNo, String name, long unitId,
                        String postTitle, String category, BigDecimal totalScore, Grade proposedGrade,
                        Grade finalGrade) {

    public boolean overridden() {
        return finalGrade != null && proposedGrade != null && finalGrade != proposedGrade;
    }
}
