package org.cadre.cadres.internal.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** 计算年龄时间: the age the approval form prints. */
class ApprovalFormAgeTest {

    static final LocalDate BORN = LocalDate.of(1982, 3, 15);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void the_age_is_computed_on_the_day_set_for_it() {
        assertThat(ApprovalForm.ageOn(BORN, LocalDate.of(2025, 3, 14), LocalDate.of(2026, 1, 1), TODAY)).isEqualTo(42);
        assertThat(ApprovalForm.ageOn(BORN, LocalDate.of(2025, 3, 15), null, TODAY)).isEqualTo(43);
    }

    @Test
    void without_that_day_the_age_is_computed_on_the_day_the_form_is_filled_in() {
        assertThat(ApprovalForm.ageOn(BORN, null, LocalDate.of(2024, 3, 14), TODAY)).isEqualTo(41);
    }

    @Test
    void without_either_the_age_is_computed_today() {
        assertThat(ApprovalForm.ageOn(BORN, null, null, TODAY)).isEqualTo(44);
    }
}
