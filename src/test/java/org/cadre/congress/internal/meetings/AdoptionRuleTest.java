package org.cadre.congress.internal.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cadre.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

class AdoptionRuleTest {

    @Test
    void exactly_half_of_all_delegates_in_favour_does_not_adopt() {
        assertThat(AdoptionRule.decide(150, 150, 75, 75, 0).adopted()).isFalse();
        assertThat(AdoptionRule.decide(150, 150, 76, 74, 0).adopted()).isTrue();
        assertThat(AdoptionRule.decide(150, 120, 75, 0, 0).needed()).isEqualTo(76);
    }

    @Test
    void more_than_half_is_of_all_delegates_not_of_those_present() {
        // 100 present, 70 of them for: a clear majority of those present, but not more than half of all 150
        assertThat(AdoptionRule.decide(150, 100, 70, 30, 0).adopted()).isFalse();
        assertThat(AdoptionRule.decide(150, 100, 76, 24, 0).adopted()).isTrue();
    }

    @Test
    void with_an_odd_number_of_delegates_half_rounded_up_adopts() {
        assertThat(AdoptionRule.decide(149, 149, 75, 74, 0).adopted()).isTrue();
        assertThat(AdoptionRule.decide(149, 149, 74, 75, 0).adopted()).isFalse();
    }

    @Test
    void one_short_of_two_thirds_present_is_no_quorum_and_nothing_is_adopted() {
        assertThat(AdoptionRule.quorumNeeded(150)).isEqualTo(100);
        assertThat(AdoptionRule.quorum(99, 150)).isFalse();
        assertThat(AdoptionRule.quorum(100, 150)).isTrue();
        AdoptionRule.Outcome outcome = AdoptionRule.decide(150, 99, 99, 0, 0);
        assertThat(outcome.quorumMet()).isFalse();
        assertThat(outcome.adopted()).isFalse();
        assertThat(AdoptionRule.quorumNeeded(149)).isEqualTo(100); // 2/3 of 149 is 99.3
        assertThat(AdoptionRule.quorum(99, 149)).isFalse();
    }

    @Test
    void abstentions_count_like_votes_against() {
        assertThat(AdoptionRule.decide(150, 150, 75, 0, 75).adopted()).isFalse();
        assertThat(AdoptionRule.decide(150, 150, 76, 0, 74).adopted()).isTrue();
    }

    @Test
    void all_present_and_all_in_favour_adopts() {
        AdoptionRule.Outcome outcome = AdoptionRule.decide(150, 150, 150, 0, 0);
        assertThat(outcome.quorumMet()).isTrue();
        assertThat(outcome.adopted()).isTrue();
    }

    @Test
    void counts_over_those_present_or_negative_are_refused() {
        assertThatThrownBy(() -> AdoptionRule.decide(150, 100, 60, 30, 11)).isInstanceOf(BusinessRuleException.class)
                .hasMessage("congress.vote.countsOverPresent");
        assertThatThrownBy(() -> AdoptionRule.decide(150, 100, -1, 0, 0)).isInstanceOf(BusinessRuleException.class);
        assertThat(AdoptionRule.quorum(0, 0)).isFalse();
    }
}
