package org.cadre.people.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cadre.organization.PersonLookup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the organization who people are, without it depending on this module. */
@Component
class PeopleForOrganization implements PersonLookup {

    private static final String SELECT = "select id, employee_no, name, unit_id from people_person ";

    private final JdbcClient jdbc;

    PeopleForOrganization(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PersonSummary> findById(long personId) {
        return jdbc.sql(SELECT + "where id = ?").param(personId).query(PersonSummary.class).optional();
    }

    @Override
    public Optional<PersonSummary> findByEmployeeNo(String employeeNo) {
        return jdbc.sql(SELECT + "where employee_no = ?").param(employeeNo).query(PersonSummary.class).optional();
    }

    @Override
    public Map<Long, PersonSummary> findByIds(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(SELECT + "where id = any(?)").param(personIds.toArray(Long[]::new))
                .query(PersonSummary.class).list().stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
    }

    @Override
    public long countMembersOf(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                select count(*) from people_person where unit_id = any(?) and status not in ('RETIRED', 'LEFT')
                """).param(unitIds.toArray(Long[]::new)).query(Long.class).single();
    }
}
