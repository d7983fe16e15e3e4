package org.cadre.cadres.internal.alerts;

import java.time.LocalDate;

import org.cadre.people.PeopleFixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Units, cadres and their assignment histories written straight into the tables (the tests roll back). */
final class AlertFixtures {

    final PeopleFixtures people;
    final JdbcClient jdbc;

    AlertFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.people = new PeopleFixtures(jdbc);
    }

    long unit(Long parent) {
        return people.unit(people.unique("Unit"), parent);
    }

    long post(long unitId, String level, boolean keyPost) {
        long post = people.post(unitId, people.unique("Post"), level);
        jdbc.sql("update org_post set key_post = ? where id = ?").params(keyPost, post).update();
        return post;
    }

    String title(long postId) {
        return jdbc.sql("select title from org_post where id = ?").param(postId).query(String.class).single();
    }

    /** A primary assignment over [from, to); to may be null (open). */
    long assign(long personId, long postId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                insert into org_assignment (person_id, post_id, kind, valid_from, valid_to) values (?, ?, 'PRIMARY', ?, ?)
                returning id
                """).params(personId, postId, from, to).query(Long.class).single();
    }

    long person(long unitId, String gender, LocalDate born, String education) {
        PeopleFixtures.PersonBuilder builder = people.person(people.unique("P"), unitId).born(born).education(education);
        return ("F".equals(gender) ? builder.female() : builder).create();
    }

    String name(long personId) {
        return jdbc.sql("select name from people_person where id = ?").param(personId).query(String.class).single();
    }

    long unreadOf(long accountId) {
        return jdbc.sql("select count(*) from notification_message where account_id = ? and read_at is null")
                .param(accountId).query(Long.class).single();
    }
}
