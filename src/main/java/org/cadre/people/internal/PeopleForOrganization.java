package org.cadre.people.internal;

import java.time.Clock;
import java.time.LocalDate;
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
    private final Clock clock;

    PeopleForOrganization(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
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
        // read from the membership rows, as the roster is, and so also those who will join from a move already
        // decided: a unit they are about to join must not be dissolved under them
        return jdbc.sql("""
                select count(distinct m.person_id) from people_unit_membership m
                join people_person p on p.id = m.person_id
                where m.unit_id = any(:units) and (m.valid_to is null or m.valid_to > :today)
                  and p.status not in ('RETIRED', 'LEFT')
                """).param("units", unitIds.toArray(Long[]::new)).param("today", LocalDate.now(clock))
                .query(Long.class).single();
    }
}
