package org.cadre.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Assignments of people to posts. Rows are added and ended, never deleted or rewritten. */
@Repository
class AssignmentRepository {

    private static final String COLUMNS = """
            a.id, a.person_id, a.post_id, a.kind, a.valid_from, a.valid_to, a.decision_body, a.decision_date,
            a.document_no, a.end_reason, a.end_decision_body, a.end_document_no, a.over_count_reason, a.annul_reason
            """;
    /** Covers :day or a later day (an empty period covers none). */
    private static final String REACHES_DAY = """
            (a.valid_to is null or (a.valid_to > :day and a.valid_to > a.valid_from))
            """;

    private final JdbcClient jdbc;

    AssignmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Assignment> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from org_assignment a where a.id = ?").param(id)
                .query(AssignmentRepository::assignment).optional();
    }

    Optional<Assignment> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from org_assignment a where a.id = ? for update").param(id)
                .query(AssignmentRepository::assignment).optional();
    }

    /**
     * Serializes changes to one person's assignments until the end of the transaction, so that two concurrent
     * appointments cannot both see the person without a primary post.
     */
    void lockPerson(long personId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('org_assignment.person.' || :personId, 0))")
                .param("personId", personId).query((ResultSet rs) -> {
                });
    }

    List<Assignment> ofPostReaching(long postId, LocalDate day) {
        return jdbc.sql("select " + COLUMNS + " from org_assignment a where a.post_id = :postId and " + REACHES_DAY)
                .param("postId", postId).param("day", day).query(AssignmentRepository::assignment).list();
    }

    List<Assignment> ofPersonReaching(long personId, LocalDate day) {
        return jdbc.sql("select " + COLUMNS + " from org_assignment a where a.person_id = :personId and " + REACHES_DAY)
                .param("personId", personId).param("day", day).query(AssignmentRepository::assignment).list();
    }

    /** The person's open primary assignment, locked. */
    Optional<Assignment> lockOpenPrimary(long personId) {
        return jdbc.sql("select " + COLUMNS + """
                from org_assignment a where a.person_id = ? and a.kind = 'PRIMARY' and a.valid_to is null
                order by a.valid_from desc limit 1 for update
                """).param(personId).query(AssignmentRepository::assignment).optional();
    }

    /** The unit of the person's primary post that ended last, on or before {@code day}. */
    Optional<Long> unitOfPrimaryEndedBy(long personId, LocalDate day) {
        return jdbc.sql("""
                select p.unit_id from org_assignment a join org_post p on p.id = a.post_id
                where a.person_id = :personId and a.kind = 'PRIMARY' and a.valid_to <= :day
                order by a.valid_to desc, a.id desc limit 1
                """).param("personId", personId).param("day", day).query(Long.class).optional();
    }

    /** Assignments to the unit's posts that cover {@code day} or a later day. */
    long countReachingUnit(long unitId, LocalDate day) {
        return jdbc.sql("""
                select count(*) from org_assignment a join org_post p on p.id = a.post_id
                where p.unit_id = :unitId and
                """ + REACHES_DAY).param("unitId", unitId).param("day", day).query(Long.class).single();
    }

    long countReachingPost(long postId, LocalDate day) {
        return jdbc.sql("select count(*) from org_assignment a where a.post_id = :postId and " + REACHES_DAY)
                .param("postId", postId).param("day", day).query(Long.class).single();
    }

    /** Who holds the unit's posts on {@code asOf}, primary holders first. */
    List<Assignment> holdersOn(long unitId, LocalDate asOf) {
        return jdbc.sql("select " + COLUMNS + """
                from org_assignment a join org_post p on p.id = a.post_id
                where p.unit_id = :unitId and a.valid_from <= :asOf and (a.valid_to is null or a.valid_to > :asOf)
                order by a.post_id, a.kind desc, a.valid_from, a.id
                """).param("unitId", unitId).param("asOf", asOf).query(AssignmentRepository::assignment).list();
    }

    /** Everyone who held or holds the post, newest first. */
    Page<Assignment> ofPost(long postId, PageRequest page) {
        long total = jdbc.sql("select count(*) from org_assignment where post_id = ?").param(postId)
                .query(Long.class).single();
        List<Assignment> items = jdbc.sql("select " + COLUMNS + """
                from org_assignment a where a.post_id = ?
                order by a.valid_from desc, a.id desc limit ? offset ?
                """).params(postId, page.limit(), page.offset()).query(AssignmentRepository::assignment).list();
        return new Page<>(items, total, page);
    }

    long insert(Assignment a) {
        return jdbc.sql("""
                insert into org_assignment (person_id, post_id, kind, valid_from, decision_body, decision_date,
                                            document_no, over_count_reason)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id
                """).params(a.personId(), a.postId(), a.kind().name(), a.period().from(), a.decisionBody(),
                        a.decisionDate(), a.documentNo(), a.overCountReason())
                .query(Long.class).single();
    }

    void end(long id, LocalDate endDate, EndReason reason, String decisionBody, String documentNo) {
        jdbc.sql("""
                update org_assignment set valid_to = ?, end_reason = ?, end_decision_body = ?, end_document_no = ?,
                       version = version + 1
                where id = ? and valid_to is null
                """).params(endDate, reason.name(), decisionBody, documentNo, id).update();
    }

    /** Closes an open assignment to an empty period (valid_to = valid_from): it covers no day any more. */
    void annul(long id, String reason) {
        jdbc.sql("""
                update org_assignment set valid_to = valid_from, end_reason = 'ANNULLED', annul_reason = ?,
                       version = version + 1
                where id = ? and valid_to is null
                """).params(reason, id).update();
    }

    /** Undoes an assignment's end: open again, without the end's reason and decision. */
    void reopen(long id) {
        jdbc.sql("""
                update org_assignment set valid_to = null, end_reason = null, end_decision_body = null,
                       end_document_no = null, version = version + 1
                where id = ? and valid_to is not null and end_reason is distinct from 'ANNULLED'
                """).param(id).update();
    }

    private static Assignment assignment(ResultSet rs, int row) throws SQLException {
        String endReason = rs.getString("end_reason");
        return new Assignment(rs.getLong("id"), rs.getLong("person_id"), rs.getLong("post_id"),
                AssignmentKind.valueOf(rs.getString("kind")),
                new Period(rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class)),
                rs.getString("decision_body"), rs.getObject("decision_date", LocalDate.class),
                rs.getString("document_no"), endReason == null ? null : EndReason.valueOf(endReason),
                rs.getString("end_decision_body"), rs.getString("end_document_no"),
                rs.getString("over_count_reason"), rs.getString("annul_reason"));
    }
}
