package org.cadre.congress.internal.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.cadre.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * V98 folds the per-meeting breakout secretaries into the delegation secretaries. The V96 table is gone from the
 * schema, so the test puts a temporary one of the same shape in its place, runs V98's statements on it and reads the
 * delegation secretaries' history.
 */
@IntegrationTest
@Transactional
class BreakoutSecretaryMigrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_latest_open_breakout_appointment_becomes_the_delegation_secretary_from_its_day_with_history_kept()
            throws Exception {
        CongressFixtures congress = new CongressFixtures(jdbc, LocalDate.of(2026, 6, 1));
        long replaced = congress.delegation;
        long same = delegation(congress, "二车间代表团");
        long none = delegation(congress, "三车间代表团");
        secretary(replaced, 901, LocalDate.of(2025, 1, 1));
        secretary(same, 904, LocalDate.of(2025, 1, 1));
        jdbc.sql("""
                create temporary table congress_breakout_secretary (id bigserial primary key, meeting_id bigint not null,
                  delegation_id bigint not null, person_id bigint not null, appointed_at timestamptz not null,
                  appointed_by varchar(64) not null, ended_at timestamptz)
                """).update();
        appointment(congress.earlierMeeting, replaced, 902, LocalDate.of(2025, 9, 1), true);
        appointment(congress.meeting, replaced, 903, LocalDate.of(2026, 3, 1), false);
        appointment(congress.meeting, same, 904, LocalDate.of(2026, 3, 1), false);
        appointment(congress.meeting, none, 905, LocalDate.of(2026, 5, 1), false);

        String migration = new ClassPathResource("db/migration/V98__congress_one_delegation_secretary.sql")
                .getContentAsString(StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
        Arrays.stream(migration.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(s -> jdbc.sql(s).update());

        assertThat(history(replaced)).containsExactly("901 2025-01-01..2026-03-01", "903 2026-03-01..");
        assertThat(history(same)).containsExactly("904 2025-01-01..");
        assertThat(history(none)).containsExactly("905 2026-05-01..");
        assertThat(jdbc.sql("select count(*) from pg_tables where tablename = 'congress_breakout_secretary'")
                .query(Long.class).single()).isZero();
    }

    private long delegation(CongressFixtures congress, String name) {
        return jdbc.sql("insert into congress_delegation (term_id, name) values (?, ?) returning id")
                .params(congress.term, name).query(Long.class).single();
    }

    private void secretary(long delegation, long person, LocalDate from) {
        jdbc.sql("insert into congress_delegation_secretary (delegation_id, person_id, valid_from) values (?, ?, ?)")
                .params(delegation, person, from).update();
    }

    private void appointment(long meeting, long delegation, long person, LocalDate on, boolean ended) {
        OffsetDateTime at = on.atTime(10, 0).atOffset(ZoneOffset.ofHours(8));
        jdbc.sql("""
                insert into congress_breakout_secretary (meeting_id, delegation_id, person_id, appointed_at, appointed_by,
                  ended_at) values (?, ?, ?, ?, 'union', ?)
                """).params(meeting, delegation, person, at, ended ? at.plusMonths(1) : null).update();
    }

    private List<String> history(long delegation) {
        return jdbc.sql("""
                select person_id || ' ' || valid_from || '..' || coalesce(valid_to::text, '')
                from congress_delegation_secretary where delegation_id = ? order by valid_from
                """).param(delegation).query(String.class).list();
    }
}
