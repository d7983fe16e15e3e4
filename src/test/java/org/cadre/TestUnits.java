package org.cadre;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Org units for tests that need a real unit (a grant's scope, a person's home) but test something else. */
public final class TestUnits {

    private TestUnits() {
    }

    /** A department opened in 2000 under no parent, with a unique code; returns its id. */
    public static long create(JdbcClient jdbc, String name) {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 12);
        long id = jdbc.sql("insert into org_unit (code) values (?) returning id").param(code).query(Long.class).single();
        jdbc.sql("""
                insert into org_unit_version (unit_id, name, kind, valid_from, change_kind)
                values (?, ?, 'DEPARTMENT', ?, 'OPENED')
                """).params(id, name, LocalDate.of(2000, 1, 1)).update();
        return id;
    }
}
