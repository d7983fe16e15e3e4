package org.cadre.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.cadre.organization.UnitKind;
import org.cadre.organization.UnitRef;
import org.cadre.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Units and their versions: the tree on a date, a unit's history, and the rows a change closes and opens. */
@Repository
class UnitRepository {

    private static final String VERSION_COLUMNS = """
            v.id, v.unit_id, u.code, v.name, v.kind, v.parent_id, v.sort_order, v.valid_from, v.valid_to,
            v.change_kind, v.document_no, v.ended_by, v.merged_into, v.end_document_no
            """;

    private final JdbcClient jdbc;

    UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A unit as the tree shows it on a date, with the approved count of its posts and their holders that day. */
    record UnitNode(long id, String code, String name, UnitKind kind, Long parentId, int approved, int filled) {

        public boolean overFilled() {
            return filled > approved;
        }
    }

    /** Every unit open on {@code asOf}, in tree order within each parent. */
    List<UnitNode> tree(LocalDate asOf) {
        return nodes("true", asOf, null);
    }

    /** The units directly under a unit on {@code asOf}. */
    List<UnitNode> children(long unitId, LocalDate asOf) {
        return nodes("u.parent_id = :parentId", asOf, unitId);
    }

    private List<UnitNode> nodes(String condition, LocalDate asOf, Long parentId) {
        // the condition is one of the two constants above, never user input
        return jdbc.sql("""
                with units as (%s),
                approved as (select unit_id, sum(approved_count) as approved from org_post where active group by unit_id),
                filled as (
                    select p.unit_id, count(*) as filled from org_assignment a join org_post p on p.id = a.post_id
                    where a.valid_from <= :asOf and (a.valid_to is null or a.valid_to > :asOf)
                    group by p.unit_id)
                select u.unit_id, u.code, u.name, u.kind, u.parent_id,
                       coalesce(ap.approved, 0) as approved, coalesce(f.filled, 0) as filled
                from units u left join approved ap on ap.unit_id = u.unit_id left join filled f on f.unit_id = u.unit_id
                where %s
                order by u.sort_order, u.code
                """.formatted(UnitSql.UNITS_AS_OF, condition))
                .param("asOf", asOf).param("parentId", parentId)
                .query((rs, n) -> new UnitNode(rs.getLong("unit_id"), rs.getString("code"), rs.getString("name"),
                        UnitKind.valueOf(rs.getString("kind")), (Long) rs.getObject("parent_id"),
                        rs.getInt("approved"), rs.getInt("filled")))
                .list();
    }

    /** Units open on {@code day} whose name or code contains the text, an exact code first. */
    List<UnitRef> search(String text, LocalDate day, int limit) {
        String needle = text == null ? "" : text.strip();
        return jdbc.sql("""
                with units as (%s)
                select * from units
                where name ilike :pattern escape '\\' or code ilike :pattern escape '\\'
                order by (lower(code) = lower(:text)) desc, code
                limit :limit
                """.formatted(UnitSql.UNITS_AS_OF))
                .param("asOf", day).param("pattern", Text.likeContains(needle)).param("text", needle)
                .param("limit", Math.max(1, Math.min(limit, 100)))
                .query((rs, n) -> new UnitRef(rs.getLong("unit_id"), rs.getString("code"), rs.getString("name"),
                        UnitKind.valueOf(rs.getString("kind")), (Long) rs.getObject("parent_id")))
                .list();
    }

    boolean exists(long unitId) {
        return jdbc.sql("select count(*) from org_unit where id = ?").param(unitId).query(Long.class).single() > 0;
    }

    boolean codeTaken(String code) {
        return jdbc.sql("select count(*) from org_unit where lower(code) = lower(?)").param(code)
                .query(Long.class).single() > 0;
    }

    /** Every version of the unit, oldest first. */
    List<UnitVersion> history(long unitId) {
        return jdbc.sql("select " + VERSION_COLUMNS + """
                from org_unit_version v join org_unit u on u.id = v.unit_id
                where v.unit_id = ? order by v.valid_from, v.id
                """).param(unitId).query(UnitRepository::version).list();
    }

    /** The unit's last version: the current one, or the one it ended with. */
    Optional<UnitVersion> latest(long unitId) {
        return jdbc.sql("select " + VERSION_COLUMNS + """
                from org_unit_version v join org_unit u on u.id = v.unit_id
                where v.unit_id = ? order by v.valid_to desc nulls first, v.valid_from desc, v.id desc limit 1
                """).param(unitId).query(UnitRepository::version).optional();
    }

    /**
     * The current version of the unit, locking the unit so that concurrent changes to it wait for this one; empty
     * when the unit has ended (merged or dissolved).
     */
    Optional<UnitVersion> lockCurrent(long unitId) {
        jdbc.sql("select id from org_unit where id = ? for update").param(unitId).query(Long.class).optional();
        return jdbc.sql("select " + VERSION_COLUMNS + """
                from org_unit_version v join org_unit u on u.id = v.unit_id
                where v.unit_id = ? and v.valid_to is null
                """).param(unitId).query(UnitRepository::version).optional();
    }

    /** The current versions of the units whose current parent is this unit. */
    List<UnitVersion> currentChildren(long unitId) {
        return jdbc.sql("select " + VERSION_COLUMNS + """
                from org_unit_version v join org_unit u on u.id = v.unit_id
                where v.parent_id = ? and v.valid_to is null order by v.sort_order, u.code
                """).param(unitId).query(UnitRepository::version).list();
    }

    /** The parent links from a day on, to check a move or merge for cycles. */
    UnitHierarchy hierarchyFrom(LocalDate day) {
        return new UnitHierarchy(jdbc.sql("""
                select unit_id, parent_id, valid_from, valid_to from org_unit_version
                where (valid_to is null or valid_to > :day) and (valid_to is null or valid_to > valid_from)
                """).param("day", day)
                .query((rs, n) -> new UnitHierarchy.Link(rs.getLong("unit_id"), (Long) rs.getObject("parent_id"),
                        new Period(rs.getObject("valid_from", LocalDate.class),
                                rs.getObject("valid_to", LocalDate.class))))
                .list());
    }

    long insertUnit(String code) {
        return jdbc.sql("insert into org_unit (code) values (?) returning id").param(code).query(Long.class).single();
    }

    /** Opens a version with the name, kind, parent and order of {@code state}, from {@code from} on. */
    void open(UnitVersion state, LocalDate from, UnitChange change, String documentNo) {
        jdbc.sql("""
                insert into org_unit_version (unit_id, name, kind, parent_id, sort_order, valid_from, change_kind, document_no)
                values (:unitId, :name, :kind, :parentId, :sortOrder, :from, :change, :documentNo)
                """)
                .param("unitId", state.unitId()).param("name", state.name()).param("kind", state.kind().name())
                .param("parentId", state.parentId()).param("sortOrder", state.sortOrder()).param("from", from)
                .param("change", change.name()).param("documentNo", documentNo)
                .update();
    }

    /** Closes the current version on {@code to}: from that day on it no longer holds. */
    void close(UnitVersion current, LocalDate to, UnitChange endedBy, Long mergedInto, String endDocumentNo) {
        jdbc.sql("""
                update org_unit_version set valid_to = :to, ended_by = :endedBy, merged_into = :mergedInto,
                       end_document_no = :endDocumentNo
                where id = :id and valid_to is null
                """)
                .param("to", to).param("endedBy", endedBy.name()).param("mergedInto", mergedInto)
                .param("endDocumentNo", endDocumentNo).param("id", current.id())
                .update();
    }

    private static UnitVersion version(ResultSet rs, int row) throws SQLException {
        String endedBy = rs.getString("ended_by");
        return new UnitVersion(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("code"), rs.getString("name"),
                UnitKind.valueOf(rs.getString("kind")), (Long) rs.getObject("parent_id"), rs.getInt("sort_order"),
                new Period(rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class)),
                UnitChange.valueOf(rs.getString("change_kind")), rs.getString("document_no"),
                endedBy == null ? null : UnitChange.valueOf(endedBy), (Long) rs.getObject("merged_into"),
                rs.getString("end_document_no"));
    }
}
