package org.cadre.assessment.internal;

import org.cadre.assessment.Grade;
import java.math.BigDecimal;

/**
 * 比例控制: at most {@code maxPercent} of the appraisees of each category may receive {@code grade}, e.g. Excellent
 * ≤ 20 %. The number allowed is rounded down (20 % of 7 people allows 1), as the quota is a ceiling.
 */
public record Quota(Grade grade, BigDecimal maxPercent) {

    public int allowed(int appraisees) {
        return maxPercent.multiply(BigDecimal.valueOf(appraisees)).divide(BigDecimal.valueOf(100), 0,
                java.math.RoundingMode.FLOOR).intValue();
    }
}
