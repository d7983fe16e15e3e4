package org.cadre.organization.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.cadre.organization.PersonLookup;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stands in for the people module's {@link PersonLookup}, reading the people_person table that the tests fill
 * (primary, so that it also wins once the people module provides the real one).
 */
@TestConfiguration(proxyBeanMethods = false)
public class FakePersonLookup {

    @Bean
    @Primary
    PersonLookup personLookupForOrganizationTests(JdbcClient jdbc) {
        return new PersonLookup() {
            private static final String SELECT = "select id, employee_no, name, unit_id from people_person ";

            @Override
            public Optional<PersonSummary> findById(long personId) {
                return jdbc.sql(SELECT + "where id = ?").param(personId).query(this::summary).optional();
            }

            @Override
            public Optional<PersonSummary> findByEmployeeNo(String employeeNo) {
                return jdbc.sql(SELECT + "where employee_no = ?").param(employeeNo).query(this::summary).optional();
            }

            @Override
            public Map<Long, PersonSummary> findByIds(Collection<Long> personIds) {
                Map<Long, PersonSummary> found = new HashMap<>();
                jdbc.sql(SELECT + "where id = any(?)").param(personIds.toArray(Long[]::new)).query(this::summary)
                        .list().forEach(p -> found.put(p.id(), p));
                return found;
            }

            @Override
            public long countMembersOf(Collection<Long> unitIds) {
                return jdbc.sql("select count(*) from people_person where unit_id = any(?) and status = 'ACTIVE'")
                        .param(unitIds.toArray(Long[]::new)).query(Long.class).single();
            }

            private PersonSummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
                return new PersonSummary(rs.getLong("id"), rs.getString("employee_no"), rs.getString("name"),
                        rs.getLong("unit_id"));
            }
        };
    }
}
