package org.cadre.assessment.internal;

import org.cadre.assessment.Grade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.cadre.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

class ScoringTest {

    static final List<AppraisalComponent> STANDARD = List.of(
            new AppraisalComponent(1, ComponentKind.BUSINESS_RESULTS, "business", new BigDecimal("50"), 0),
            new AppraisalComponent(2, ComponentKind.DEMOCRATIC_APPRAISAL, "democratic", new BigDecimal("30"), 1),
            new AppraisalComponent(3, ComponentKind.SUPERIOR_EVALUATION, "superior", new BigDecimal("20"), 2));

    @Test
    void the_total_is_the_weighted_sum_of_the_component_scores_rounded_to_two_decimals() {
        BigDecimal total = Scoring.total(STANDARD, Map.of(1L, new BigDecimal("95"), 2L, new BigDecimal("88.333"),
                3L, new BigDecimal("90")));
        // 47.5 + 26.4999 + 18 = 91.9999
        assertThat(total).isEqualByComparingTo("92.00");
    }

    @Test
    void there_is_no_total_while_a_component_has_no_score() {
        assertThat(Scoring.total(STANDARD, Map.of(1L, BigDecimal.TEN, 2L, BigDecimal.TEN))).isNull();
    }

    @Test
    void weights_must_add_up_to_one_hundred() {
        Scoring.checkWeights(STANDARD);
        List<AppraisalComponent> short90 = List.of(STANDARD.get(0), STANDARD.get(1),
                new AppraisalComponent(3, ComponentKind.CUSTOM, "x", BigDecimal.TEN, 2));
        assertThatThrownBy(() -> Scoring.checkWeights(short90)).isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey").isEqualTo("assessment.components.weightSum");
        assertThatThrownBy(() -> Scoring.checkWeights(List.of())).extracting("messageKey")
                .isEqualTo("assessment.components.none");
    }

    @Test
    void a_score_lies_between_zero_and_one_hundred() {
        Scoring.checkScore(BigDecimal.ZERO);
        Scoring.checkScore(new BigDecimal("100"));
        assertThatThrownBy(() -> Scoring.checkScore(new BigDecimal("100.5"))).extracting("messageKey")
                .isEqualTo("assessment.score.range");
        assertThatThrownBy(() -> Scoring.checkScore(new BigDecimal("-1"))).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void the_standard_bands_give_excellent_from_90_competent_from_75_basically_competent_from_60() {
        GradeBands bands = GradeBands.standard();
        assertThat(bands.grade(new BigDecimal("90"))).isEqualTo(Grade.EXCELLENT);
        assertThat(bands.grade(new BigDecimal("89.99"))).isEqualTo(Grade.COMPETENT);
        assertThat(bands.grade(new BigDecimal("75"))).isEqualTo(Grade.COMPETENT);
        assertThat(bands.grade(new BigDecimal("60"))).isEqualTo(Grade.BASICALLY_COMPETENT);
        assertThat(bands.grade(new BigDecimal("59.99"))).isEqualTo(Grade.INCOMPETENT);
    }

    @Test
    void bands_must_descend() {
        assertThatThrownBy(() -> new GradeBands(new BigDecimal("80"), new BigDecimal("85"), new BigDecimal("60")).check())
                .extracting("messageKey").isEqualTo("assessment.bands.invalid");
    }

    @Test
    void grades_are_read_by_constant_or_by_label_in_either_language() {
        assertThat(Grade.parse("优秀")).isEqualTo(Grade.EXCELLENT);
        assertThat(Grade.parse("Basically competent")).isEqualTo(Grade.BASICALLY_COMPETENT);
        assertThat(Grade.parse("INCOMPETENT")).isEqualTo(Grade.INCOMPETENT);
        assertThat(Grade.parse("good")).isNull();
    }

    @Test
    void a_cycle_moves_only_along_its_allowed_steps() {
        assertThat(CycleState.DRAFT.canMoveTo(CycleState.COLLECTING)).isTrue();
        assertThat(CycleState.DRAFT.canMoveTo(CycleState.FINALIZED)).isFalse();
        assertThat(CycleState.CALIBRATING.canMoveTo(CycleState.COLLECTING)).isTrue();
        assertThat(CycleState.FINALIZED.canMoveTo(CycleState.CALIBRATING)).isFalse();
    }
}
