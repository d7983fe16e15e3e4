package org.cadre.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * Working days (工作日) on a holiday calendar: Monday to Friday work and the weekend rests, except the days the
 * calendar names: a public holiday (法定节假日) rests even on a weekday, a make-up working day (调休) works even on a
 * weekend. Pure arithmetic; {@link WorkingDays} builds it from the stored calendar.
 *
 * @param exceptions the named days: {@code true} a working day, {@code false} a rest day
 */
public record HolidayCalendar(Map<LocalDate, Boolean> exceptions) {

    public HolidayCalendar {
        exceptions = Map.copyOf(exceptions);
    }

    public static HolidayCalendar weekendsOnly() {
        return new HolidayCalendar(Map.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        Boolean named = exceptions.get(day);
        if (named != null) {
            return named;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The working days from {@code start} to {@code end}, both included; 0 when {@code end} is before it. */
    public int workingDaysBetween(LocalDate start, LocalDate end) {
        int count = 0;
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The day on which a period that starts on {@code start} has lasted {@code days} working days ({@code start}
     * counts when it is one), e.g. the earliest end of a public notice of 5 working days.
     */
    public LocalDate endOfWorkingDays(LocalDate start, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1");
        }
        LocalDate d = start;
        int counted = isWorkingDay(d) ? 1 : 0;
        while (counted < days) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** The working day {@code days} working days after {@code from} (not counting it); {@code from} for 0. */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        LocalDate d = from;
        for (int left = days; left > 0; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }
}
