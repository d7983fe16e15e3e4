package org.cadre.cadres.internal.tenure;

import java.math.BigDecimal;

/**
 * One indicator of a contract (考核指标): weight in points (the weights of a contract add up to 100), target, unit of
 * measure, scoring rule and direction (whether lower is better: accidents, costs); the actual result once entered, and
 * the points it gives.
 */
record Indicator(long id, int position, String name, BigDecimal weight, BigDecimal target, String measureUnit,
                 ScoringRule rule, BigDecimal capPercent, BigDecimal deduction, boolean lowerIsBetter,
                 BigDecimal actual, BigDecimal score) {

    Indicator withActual(BigDecimal actual) {
        BigDecimal points = actual == null ? null
                : rule.score(weight, target, actual, capPercent, deduction, lowerIsBetter);
        return new Indicator(id, position, name, weight, target, measureUnit, rule, capPercent, deduction,
                lowerIsBetter, actual, points);
    }
}
