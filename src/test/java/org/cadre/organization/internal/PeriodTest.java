package org.cadre.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class PeriodTest {

    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
    private static final LocalDate MAR_1 = LocalDate.of(2024, 3, 1);
    private static final LocalDate JUN_1 = LocalDate.of(2024, 6, 1);

    @Test
    void a_period_covers_its_first_day_but_not_its_end_day() {
        Period period = new Period(JAN_1, MAR_1);
        assertThat(period.covers(JAN_1)).isTrue();
        assertThat(period.covers(MAR_1.minusDays(1))).isTrue();
        assertThat(period.covers(MAR_1)).isFalse();
        assertThat(period.covers(JAN_1.minusDays(1))).isFalse();
    }

    @Test
    void an_open_period_covers_every_later_day() {
        assertThat(Period.startingOn(JAN_1).covers(LocalDate.of(2099, 1, 1))).isTrue();
    }

    @Test
    void an_empty_period_covers_no_day_and_overlaps_nothing() {
        Period empty = new Period(MAR_1, MAR_1);
        assertThat(empty.covers(MAR_1)).isFalse();
        assertThat(empty.overlaps(Period.startingOn(JAN_1))).isFalse();
        assertThat(Period.startingOn(JAN_1).overlaps(empty)).isFalse();
    }

    @Test
    void a_period_ending_on_a_day_does_not_overlap_one_starting_that_day() {
        assertThat(new Period(JAN_1, MAR_1).overlaps(Period.startingOn(MAR_1))).isFalse();
        assertThat(new Period(JAN_1, MAR_1.plusDays(1)).overlaps(Period.startingOn(MAR_1))).isTrue();
    }

    @Test
    void a_period_cannot_end_before_it_starts() {
        assertThatThrownBy(() -> new Period(MAR_1, JAN_1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_most_holders_at_once_counts_only_periods_that_overlap_each_other() {
        // one holder leaves in March, the next comes in June: never two at once
        List<Period> periods = List.of(new Period(JAN_1, MAR_1), Period.startingOn(JUN_1));
        assertThat(Period.mostAtOnceFrom(periods, JAN_1)).isEqualTo(1);
        assertThat(Period.mostAtOnceFrom(List.of(Period.startingOn(JAN_1), Period.startingOn(JUN_1)), JAN_1))
                .isEqualTo(2);
    }

    @Test
    void the_most_holders_at_once_ignores_what_ended_before_the_day() {
        List<Period> periods = List.of(new Period(JAN_1, MAR_1), Period.startingOn(JAN_1));
        assertThat(Period.mostAtOnceFrom(periods, JAN_1)).isEqualTo(2);
        assertThat(Period.mostAtOnceFrom(periods, MAR_1)).isEqualTo(1);
    }
}
