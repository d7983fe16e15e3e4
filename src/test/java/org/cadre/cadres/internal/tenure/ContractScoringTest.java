package org.cadre.cadres.internal.tenure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.cadre.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

/** How indicators of a performance contract score their results, and what a contract's indicators must be. */
class ContractScoringTest {

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void linear_gives_points_in_proportion_to_the_target() {
        assertThat(ScoringRule.LINEAR.score(d("30"), d("1000"), d("900"), null, null, false)).isEqualByComparingTo("27.00");
    }

    @Test
    void linear_stops_at_the_weight_without_a_cap_and_at_the_cap_with_one() {
        assertThat(ScoringRule.LINEAR.score(d("30"), d("1000"), d("1500"), null, null, false)).isEqualByComparingTo("30.00");
        assertThat(ScoringRule.LINEAR.score(d("30"), d("1000"), d("1500"), d("120"), null, false)).isEqualByComparingTo("36.00");
        assertThat(ScoringRule.LINEAR.score(d("30"), d("1000"), d("1100"), d("120"), null, false)).isEqualByComparingTo("33.00");
    }

    @Test
    void linear_never_goes_below_zero() {
        assertThat(ScoringRule.LINEAR.score(d("30"), d("1000"), d("-200"), null, null, false)).isEqualByComparingTo("0.00");
    }

    @Test
    void pass_fail_gives_the_whole_weight_only_when_the_target_is_reached() {
        assertThat(ScoringRule.PASS_FAIL.score(d("10"), d("1"), d("1"), null, null, false)).isEqualByComparingTo("10.00");
        assertThat(ScoringRule.PASS_FAIL.score(d("10"), d("1"), d("0.99"), null, null, false)).isEqualByComparingTo("0.00");
    }

    @Test
    void deduction_takes_points_off_per_unit_short_of_the_target_down_to_zero() {
        assertThat(ScoringRule.DEDUCTION.score(d("20"), d("100"), d("97"), null, d("2"), false)).isEqualByComparingTo("14.00");
        assertThat(ScoringRule.DEDUCTION.score(d("20"), d("100"), d("105"), null, d("2"), false)).isEqualByComparingTo("20.00");
        assertThat(ScoringRule.DEDUCTION.score(d("20"), d("100"), d("50"), null, d("2"), false)).isEqualByComparingTo("0.00");
    }

    @Test
    void where_lower_is_better_deduction_takes_points_off_per_unit_above_the_target() {
        // 安全生产事故: target 0, 15 points off per accident
        assertThat(ScoringRule.DEDUCTION.score(d("30"), d("0"), d("0"), null, d("15"), true)).isEqualByComparingTo("30.00");
        assertThat(ScoringRule.DEDUCTION.score(d("30"), d("0"), d("1"), null, d("15"), true)).isEqualByComparingTo("15.00");
        assertThat(ScoringRule.DEDUCTION.score(d("30"), d("0"), d("3"), null, d("15"), true)).isEqualByComparingTo("0.00");
        // read the other way, one accident would be "above target" and cost nothing
        assertThat(ScoringRule.DEDUCTION.score(d("30"), d("0"), d("1"), null, d("15"), false)).isEqualByComparingTo("30.00");
    }

    @Test
    void where_lower_is_better_pass_fail_passes_at_or_below_the_target_and_linear_gives_target_over_actual() {
        assertThat(ScoringRule.PASS_FAIL.score(d("10"), d("5"), d("5"), null, null, true)).isEqualByComparingTo("10.00");
        assertThat(ScoringRule.PASS_FAIL.score(d("10"), d("5"), d("5.01"), null, null, true)).isEqualByComparingTo("0.00");
        // cost target 800, actual 1000: 20 × 0.8 = 16; actual 400 stops at the cap (110 %), as does an actual of 0
        assertThat(ScoringRule.LINEAR.score(d("20"), d("800"), d("1000"), null, null, true)).isEqualByComparingTo("16.00");
        assertThat(ScoringRule.LINEAR.score(d("20"), d("800"), d("400"), d("110"), null, true)).isEqualByComparingTo("22.00");
        assertThat(ScoringRule.LINEAR.score(d("20"), d("800"), d("0"), d("110"), null, true)).isEqualByComparingTo("22.00");
    }

    @Test
    void the_total_is_the_sum_of_the_points_once_every_indicator_has_its_result() {
        Indicator profit = new Indicator(1, 0, "利润总额", d("60"), d("5000"), "万元", ScoringRule.LINEAR, d("120"), null, false, null, null);
        Indicator safety = new Indicator(2, 1, "安全生产", d("40"), d("0"), "起", ScoringRule.DEDUCTION, null, d("20"), true, null, null);
        assertThat(Contract.total(List.of(profit.withActual(d("4000")), safety))).isNull();
        // 60 × 0.8 = 48; safety target 0 accidents (lower is better), actual 0: all 40
        assertThat(Contract.total(List.of(profit.withActual(d("4000")), safety.withActual(d("0")))))
                .isEqualByComparingTo("88.00");
        // one accident: 20 points off the 40
        assertThat(Contract.total(List.of(profit.withActual(d("4000")), safety.withActual(d("1")))))
                .isEqualByComparingTo("68.00");
    }

    @Test
    void a_performance_contract_needs_indicators_whose_weights_add_up_to_100() {
        assertThatThrownBy(() -> TenureCommands.indicators(ContractKind.ANNUAL, List.of()))
                .isInstanceOf(BusinessRuleException.class).hasMessage("cadres.contract.noIndicators");
        assertThatThrownBy(() -> TenureCommands.indicators(ContractKind.ANNUAL, List.of(
                new TenureCommands.IndicatorSpec("利润", d("60"), d("100"), null, ScoringRule.LINEAR, null, null, null),
                new TenureCommands.IndicatorSpec("安全", d("30"), d("0"), null, ScoringRule.PASS_FAIL, null, null, null))))
                .isInstanceOf(BusinessRuleException.class).hasMessage("cadres.contract.weights");
        assertThat(TenureCommands.indicators(ContractKind.AGREEMENT, List.of())).isEmpty();
    }

    @Test
    void a_linear_indicator_needs_a_positive_target_and_a_deduction_its_points_per_unit() {
        assertThatThrownBy(() -> TenureCommands.indicators(ContractKind.ANNUAL, List.of(
                new TenureCommands.IndicatorSpec("利润", d("100"), d("0"), null, ScoringRule.LINEAR, null, null, null))))
                .isInstanceOf(BusinessRuleException.class).hasMessage("cadres.contract.linearTarget")
                .extracting(e -> ((BusinessRuleException) e).field()).isEqualTo("indicators[0].target");
        assertThatThrownBy(() -> TenureCommands.indicators(ContractKind.ANNUAL, List.of(
                new TenureCommands.IndicatorSpec("安全", d("100"), d("0"), null, ScoringRule.DEDUCTION, null, null, null))))
                .isInstanceOf(BusinessRuleException.class).hasMessage("cadres.contract.deduction");
    }

    @Test
    void blank_rows_of_the_form_are_ignored() {
        assertThat(TenureCommands.indicators(ContractKind.ANNUAL, List.of(
                new TenureCommands.IndicatorSpec("利润", d("100"), d("10"), null, null, null, null, null),
                new TenureCommands.IndicatorSpec("", null, null, null, ScoringRule.LINEAR, null, null, null))))
                .singleElement().satisfies(i -> assertThat(i.rule()).isEqualTo(ScoringRule.LINEAR));
    }
}
