package org.cadre.congress.internal.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class CompositionTest {

    @Test
    void the_usual_rules_hold_at_their_boundaries_and_show_the_numbers() {
        // 100 delegates: 50 front-line, 20 managers and leaders, 30 women; the workforce is 30 % women
        List<Composition.Check> checks = Composition.check(Composition.Rules.usual(),
                new Composition.Counts(100, 50, 20, 30, 3000, 900));
        assertThat(checks).extracting(Composition.Check::met).containsExactly(true, true, true);
        assertThat(checks.get(0).percent()).isEqualByComparingTo("50.0");
        assertThat(checks.get(2).limit()).isEqualByComparingTo(new BigDecimal("30.0"));
    }

    @Test
    void one_delegate_over_or_under_violates_a_rule() {
        List<Composition.Check> checks = Composition.check(Composition.Rules.usual(),
                new Composition.Counts(100, 49, 21, 29, 3000, 900));
        assertThat(checks).extracting(Composition.Check::met).containsExactly(false, false, false);
    }

    @Test
    void a_fixed_share_of_women_replaces_the_workforce_share() {
        Composition.Rules fixed = new Composition.Rules(50, 20, "FIXED", 25, 0);
        List<Composition.Check> checks = Composition.check(fixed, new Composition.Counts(100, 60, 10, 25, 3000, 900));
        assertThat(checks.get(2).met()).isTrue();
        assertThat(checks.get(2).limit()).isEqualByComparingTo("25");
    }
}
