package org.cadre.people.internal;

import java.util.Optional;

import org.cadre.identity.PersonDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Lets identity link accounts to people, without it depending on this module. */
@Component
class PeopleForIdentity implements PersonDirectory {

    private static final String SELECT = "select id, employee_no, name, unit_id from people_person ";

    private final JdbcClient jdbc;

    PeopleForIdentity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PersonRef> findByEmployeeNo(String employeeNo) {
        return jdbc.sql(SELECT + "where employee_no = ?").param(employeeNo).query(PersonRef.class).optional();
    }

    @Override
    public Optional<PersonRef> findById(long personId) {
        return jdbc.sql(SELECT + "where id = ?").param(personId).query(PersonRef.class).optional();
    }
}
