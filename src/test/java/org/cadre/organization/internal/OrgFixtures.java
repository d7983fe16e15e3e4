package org.cadre.organization.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.cadre.organization.PostLevel;
import org.cadre.organization.UnitKind;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test data written straight to the tables, with unique codes so that tests do not meet each other's rows. */
final class OrgFixtures {

    static final LocalDate SINCE = LocalDate.of(2020, 1, 1);

    private final JdbcClient jdbc;

    OrgFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    long unit(String name, UnitKind kind, Long parentId) {
        long id = jdbc.sql("insert into org_unit (code) values (?) returning id").param(unique("U"))
                .query(Long.class).single();
        jdbc.sql("""
                insert into org_unit_version (unit_id, name, kind, parent_id, valid_from, change_kind)
                values (?, ?, ?, ?, ?, 'CREATED')
                """).params(id, name, kind.name(), parentId, SINCE).update();
        return id;
    }

    String code(long unitId) {
        return jdbc.sql("select code from org_unit where id = ?").param(unitId).query(String.class).single();
    }

    long post(long unitId, String title, PostLevel level, int approved) {
        return jdbc.sql("""
                insert into org_post (unit_id, title, level, track, approved_count) values (?, ?, ?, ?, ?) returning id
                """).params(unitId, title, level.name(), level.defaultTrack().name(), approved)
                .query(Long.class).single();
    }

    long person(String name, long unitId) {
        return jdbc.sql("""
                insert into people_person (employee_no, name, gender, birth_date, unit_id)
                values (?, ?, 'M', date '1980-01-01', ?) returning id
                """).params(unique("E"), name, unitId).query(Long.class).single();
    }

    String employeeNo(long personId) {
        return jdbc.sql("select employee_no from people_person where id = ?").param(personId)
                .query(String.class).single();
    }

    long holds(long personId, long postId, AssignmentKind kind, LocalDate from) {
        return jdbc.sql("""
                insert into org_assignment (person_id, post_id, kind, valid_from) values (?, ?, ?, ?) returning id
                """).params(personId, postId, kind.name(), from).query(Long.class).single();
    }
}
