package org.cadre.assessment.internal;

import java.util.ArrayList;
import java.util.List;

import org.cadre.people.PeopleFixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A unit with mid-level principals, written straight into the tables; unique names so tests do not meet. */
final class AssessmentFixtures {

    final PeopleFixtures people;
    final JdbcClient jdbc;

    AssessmentFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.people = new PeopleFixtures(jdbc);
    }

    /** A department with {@code count} mid-level principals (中层正职); their person ids in order. */
    List<Long> cadres(long unitId, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long person = people.person(people.unique("Cadre"), unitId).create();
            long post = people.post(unitId, people.unique("Head"), "MID_PRINCIPAL");
            people.assign(person, post, PeopleFixtures.LONG_AGO);
            ids.add(person);
        }
        return ids;
    }

    long appraiseeId(long cycleId, long personId) {
        return jdbc.sql("select id from assessment_appraisee where cycle_id = ? and person_id = ?")
                .params(cycleId, personId).query(Long.class).single();
    }

    String employeeNo(long personId) {
        return jdbc.sql("select employee_no from people_person where id = ?").param(personId).query(String.class).single();
    }

    List<Long> componentIds(long cycleId) {
        return jdbc.sql("select id from assessment_component where cycle_id = ? order by position").param(cycleId)
                .query(Long.class).list();
    }

    String finalGrade(long cycleId, long personId) {
        return jdbc.sql("select final_grade from assessment_appraisee where cycle_id = ? and person_id = ?")
                .params(cycleId, personId).query(String.class).single();
    }

    long auditCount(String action, Object entityId) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and entity_id = ?")
                .params(action, String.valueOf(entityId)).query(Long.class).single();
    }
}
