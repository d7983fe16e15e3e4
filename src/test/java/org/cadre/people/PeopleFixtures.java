package org.cadre.people;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data written straight into the tables: units (with unique codes, so tests never collide in the shared
 * database), people with a unit membership, posts and assignments.
 */
public final class PeopleFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    public static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);

    private final JdbcClient jdbc;
    private final String prefix = UUID.randomUUID().toString().substring(0, 6);

    public PeopleFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Something unique to this fixture, e.g. for codes and names. */
    public String unique(String stem) {
        return stem + prefix + SEQUENCE.incrementAndGet();
    }

    public long unit(String name, Long parentId) {
        long id = jdbc.sql("insert into org_unit (code) values (?) returning id").param(unique("U"))
                .query(Long.class).single();
        jdbc.sql("""
                insert into org_unit_version (unit_id, name, kind, parent_id, valid_from, change_kind)
                values (?, ?, 'DEPARTMENT', ?, ?, 'OPENED')
                """).params(id, name, parentId, LONG_AGO).update();
        return id;
    }

    public String unitCode(long unitId) {
        return jdbc.sql("select code from org_unit where id = ?").param(unitId).query(String.class).single();
    }

    public PersonBuilder person(String name, long unitId) {
        return new PersonBuilder(name, unitId);
    }

    public long post(long unitId, String title, String level) {
        return jdbc.sql("""
                insert into org_post (unit_id, title, level, track, approved_count) values (?, ?, ?, 'MANAGEMENT', 5)
                returning id
                """).params(unitId, title, level).query(Long.class).single();
    }

    public void assign(long personId, long postId, LocalDate from) {
        jdbc.sql("insert into org_assignment (person_id, post_id, kind, valid_from) values (?, ?, 'PRIMARY', ?)")
                .params(personId, postId, from).update();
    }

    /** Ends the person's open membership on {@code on} and opens one in {@code unitId}. */
    public void moveBySql(long personId, long unitId, LocalDate on) {
        jdbc.sql("update people_unit_membership set valid_to = ? where person_id = ? and valid_to is null")
                .params(on, personId).update();
        jdbc.sql("insert into people_unit_membership (person_id, unit_id, valid_from) values (?, ?, ?)")
                .params(personId, unitId, on).update();
        jdbc.sql("update people_person set unit_id = ? where id = ?").params(unitId, personId).update();
    }

    public final class PersonBuilder {
        private final String name;
        private final long unitId;
        private String employeeNo = unique("E");
        private String gender = "M";
        private LocalDate birthDate = LocalDate.of(1980, 1, 1);
        private String education = "BACHELOR";
        private String political = "MASSES";
        private String title;
        private String status = "ACTIVE";
        private String nationalId;
        private LocalDate joined = LONG_AGO;

        private PersonBuilder(String name, long unitId) {
            this.name = name;
            this.unitId = unitId;
        }

        public PersonBuilder employeeNo(String no) {
            this.employeeNo = no;
            return this;
        }

        public PersonBuilder female() {
            this.gender = "F";
            return this;
        }

        public PersonBuilder born(LocalDate date) {
            this.birthDate = date;
            return this;
        }

        public PersonBuilder education(String level) {
            this.education = level;
            return this;
        }

        public PersonBuilder political(String affiliation) {
            this.political = affiliation;
            return this;
        }

        public PersonBuilder title(String professionalTitle) {
            this.title = professionalTitle;
            return this;
        }

        public PersonBuilder status(String personStatus) {
            this.status = personStatus;
            return this;
        }

        public PersonBuilder nationalId(String id) {
            this.nationalId = id;
            return this;
        }

        /** Joined the company, and a member of the unit, from this day. */
        public PersonBuilder joined(LocalDate date) {
            this.joined = date;
            return this;
        }

        public long create() {
            long id = jdbc.sql("""
                    insert into people_person (employee_no, name, gender, birth_date, highest_education,
                        political_affiliation, professional_title, status, national_id, company_join_date, unit_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                    """).params(employeeNo, name, gender, birthDate, education, political, title, status, nationalId,
                    joined, unitId).query(Long.class).single();
            jdbc.sql("insert into people_unit_membership (person_id, unit_id, valid_from) values (?, ?, ?)")
                    .params(id, unitId, joined).update();
            return id;
        }
    }
}
