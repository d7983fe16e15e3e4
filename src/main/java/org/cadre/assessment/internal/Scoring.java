package org.cadre.assessment.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.cadre.shared.BusinessRuleException;

/** The weighted total of an appraisee's component scores (综合得分), and the rules the weights must keep. */
public final class Scoring {

    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scoring() {
    }

    /** Weights are positive and add up to exactly 100. */
    public static void checkWeights(List<AppraisalComponent> components) {
        if (components.isEmpty()) {
            throw BusinessRuleException.onField("components", "assessment.components.none");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (AppraisalComponent c : components) {
            if (c.weight() == null || c.weight().signum() <= 0) {
                throw BusinessRuleException.onField("components", "assessment.components.weightPositive", c.name());
            }
            sum = sum.add(c.weight());
        }
        if (sum.compareTo(HUNDRED) != 0) {
            throw BusinessRuleException.onField("components", "assessment.components.weightSum", sum.stripTrailingZeros().toPlainString());
        }
    }

    /** A component score lies within 0–100. */
    public static void checkScore(BigDecimal score) {
        if (score == null || score.signum() < 0 || score.compareTo(HUNDRED) > 0) {
            throw BusinessRuleException.onField("score", "assessment.score.range");
        }
    }

    /**
     * Σ score × weight / 100, rounded to two decimals half up; null while a component has no score yet.
     *
     * @param scores by component id
     */
    public static BigDecimal total(List<AppraisalComponent> components, Map<Long, BigDecimal> scores) {
        BigDecimal sum = BigDecimal.ZERO;
        for (AppraisalComponent c : components) {
            BigDecimal score = scores.get(c.id());
            if (score == null) {
                return null;
            }
            sum = sum.add(score.multiply(c.weight()));
        }
        return sum.divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }
}
