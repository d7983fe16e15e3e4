package org.cadre.people.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Moves dated in the future take effect on their day: people_person.unit_id is the unit a person belongs to today
 * (what scope checks and member counts read), so each night, and at start-up for nights the server was down, it is
 * set from the membership row valid today. No audit entry: the move was recorded when it was decided.
 */
@Component
class TodaysUnits {

    private final JdbcClient jdbc;
    private final Clock clock;

    TodaysUnits(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "0 5 0 * * *", zone = "Asia/Shanghai")
    void nightly() {
        catchUp();
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        catchUp();
    }

    /**
     * One statement, touching only people whose unit differs from today's row, so running it again changes nothing;
     * when several nodes run it at once, the one that waits for a row lock re-checks the row and leaves it alone.
     *
     * @return how many people changed unit
     */
    int catchUp() {
        return jdbc.sql("""
                update people_person p set unit_id = m.unit_id, updated_at = now(), version = p.version + 1
                from people_unit_membership m
                where m.person_id = p.id and m.valid_from <= :today and (m.valid_to is null or m.valid_to > :today)
                  and p.unit_id <> m.unit_id
                """).param("today", LocalDate.now(clock)).update();
    }
}
