package org.cadre.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class HolidayCalendarTest {

    /** Part of the 2026 arrangement: New Year 1–3 Jan off, Sunday 4 Jan worked; Spring Festival 15–23 Feb off,
     * Saturdays 14 and 28 Feb worked; and New Year 2027. */
    static final HolidayCalendar CALENDAR = new HolidayCalendar(Map.ofEntries(
            Map.entry(LocalDate.of(2026, 1, 1), false), Map.entry(LocalDate.of(2026, 1, 2), false),
            Map.entry(LocalDate.of(2026, 1, 3), false), Map.entry(LocalDate.of(2026, 1, 4), true),
            Map.entry(LocalDate.of(2026, 2, 14), true), Map.entry(LocalDate.of(2026, 2, 15), false),
            Map.entry(LocalDate.of(2026, 2, 16), false), Map.entry(LocalDate.of(2026, 2, 17), false),
            Map.entry(LocalDate.of(2026, 2, 18), false), Map.entry(LocalDate.of(2026, 2, 19), false),
            Map.entry(LocalDate.of(2026, 2, 20), false), Map.entry(LocalDate.of(2026, 2, 21), false),
            Map.entry(LocalDate.of(2026, 2, 22), false), Map.entry(LocalDate.of(2026, 2, 23), false),
            Map.entry(LocalDate.of(2026, 2, 28), true), Map.entry(LocalDate.of(2027, 1, 1), false)));

    @Test
    void weekdays_work_and_weekends_rest_on_a_calendar_without_holidays() {
        HolidayCalendar plain = HolidayCalendar.weekendsOnly();
        assertThat(plain.isWorkingDay(LocalDate.of(2026, 12, 4))).isTrue();   // Friday
        assertThat(plain.isWorkingDay(LocalDate.of(2026, 12, 5))).isFalse();  // Saturday
        assertThat(plain.isWorkingDay(LocalDate.of(2026, 12, 6))).isFalse();  // Sunday
        // Monday 7 Dec to Sunday 13 Dec: five working days
        assertThat(plain.workingDaysBetween(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 13))).isEqualTo(5);
    }

    @Test
    void a_notice_starting_on_a_thursday_lasts_five_working_days_until_the_next_wednesday() {
        assertThat(HolidayCalendar.weekendsOnly().endOfWorkingDays(LocalDate.of(2026, 12, 3), 5))
                .isEqualTo(LocalDate.of(2026, 12, 9));
    }

    @Test
    void public_holidays_on_weekdays_do_not_count() {
        // Thursday 1 and Friday 2 Jan 2026 are New Year holidays
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();
        // Mon 16 to Fri 20 Feb 2026 is all Spring Festival: no working day in that week
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 20))).isZero();
    }

    @Test
    void make_up_working_days_on_a_weekend_count() {
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 1, 4))).isTrue();  // Sunday worked
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue(); // Saturday worked
        // Sat 14 Feb (worked), Sun 15 … Mon 23 off, Tue 24 – Fri 27 worked: 5 working days
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 27))).isEqualTo(5);
    }

    @Test
    void a_notice_across_the_spring_festival_ends_after_the_holiday() {
        // starts Friday 13 Feb: 13, 14 (make-up Saturday), then 24, 25, 26
        assertThat(CALENDAR.endOfWorkingDays(LocalDate.of(2026, 2, 13), 5)).isEqualTo(LocalDate.of(2026, 2, 26));
    }

    @Test
    void counting_crosses_the_year_boundary() {
        // Mon 28 – Thu 31 Dec 2026 work, Fri 1 Jan 2027 is New Year, Sat/Sun rest, Mon 4 Jan works
        assertThat(CALENDAR.endOfWorkingDays(LocalDate.of(2026, 12, 28), 5)).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 4))).isEqualTo(5);
        assertThat(CALENDAR.plusWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void a_period_starting_on_a_rest_day_counts_from_the_next_working_day() {
        // Saturday 5 Dec 2026: Mon 7 … Fri 11
        assertThat(HolidayCalendar.weekendsOnly().endOfWorkingDays(LocalDate.of(2026, 12, 5), 5))
                .isEqualTo(LocalDate.of(2026, 12, 11));
    }

    @Test
    void an_end_before_the_start_has_no_working_days() {
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 9))).isZero();
    }
}
