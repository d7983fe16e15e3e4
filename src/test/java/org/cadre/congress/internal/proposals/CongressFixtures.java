package org.cadre.congress.internal.proposals;

import java.time.LocalDate;

import org.cadre.people.PeopleFixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A congress term with a meeting taking proposals today, one delegation, and delegates; straight into the tables. */
final class CongressFixtures {

    final PeopleFixtures people;
    final JdbcClient jdbc;
    final long term;
    final long earlierMeeting;
    final long meeting;
    final long delegation;
    final long unit;

    CongressFixtures(JdbcClient jdbc, LocalDate today) {
        this.jdbc = jdbc;
        this.people = new PeopleFixtures(jdbc);
        unit = people.unit(people.unique("Workshop"), null);
        int ordinal = jdbc.sql("select coalesce(max(ordinal), 0) + 1 from congress_term").query(Integer.class).single();
        term = jdbc.sql("""
                insert into congress_term (ordinal, name, starts_on, ends_on) values (?, '测试届', ?, ?) returning id
                """).params(ordinal, today.minusYears(2), today.plusYears(3)).query(Long.class).single();
        earlierMeeting = meeting(1, today.minusYears(1), null, null);
        meeting = meeting(2, today.plusDays(15), today.minusDays(10), today.plusDays(5));
        delegation = jdbc.sql("insert into congress_delegation (term_id, name) values (?, ?) returning id")
                .params(term, people.unique("代表团")).query(Long.class).single();
    }

    private long meeting(int ordinal, LocalDate on, LocalDate open, LocalDate close) {
        return jdbc.sql("""
                insert into congress_meeting (term_id, ordinal, name, starts_on, ends_on, proposals_open_on, proposals_close_on)
                values (?, ?, ?, ?, ?, ?, ?) returning id
                """).params(term, ordinal, "第" + ordinal + "次会议", on, on.plusDays(1), open, close)
                .query(Long.class).single();
    }

    /** A person of the workshop with a seat in the delegation. */
    long delegate() {
        long person = person();
        jdbc.sql("""
                insert into congress_delegate (term_id, person_id, delegation_id, category, valid_from)
                values (?, ?, ?, 'FRONT_LINE', ?)
                """).params(term, person, delegation, LocalDate.of(2000, 1, 1)).update();
        return person;
    }

    long person() {
        return people.person(people.unique("职工"), unit).create();
    }

    String employeeNo(long personId) {
        return jdbc.sql("select employee_no from people_person where id = ?").param(personId).query(String.class).single();
    }
}
