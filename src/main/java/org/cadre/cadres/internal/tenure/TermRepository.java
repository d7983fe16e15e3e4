package org.cadre.cadres.internal.tenure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.cadre.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The terms of office, in {@code cadre_term}. */
@Repository
class TermRepository {

    /** The end reason of a term annulled because the event that started it was undone. */
    static final String ANNULLED = "ANNULLED";

    /** @param endingBy only open terms expected to end by this day (null: any); @param open only open terms */
    record Filter(LocalDate endingBy, boolean open, String name, Long[] unitIds) {
    }

    private final JdbcClient jdbc;

    TermRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Term t) {
        return jdbc.sql("""
                insert into cadre_term (kind, person_id, person_name, employee_no, assignment_id, post_id, title, unit_id,
                                        start_date, expected_end, source)
                values (:kind, :person, :name, :no, :assignment, :post, :title, :unit, :start, :end, :source)
                returning id
                """).param("kind", t.kind().name()).param("person", t.personId()).param("name", t.personName())
                .param("no", t.employeeNo()).param("assignment", t.assignmentId()).param("post", t.postId())
                .param("title", t.title()).param("unit", t.unitId()).param("start", t.startDate())
                .param("end", t.expectedEnd()).param("source", t.source()).query(Long.class).single();
    }

    Optional<Term> find(long id) {
        return jdbc.sql("select * from cadre_term where id = ?").param(id).query(TermRepository::term).optional();
    }

    Optional<Term> lock(long id) {
        return jdbc.sql("select * from cadre_term where id = ? for update").param(id).query(TermRepository::term).optional();
    }

    Optional<Term> openOfAssignment(long assignmentId) {
        return jdbc.sql("select * from cadre_term where assignment_id = ? and actual_end is null for update")
                .param(assignmentId).query(TermRepository::term).optional();
    }

    List<Term> openOfPerson(long personId) {
        return jdbc.sql("select * from cadre_term where person_id = ? and actual_end is null order by id for update")
                .param(personId).query(TermRepository::term).list();
    }

    void end(long id, LocalDate day, String reason) {
        jdbc.sql("update cadre_term set actual_end = ?, end_reason = ?, version = version + 1 where id = ?")
                .params(day, reason, id).update();
    }

    /** Undoes a term's end (the event that ended it was revoked and undone). */
    void reopen(long id) {
        jdbc.sql("update cadre_term set actual_end = null, end_reason = null, version = version + 1 where id = ?")
                .param(id).update();
    }

    /**
     * Marks a term started in error as annulled: kept, ended on the day it started (it lasted no day), with the end
     * reason {@link #ANNULLED}.
     */
    void annul(long id) {
        jdbc.sql("""
                update cadre_term set actual_end = start_date, end_reason = 'ANNULLED', version = version + 1
                where id = ? and actual_end is null
                """).param(id).update();
    }

    /** Of these terms, those a contract was signed on. */
    List<Long> withContract(Collection<Long> termIds) {
        if (termIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct term_id from cadre_contract where term_id = any(?)")
                .param(termIds.toArray(Long[]::new)).query(Long.class).list();
    }

    void extend(long id, LocalDate expectedEnd) {
        jdbc.sql("update cadre_term set expected_end = ?, version = version + 1 where id = ?")
                .params(expectedEnd, id).update();
    }

    Page<Term> page(Filter f, TenureAccess.Reach reach, PageRequest page) {
        String where = """
                where %s
                  and (not :open or t.actual_end is null)
                  and (cast(:endingBy as date) is null or (t.actual_end is null and t.expected_end <= cast(:endingBy as date)))
                  and (cast(:name as text) is null or t.person_name ilike cast(:name as text) escape '\\'
                       or t.title ilike cast(:name as text) escape '\\' or t.employee_no = cast(:exact as text))
                  and (cast(:unitIds as bigint[]) is null or t.unit_id = any(cast(:unitIds as bigint[])))
                """.formatted(TenureAccess.Reach.on("t"));
        String name = Text.blankToNull(f.name());
        long total = bind(jdbc.sql("select count(*) from cadre_term t " + where), f, reach, name)
                .query(Long.class).single();
        List<Term> items = bind(jdbc.sql("select t.* from cadre_term t " + where
                + " order by (t.actual_end is null) desc, t.expected_end, t.id limit :limit offset :offset"), f, reach, name)
                .param("limit", page.limit()).param("offset", page.offset()).query(TermRepository::term).list();
        return new Page<>(items, total, page);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Filter f, TenureAccess.Reach reach,
                                                 String name) {
        return spec.param("all", reach.all()).param("units", reach.units()).param("self", reach.self())
                .param("open", f.open()).param("endingBy", f.endingBy())
                .param("name", name == null ? null : Text.likeContains(name)).param("exact", name)
                .param("unitIds", f.unitIds());
    }

    List<Term> ofPerson(long personId) {
        return jdbc.sql("select * from cadre_term where person_id = ? order by start_date desc, id desc")
                .param(personId).query(TermRepository::term).list();
    }

    /** Open terms expected to end by {@code by}, within the reach (the work queue). */
    List<Term> endingBy(LocalDate by, TenureAccess.Reach reach) {
        return jdbc.sql("select t.* from cadre_term t where t.actual_end is null and t.expected_end <= :by and "
                        + TenureAccess.Reach.on("t") + " order by t.expected_end, t.id")
                .param("by", by).param("all", reach.all()).param("units", reach.units()).param("self", reach.self())
                .query(TermRepository::term).list();
    }

    Map<Long, LocalDate> expectedEnds(Collection<Long> assignmentIds) {
        Map<Long, LocalDate> ends = new HashMap<>();
        if (assignmentIds.isEmpty()) {
            return ends;
        }
        jdbc.sql("""
                select distinct on (assignment_id) assignment_id, coalesce(actual_end, expected_end) as ends
                from cadre_term where assignment_id = any(:ids)
                order by assignment_id, (actual_end is null) desc, start_date desc, id desc
                """).param("ids", assignmentIds.toArray(Long[]::new))
                .query((ResultSet rs) -> {
                    ends.put(rs.getLong("assignment_id"), rs.getObject("ends", LocalDate.class));
                });
        return ends;
    }

    static Term term(ResultSet rs, int row) throws SQLException {
        return new Term(rs.getLong("id"), Term.Kind.valueOf(rs.getString("kind")), (Long) rs.getObject("person_id"),
                rs.getString("person_name"), rs.getString("employee_no"), (Long) rs.getObject("assignment_id"),
                (Long) rs.getObject("post_id"), rs.getString("title"), rs.getLong("unit_id"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("expected_end", LocalDate.class),
                rs.getObject("actual_end", LocalDate.class), rs.getString("end_reason"), rs.getString("source"));
    }
}
