package org.cadre.shared;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working-day arithmetic on the stored holiday calendar ({@code shared_holiday}: public holidays and make-up working
 * days, kept by the organization department); the arithmetic itself is {@link HolidayCalendar}.
 */
@Component
public class WorkingDays {

    /** A named day of the calendar: a holiday ({@code working = false}) or a make-up working day. */
    public record Holiday(LocalDate day, boolean working, String name) {
    }

    private final JdbcClient jdbc;

    WorkingDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The calendar around these days (a year either side, enough for any notice or deadline in between). */
    public HolidayCalendar calendar(LocalDate from, LocalDate to) {
        Map<LocalDate, Boolean> named = new HashMap<>();
        jdbc.sql("select day, working from shared_holiday where day between :from and :to")
                .param("from", from.minusYears(1)).param("to", to.plusYears(1))
                .query((rs, n) -> Map.entry(rs.getObject(1, LocalDate.class), rs.getBoolean(2))).list()
                .forEach(e -> named.put(e.getKey(), e.getValue()));
        return new HolidayCalendar(named);
    }

    public int workingDaysBetween(LocalDate start, LocalDate end) {
        return calendar(start, end).workingDaysBetween(start, end);
    }

    public LocalDate plusWorkingDays(LocalDate from, int days) {
        return calendar(from, from).plusWorkingDays(from, days);
    }

    /** The named days of a year, in order. */
    public List<Holiday> year(int year) {
        return jdbc.sql("select day, working, name from shared_holiday where day between :from and :to order by day")
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .query((rs, n) -> new Holiday(rs.getObject(1, LocalDate.class), rs.getBoolean(2), rs.getString(3)))
                .list();
    }

    /** Names a day (or renames it); the caller checks permission and audits. */
    @Transactional
    public void put(Holiday holiday) {
        jdbc.sql("""
                insert into shared_holiday (day, working, name) values (:day, :working, :name)
                on conflict (day) do update set working = excluded.working, name = excluded.name
                """).param("day", holiday.day()).param("working", holiday.working()).param("name", holiday.name())
                .update();
    }

    /** Makes a day ordinary again; the caller checks permission and audits. */
    @Transactional
    public boolean remove(LocalDate day) {
        return jdbc.sql("delete from shared_holiday where day = ?").param(day).update() > 0;
    }

    public java.util.Optional<Holiday> find(LocalDate day) {
        return jdbc.sql("select day, working, name from shared_holiday where day = ?").param(day)
                .query((rs, n) -> new Holiday(rs.getObject(1, LocalDate.class), rs.getBoolean(2), rs.getString(3)))
                .optional();
    }
}
