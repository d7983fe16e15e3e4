package org.cadre.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.cadre.organization.UnitKind;
import org.cadre.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

class UnitVersionTest {

    private static final LocalDate SINCE = LocalDate.of(2024, 5, 1);
    private final UnitVersion current = new UnitVersion(1, 7, "CAT", "Cathode Materials", UnitKind.OPERATING_UNIT,
            1L, 0, Period.startingOn(SINCE), UnitChange.RENAMED, "HR[2024]5", null, null, null);

    @Test
    void a_change_cannot_take_effect_before_the_current_version_began() {
        assertThatThrownBy(() -> current.requireChangeableOn(SINCE.minusDays(1)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("org.effectiveDate.beforeCurrent");
                    assertThat(e.field()).isEqualTo("effectiveDate");
                });
    }

    @Test
    void a_change_may_take_effect_on_the_day_the_current_version_began_or_later() {
        assertThatCode(() -> current.requireChangeableOn(SINCE)).doesNotThrowAnyException();
        assertThatCode(() -> current.requireChangeableOn(SINCE.plusYears(1))).doesNotThrowAnyException();
    }

    @Test
    void a_change_needs_an_effective_date() {
        assertThatThrownBy(() -> current.requireChangeableOn(null))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("org.effectiveDate.required"));
    }
}
