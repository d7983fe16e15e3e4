package org.cadre.cadres.internal.tenure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.cadre.assessment.Grade;
import org.junit.jupiter.api.Test;

/** When a contract's result calls for ending the term (不胜任退出). */
class ExitRuleTest {

    final ExitRule rule = new ExitRule(new BigDecimal("60"), true, true);

    @Test
    void a_score_below_the_threshold_calls_for_the_exit() {
        assertThat(rule.basis(new BigDecimal("59.99"), Grade.COMPETENT)).containsExactly("SCORE:59.99:60");
    }

    @Test
    void a_score_at_the_threshold_does_not() {
        assertThat(rule.basis(new BigDecimal("60.00"), Grade.COMPETENT)).isEmpty();
        assertThat(rule.basis(new BigDecimal("95"), null)).isEmpty();
    }

    @Test
    void a_year_graded_basically_competent_or_incompetent_calls_for_it_when_the_rule_names_that_grade() {
        assertThat(rule.basis(new BigDecimal("80"), Grade.BASICALLY_COMPETENT)).containsExactly("GRADE:BASICALLY_COMPETENT");
        assertThat(rule.basis(new BigDecimal("50"), Grade.INCOMPETENT))
                .containsExactly("SCORE:50:60", "GRADE:INCOMPETENT");
        ExitRule onlyIncompetent = new ExitRule(new BigDecimal("60"), false, true);
        assertThat(onlyIncompetent.basis(new BigDecimal("80"), Grade.BASICALLY_COMPETENT)).isEmpty();
        assertThat(onlyIncompetent.basis(new BigDecimal("80"), Grade.INCOMPETENT)).containsExactly("GRADE:INCOMPETENT");
    }

    @Test
    void excellent_and_competent_never_call_for_it() {
        assertThat(rule.basis(new BigDecimal("75"), Grade.EXCELLENT)).isEmpty();
        assertThat(rule.basis(new BigDecimal("75"), Grade.COMPETENT)).isEmpty();
    }
}
