package org.cadre.assessment.internal;

import org.cadre.assessment.Grade;
import java.math.BigDecimal;

/**
 * A configurable rule mapping results to a recommendation: a pay coefficient for a grade ({@code years} 1,
 * {@code coefficient} set), or a grade held {@code years} annual cycles in a row leading to a consequence
 * ("Excellent three years running → priority for promotion", "Basically Competent twice → demotion",
 * "Incompetent → removal").
 */
public record ConsequenceRule(long id, Grade grade, int years, Consequence consequence, BigDecimal coefficient,
                              boolean active) {

    public ConsequenceRule {
        if (years < 1) {
            throw new IllegalArgumentException("years must be at least 1");
        }
        if (consequence == Consequence.PAY_COEFFICIENT && coefficient == null) {
            throw new IllegalArgumentException("a pay rule needs a coefficient");
        }
    }
}
