package org.cadre.cadres.internal.tenure;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How an indicator of a performance contract turns its actual result into points out of its weight.
 * <ul>
 *   <li>{@link #LINEAR}: in proportion to the target (actual / target × weight), at most {@code cap %} of the weight
 *       (100 % unless the contract allows over-fulfilment, e.g. 120 %), never below 0;</li>
 *   <li>{@link #PASS_FAIL}: the whole weight when the actual reaches the target, else nothing;</li>
 *   <li>{@link #DEDUCTION}: the whole weight less {@code deduction} points per unit short of the target, never below 0.</li>
 * </ul>
 * An indicator where lower is better (accidents, costs, complaints) reads the other way: LINEAR gives target / actual
 * (an actual of 0 or less reaches the cap), PASS_FAIL passes at or below the target, DEDUCTION takes points off per
 * unit above the target.
 */
enum ScoringRule {
    LINEAR, PASS_FAIL, DEDUCTION;

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * @param capPercent the most a LINEAR indicator gives, in % of its weight (null: 100)
     * @param deduction  points off per unit short of the target for DEDUCTION (null: 0)
     * @param lowerIsBetter whether results below the target are the better ones
     */
    BigDecimal score(BigDecimal weight, BigDecimal target, BigDecimal actual, BigDecimal capPercent,
                     BigDecimal deduction, boolean lowerIsBetter) {
        BigDecimal points = switch (this) {
            case LINEAR -> {
                BigDecimal cap = (capPercent == null ? HUNDRED : capPercent).divide(HUNDRED, 6, RoundingMode.HALF_UP);
                BigDecimal ratio = !lowerIsBetter ? actual.divide(target, 6, RoundingMode.HALF_UP)
                        : actual.signum() <= 0 ? cap : target.divide(actual, 6, RoundingMode.HALF_UP);
                yield weight.multiply(ratio.min(cap).max(BigDecimal.ZERO));
            }
            case PASS_FAIL -> (lowerIsBetter ? actual.compareTo(target) <= 0 : actual.compareTo(target) >= 0)
                    ? weight : BigDecimal.ZERO;
            case DEDUCTION -> {
                BigDecimal shortfall = (lowerIsBetter ? actual.subtract(target) : target.subtract(actual))
                        .max(BigDecimal.ZERO);
                BigDecimal off = shortfall.multiply(deduction == null ? BigDecimal.ZERO : deduction);
                yield weight.subtract(off).max(BigDecimal.ZERO);
            }
        };
        return points.setScale(2, RoundingMode.HALF_UP);
    }
}
