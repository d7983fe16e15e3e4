package org.cadre.assessment.internal;

import org.cadre.assessment.Grade;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class ConsequencesTest {

    static final ConsequenceRule PAY_EXCELLENT = new ConsequenceRule(1, Grade.EXCELLENT, 1, Consequence.PAY_COEFFICIENT,
            new BigDecimal("1.2"), true);
    static final ConsequenceRule PAY_BASIC = new ConsequenceRule(2, Grade.BASICALLY_COMPETENT, 1,
            Consequence.PAY_COEFFICIENT, new BigDecimal("0.8"), true);
    static final ConsequenceRule EXCELLENT_THREE_YEARS = new ConsequenceRule(5, Grade.EXCELLENT, 3,
            Consequence.PROMOTION_PRIORITY, null, true);
    static final ConsequenceRule BASIC_TWICE = new ConsequenceRule(6, Grade.BASICALLY_COMPETENT, 2,
            Consequence.DEMOTION, null, true);
    static final ConsequenceRule INCOMPETENT = new ConsequenceRule(7, Grade.INCOMPETENT, 1, Consequence.REMOVAL,
            null, true);
    static final List<ConsequenceRule> RULES = List.of(PAY_EXCELLENT, PAY_BASIC, EXCELLENT_THREE_YEARS, BASIC_TWICE,
            INCOMPETENT);

    static YearResult result(int year, Grade grade, String score) {
        return new YearResult(year, grade, new BigDecimal(score));
    }

    @Test
    void excellent_three_years_running_gives_priority_for_promotion_citing_the_three_results() {
        YearResult now = result(2026, Grade.EXCELLENT, "93.2");
        List<Consequences.Proposal> proposals = Consequences.propose(now,
                List.of(result(2025, Grade.EXCELLENT, "91.0"), result(2024, Grade.EXCELLENT, "92.5")), true, RULES);
        assertThat(proposals).extracting(p -> p.rule().consequence())
                .containsExactly(Consequence.PAY_COEFFICIENT, Consequence.PROMOTION_PRIORITY);
        assertThat(proposals.get(1).evidence()).extracting(YearResult::year).containsExactly(2024, 2025, 2026);
        assertThat(proposals.get(0).evidence()).containsExactly(now);
    }

    @Test
    void a_gap_year_breaks_the_streak() {
        List<Consequences.Proposal> proposals = Consequences.propose(result(2026, Grade.EXCELLENT, "93"),
                List.of(result(2025, Grade.COMPETENT, "85"), result(2024, Grade.EXCELLENT, "92")), true, RULES);
        assertThat(proposals).extracting(p -> p.rule().consequence()).containsExactly(Consequence.PAY_COEFFICIENT);
        assertThat(Consequences.propose(result(2026, Grade.EXCELLENT, "93"),
                List.of(result(2025, Grade.EXCELLENT, "91"), result(2023, Grade.EXCELLENT, "92")), true, RULES))
                .extracting(p -> p.rule().consequence()).containsExactly(Consequence.PAY_COEFFICIENT);
    }

    @Test
    void basically_competent_twice_in_a_row_leads_to_demotion() {
        assertThat(Consequences.propose(result(2026, Grade.BASICALLY_COMPETENT, "65"),
                List.of(result(2025, Grade.BASICALLY_COMPETENT, "62.5")), true, RULES))
                .extracting(p -> p.rule().consequence())
                .containsExactly(Consequence.PAY_COEFFICIENT, Consequence.DEMOTION);
    }

    @Test
    void incompetent_once_leads_to_removal() {
        assertThat(Consequences.propose(result(2026, Grade.INCOMPETENT, "50"), List.of(), true, RULES))
                .extracting(p -> p.rule().consequence()).containsExactly(Consequence.REMOVAL);
    }

    @Test
    void a_term_end_or_probation_cycle_forms_no_streak_with_annual_years() {
        assertThat(Consequences.propose(result(2026, Grade.BASICALLY_COMPETENT, "65"),
                List.of(result(2025, Grade.BASICALLY_COMPETENT, "62.5")), false, RULES))
                .extracting(p -> p.rule().consequence()).containsExactly(Consequence.PAY_COEFFICIENT);
    }

    @Test
    void inactive_rules_propose_nothing() {
        ConsequenceRule off = new ConsequenceRule(7, Grade.INCOMPETENT, 1, Consequence.REMOVAL, null, false);
        assertThat(Consequences.propose(result(2026, Grade.INCOMPETENT, "50"), List.of(), true, List.of(off))).isEmpty();
    }
}
