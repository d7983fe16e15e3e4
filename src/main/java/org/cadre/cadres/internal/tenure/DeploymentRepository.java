package org.cadre.cadres.internal.tenure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.cadre.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Deployment events, in {@code cadre_deployment_event}; never updated but to revoke. */
@Repository
class DeploymentRepository {

    /** @param revoked include revoked events */
    record Filter(int year, DeploymentKind kind, String name, Long[] unitIds, boolean revoked) {
    }

    /** How many events of a kind a unit had in the year (revoked ones do not count). */
    record Count(long unitId, DeploymentKind kind, long count) {
    }

    private final JdbcClient jdbc;

    DeploymentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(DeploymentEvent e) {
        return jdbc.sql("""
                insert into cadre_deployment_event (kind, person_id, person_name, employee_no, unit_id, effective_date,
                    from_assignment_id, from_post_id, to_post_id, to_assignment_id, reason, document_no, document_date,
                    issuing_body, selection_id, created_at, created_by)
                values (:kind, :person, :name, :no, :unit, :day, :fromA, :fromP, :toP, :toA, :reason, :doc, :docDate,
                    :body, :selection, :at, :by)
                returning id
                """).param("kind", e.kind().name()).param("person", e.personId()).param("name", e.personName())
                .param("no", e.employeeNo()).param("unit", e.unitId()).param("day", e.effectiveDate())
                .param("fromA", e.fromAssignmentId()).param("fromP", e.fromPostId()).param("toP", e.toPostId())
                .param("toA", e.toAssignmentId()).param("reason", e.reason()).param("doc", e.documentNo())
                .param("docDate", e.documentDate()).param("body", e.issuingBody()).param("selection", e.selectionId())
                .param("at", e.createdAt()).param("by", e.createdBy()).query(Long.class).single();
    }

    Optional<DeploymentEvent> find(long id) {
        return jdbc.sql("select * from cadre_deployment_event where id = ?").param(id)
                .query(DeploymentRepository::event).optional();
    }

    Optional<DeploymentEvent> lock(long id) {
        return jdbc.sql("select * from cadre_deployment_event where id = ? for update").param(id)
                .query(DeploymentRepository::event).optional();
    }

    boolean existsForSelection(long selectionId, long personId) {
        return jdbc.sql("select count(*) from cadre_deployment_event where selection_id = ? and person_id = ? and revoked_at is null")
                .params(selectionId, personId).query(Long.class).single() > 0;
    }

    /** Whether the selection has recorded an event of this kind for the person (not revoked). */
    boolean existsForSelection(long selectionId, long personId, DeploymentKind kind) {
        return jdbc.sql("""
                select count(*) from cadre_deployment_event
                where selection_id = ? and person_id = ? and kind = ? and revoked_at is null
                """).params(selectionId, personId, kind.name()).query(Long.class).single() > 0;
    }

    void revoke(long id, String reason, boolean undone, OffsetDateTime at, String by) {
        jdbc.sql("""
                update cadre_deployment_event set revoked_at = ?, revoked_by = ?, revoke_reason = ?, revoke_undone = ?
                where id = ?
                """).params(at, by, reason, undone, id).update();
    }

    private static final String WHERE = """
            where %s
              and e.effective_date >= :from and e.effective_date < :to
              and (:revoked or e.revoked_at is null)
              and (cast(:kind as text) is null or e.kind = cast(:kind as text))
              and (cast(:name as text) is null or e.person_name ilike cast(:name as text) escape '\\'
                   or e.employee_no = cast(:exact as text) or e.document_no = cast(:exact as text))
              and (cast(:unitIds as bigint[]) is null or e.unit_id = any(cast(:unitIds as bigint[])))
            """.formatted(TenureAccess.Reach.on("e"));

    Page<DeploymentEvent> page(Filter f, TenureAccess.Reach reach, PageRequest page) {
        long total = bind(jdbc.sql("select count(*) from cadre_deployment_event e " + WHERE), f, reach)
                .query(Long.class).single();
        List<DeploymentEvent> items = bind(jdbc.sql("select e.* from cadre_deployment_event e " + WHERE
                + " order by e.effective_date desc, e.id desc limit :limit offset :offset"), f, reach)
                .param("limit", page.limit()).param("offset", page.offset()).query(DeploymentRepository::event).list();
        return new Page<>(items, total, page);
    }

    /** Every event the filter finds, for the export (a year of one company: thousands at most). */
    List<DeploymentEvent> all(Filter f, TenureAccess.Reach reach) {
        return bind(jdbc.sql("select e.* from cadre_deployment_event e " + WHERE
                + " order by e.effective_date, e.id"), f, reach).query(DeploymentRepository::event).list();
    }

    /** Counts by unit and kind of the year's events within the reach (revoked ones not counted). */
    List<Count> counts(int year, TenureAccess.Reach reach) {
        return jdbc.sql("select e.unit_id, e.kind, count(*) as n from cadre_deployment_event e "
                        + "where e.effective_date >= :from and e.effective_date < :to and e.revoked_at is null and "
                        + TenureAccess.Reach.on("e") + " group by e.unit_id, e.kind")
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1))
                .param("all", reach.all()).param("units", reach.units()).param("self", reach.self())
                .query((rs, n) -> new Count(rs.getLong("unit_id"), DeploymentKind.valueOf(rs.getString("kind")),
                        rs.getLong("n"))).list();
    }

    List<DeploymentEvent> ofPerson(long personId) {
        return jdbc.sql("select * from cadre_deployment_event where person_id = ? order by effective_date desc, id desc")
                .param(personId).query(DeploymentRepository::event).list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Filter f, TenureAccess.Reach reach) {
        String name = Text.blankToNull(f.name());
        return spec.param("all", reach.all()).param("units", reach.units()).param("self", reach.self())
                .param("from", LocalDate.of(f.year(), 1, 1)).param("to", LocalDate.of(f.year() + 1, 1, 1))
                .param("revoked", f.revoked()).param("kind", f.kind() == null ? null : f.kind().name())
                .param("name", name == null ? null : Text.likeContains(name)).param("exact", name)
                .param("unitIds", f.unitIds());
    }

    static DeploymentEvent event(ResultSet rs, int row) throws SQLException {
        return new DeploymentEvent(rs.getLong("id"), DeploymentKind.valueOf(rs.getString("kind")),
                rs.getLong("person_id"), rs.getString("person_name"), rs.getString("employee_no"),
                rs.getLong("unit_id"), rs.getObject("effective_date", LocalDate.class),
                (Long) rs.getObject("from_assignment_id"), (Long) rs.getObject("from_post_id"),
                (Long) rs.getObject("to_post_id"), (Long) rs.getObject("to_assignment_id"), rs.getString("reason"),
                rs.getString("document_no"), rs.getObject("document_date", LocalDate.class),
                rs.getString("issuing_body"), (Long) rs.getObject("selection_id"),
                rs.getObject("revoked_at", OffsetDateTime.class), rs.getString("revoked_by"),
                rs.getString("revoke_reason"), rs.getBoolean("revoke_undone"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("created_by"));
    }
}
