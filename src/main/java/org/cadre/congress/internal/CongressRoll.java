package org.cadre.congress.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who and what the congress is on a day: the term, its meetings, the delegate seats. Every part of the module reads
 * the congress through this; the meetings part owns the writes.
 */
@Component
public class CongressRoll {

    private final JdbcClient jdbc;

    CongressRoll(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** 届: e.g. the First Congress, 2024–2029. */
    public record Term(long id, int ordinal, String name, LocalDate startsOn, LocalDate endsOn) {
    }

    /** 次会议: e.g. the Third Meeting of the First Congress, with its proposal window. */
    public record Meeting(long id, long termId, int ordinal, String name, LocalDate startsOn, LocalDate endsOn,
                          String mainVenue, LocalDate proposalsOpenOn, LocalDate proposalsCloseOn, String state) {

        public boolean acceptsProposalsOn(LocalDate day) {
            return proposalsOpenOn != null && proposalsCloseOn != null
                    && !day.isBefore(proposalsOpenOn) && !day.isAfter(proposalsCloseOn);
        }
    }

    /** A delegate's seat (代表) in a delegation (代表团). */
    public record Seat(long delegateId, long termId, long personId, long delegationId, String delegationName,
                       String category) {
    }

    public Optional<Term> currentTerm(LocalDate day) {
        return jdbc.sql("""
                select id, ordinal, name, starts_on, ends_on from congress_term
                where starts_on <= :day and ends_on >= :day order by ordinal desc limit 1
                """).param("day", day).query(CongressRoll::term).optional();
    }

    public Optional<Term> term(long id) {
        return jdbc.sql("select id, ordinal, name, starts_on, ends_on from congress_term where id = ?").param(id)
                .query(CongressRoll::term).optional();
    }

    public List<Meeting> meetings(long termId) {
        return jdbc.sql("select * from congress_meeting where term_id = ? order by ordinal").param(termId)
                .query(CongressRoll::meeting).list();
    }

    public Optional<Meeting> meeting(long id) {
        return jdbc.sql("select * from congress_meeting where id = ?").param(id).query(CongressRoll::meeting).optional();
    }

    /** The meeting whose proposal window contains the day, else the next one to start after it. */
    public Optional<Meeting> nextMeeting(LocalDate day) {
        return jdbc.sql("""
                select * from congress_meeting
                where (proposals_open_on <= :day and proposals_close_on >= :day) or starts_on >= :day
                order by (proposals_open_on <= :day and proposals_close_on >= :day) desc, starts_on limit 1
                """).param("day", day).query(CongressRoll::meeting).optional();
    }

    /** The person's seat in the term that is current on the day, if they are a delegate that day. */
    public Optional<Seat> seatOf(long personId, LocalDate day) {
        return jdbc.sql("""
                select d.id, d.term_id, d.person_id, d.delegation_id, g.name, d.category
                from congress_delegate d join congress_delegation g on g.id = d.delegation_id
                join congress_term t on t.id = d.term_id
                where d.person_id = :person and t.starts_on <= :day and t.ends_on >= :day
                  and d.valid_from <= :day and (d.valid_to is null or d.valid_to > :day)
                """).param("person", personId).param("day", day).query(CongressRoll::seat).optional();
    }

    /** All delegates of the term on the day: the base of "more than half of ALL delegates" and of the quorum. */
    public long delegateCount(long termId, LocalDate day) {
        return jdbc.sql("""
                select count(*) from congress_delegate
                where term_id = :term and valid_from <= :day and (valid_to is null or valid_to > :day)
                """).param("term", termId).param("day", day).query(Long.class).single();
    }

    public List<Seat> delegationMembers(long delegationId, LocalDate day) {
        return jdbc.sql("""
                select d.id, d.term_id, d.person_id, d.delegation_id, g.name, d.category
                from congress_delegate d join congress_delegation g on g.id = d.delegation_id
                where d.delegation_id = :delegation and d.valid_from <= :day and (d.valid_to is null or d.valid_to > :day)
                order by d.id
                """).param("delegation", delegationId).param("day", day).query(CongressRoll::seat).list();
    }

    private static Term term(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Term(rs.getLong("id"), rs.getInt("ordinal"), rs.getString("name"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class));
    }

    private static Meeting meeting(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Meeting(rs.getLong("id"), rs.getLong("term_id"), rs.getInt("ordinal"), rs.getString("name"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getString("main_venue"), rs.getObject("proposals_open_on", LocalDate.class),
                rs.getObject("proposals_close_on", LocalDate.class), rs.getString("state"));
    }

    private static Seat seat(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Seat(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getString(6));
    }
}
