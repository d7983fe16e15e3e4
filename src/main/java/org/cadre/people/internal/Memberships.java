package org.cadre.people.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * people_unit_membership: which unit a person belonged to and when, as periods [validFrom, validTo). A move closes
 * the open row and opens a new one; rows are never rewritten except to correct the unit of a row that a move
 * dated on or before its start replaces. The open row may begin in the future (a move already decided); the
 * person's unit_id is the row valid today, see {@link TodaysUnits}.
 */
@Repository
class Memberships {

    record Membership(long id, long personId, long unitId, LocalDate validFrom, LocalDate validTo) {
    }

    private final JdbcClient jdbc;

    Memberships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void open(long personId, long unitId, LocalDate from) {
        jdbc.sql("insert into people_unit_membership (person_id, unit_id, valid_from) values (?, ?, ?)")
                .params(personId, unitId, from).update();
    }

    Optional<Membership> openRow(long personId) {
        return jdbc.sql("""
                select id, person_id, unit_id, valid_from, valid_to from people_unit_membership
                where person_id = ? and valid_to is null for update
                """).param(personId).query(Membership.class).optional();
    }

    void close(long membershipId, LocalDate on) {
        jdbc.sql("update people_unit_membership set valid_to = ? where id = ?").params(on, membershipId).update();
    }

    void correctUnit(long membershipId, long unitId) {
        jdbc.sql("update people_unit_membership set unit_id = ? where id = ?").params(unitId, membershipId).update();
    }

    /** The unit of the row valid on the day, if the person belonged anywhere then. */
    Optional<Long> unitOn(long personId, LocalDate day) {
        return jdbc.sql("""
                select unit_id from people_unit_membership
                where person_id = ? and valid_from <= ? and (valid_to is null or valid_to > ?)
                """).params(personId, day, day).query(Long.class).optional();
    }

    /** Newest first. */
    List<Membership> history(long personId) {
        return jdbc.sql("""
                select id, person_id, unit_id, valid_from, valid_to from people_unit_membership
                where person_id = ? order by valid_from desc, id desc
                """).param(personId).query(Membership.class).list();
    }

    /** People whose open row is in the unit: the members a merge moves. */
    List<Long> currentMembers(long unitId) {
        return jdbc.sql("""
                select person_id from people_unit_membership where unit_id = ? and valid_to is null order by person_id
                """).param(unitId).query(Long.class).list();
    }
}
