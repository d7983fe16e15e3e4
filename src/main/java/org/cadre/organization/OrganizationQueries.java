package org.cadre.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cadre.identity.DataScope;
import org.cadre.organization.internal.UnitSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask of the organization: units and subtrees on a date, posts people hold, assignment
 * histories, and whether a unit lies within a data scope.
 */
@Service
public class OrganizationQueries {

    /**
     * The database view other modules' reports read to aggregate assignments in SQL (created by migration V120, owned
     * by this module): assignment_id, person_id, post_id, kind (PRIMARY, CONCURRENT), valid_from, valid_to,
     * end_reason, title, level, unit_id, key_post. Read-only; its columns are kept stable whatever the tables do.
     */
    public static final String ASSIGNMENT_FACTS_VIEW = "org_assignment_facts";

    private final JdbcClient jdbc;

    OrganizationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The given units and every unit below them, as the tree stood on {@code asOf}. */
    public Set<Long> subtreeUnitIds(Collection<Long> roots, LocalDate asOf) {
        if (roots.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                with recursive units as (%s),
                tree as (
                    select unit_id from units where unit_id = any(:roots)
                    union
                    select u.unit_id from units u join tree t on u.parent_id = t.unit_id
                )
                select unit_id from tree
                """.formatted(UnitSql.UNITS_AS_OF))
                .param("asOf", asOf).param("roots", roots.toArray(Long[]::new))
                .query(Long.class).list());
    }

    /** The units a data scope reaches on {@code asOf}; empty for a scope of everything (check {@link DataScope#all()}). */
    public Set<Long> unitIdsWithin(DataScope scope, LocalDate asOf) {
        return scope.all() ? Set.of() : subtreeUnitIds(scope.unitIds(), asOf);
    }

    public boolean isWithin(long unitId, DataScope scope, LocalDate asOf) {
        return scope.all() || unitIdsWithin(scope, asOf).contains(unitId);
    }

    public Optional<UnitRef> findUnit(long unitId, LocalDate asOf) {
        return jdbc.sql("with units as (%s) select * from units where unit_id = :id".formatted(UnitSql.UNITS_AS_OF))
                .param("asOf", asOf).param("id", unitId).query(OrganizationQueries::unit).optional();
    }

    /** A unit by its code, if it exists (open) on {@code asOf}; imports name units by code. */
    public Optional<UnitRef> findUnitByCode(String code, LocalDate asOf) {
        return jdbc.sql("with units as (%s) select * from units where code = :code".formatted(UnitSql.UNITS_AS_OF))
                .param("asOf", asOf).param("code", code).query(OrganizationQueries::unit).optional();
    }

    /** The units directly below a unit on {@code asOf}, in their sort order. */
    public List<UnitRef> childUnits(long parentId, LocalDate asOf) {
        return jdbc.sql("""
                with units as (%s) select * from units where parent_id = :parent order by sort_order, name
                """.formatted(UnitSql.UNITS_AS_OF)).param("asOf", asOf).param("parent", parentId)
                .query(OrganizationQueries::unit).list();
    }

    /**
     * Every unit open on {@code asOf}, by its sort order and name: what a form offers to pick a department from
     * (a few hundred at most in a group).
     */
    public List<UnitRef> openUnits(LocalDate asOf) {
        return jdbc.sql("with units as (%s) select * from units order by sort_order, name, unit_id"
                .formatted(UnitSql.UNITS_AS_OF)).param("asOf", asOf).query(OrganizationQueries::unit).list();
    }

    /** Names of units as they were called on {@code asOf}; a unit not open that day keeps its last name. */
    public Map<Long, String> unitNames(Collection<Long> unitIds, LocalDate asOf) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("""
                select distinct on (unit_id) unit_id, name from org_unit_version
                where unit_id = any(:ids)
                order by unit_id, (valid_from <= :asOf and (valid_to is null or valid_to > :asOf)) desc, valid_from desc, id desc
                """).param("ids", unitIds.toArray(Long[]::new)).param("asOf", asOf)
                .query((ResultSet rs) -> {
                    names.put(rs.getLong(1), rs.getString(2));
                });
        return names;
    }

    /** The path from the root to the unit, e.g. "Group / Base 2 / Cathode Materials Unit". */
    public String unitPath(long unitId, LocalDate asOf) {
        List<String> names = jdbc.sql("""
                with recursive units as (%s),
                path as (
                    select unit_id, parent_id, name, 0 as depth from units where unit_id = :id
                    union all
                    select u.unit_id, u.parent_id, u.name, p.depth + 1 from units u join path p on u.unit_id = p.parent_id
                )
                select name from path order by depth desc
                """.formatted(UnitSql.UNITS_AS_OF)).param("asOf", asOf).param("id", unitId).query(String.class).list();
        return String.join(" / ", names);
    }

    /** The posts each person holds on {@code asOf}, primary first. */
    public Map<Long, List<CurrentPost>> currentPosts(Collection<Long> personIds, LocalDate asOf) {
        Map<Long, List<CurrentPost>> result = new LinkedHashMap<>();
        if (personIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                select a.id, a.person_id, p.id as post_id, p.title, p.level, p.unit_id, a.kind, a.valid_from,
                       (select name from org_unit_version v where v.unit_id = p.unit_id
                        order by (v.valid_from <= :asOf and (v.valid_to is null or v.valid_to > :asOf)) desc,
                                 v.valid_from desc, v.id desc limit 1) as unit_name
                from org_assignment a join org_post p on p.id = a.post_id
                where a.person_id = any(:ids) and a.valid_from <= :asOf and (a.valid_to is null or a.valid_to > :asOf)
                order by a.person_id, a.kind desc, a.valid_from
                """).param("ids", personIds.toArray(Long[]::new)).param("asOf", asOf)
                .query((ResultSet rs) -> {
                    CurrentPost post = new CurrentPost(rs.getLong("id"), rs.getLong("person_id"),
                            rs.getLong("post_id"), rs.getString("title"), PostLevel.valueOf(rs.getString("level")),
                            rs.getLong("unit_id"), rs.getString("unit_name"), "PRIMARY".equals(rs.getString("kind")),
                            rs.getObject("valid_from", LocalDate.class));
                    result.computeIfAbsent(post.personId(), k -> new java.util.ArrayList<>()).add(post);
                });
        return result;
    }

    /** People who hold a post of one of these levels on {@code asOf} (roster filter by post level). */
    public Set<Long> personIdsHoldingLevel(Collection<PostLevel> levels, LocalDate asOf) {
        if (levels.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                select distinct a.person_id from org_assignment a join org_post p on p.id = a.post_id
                where p.level = any(:levels) and a.valid_from <= :asOf and (a.valid_to is null or a.valid_to > :asOf)
                """).param("levels", levels.stream().map(Enum::name).toArray(String[]::new)).param("asOf", asOf)
                .query(Long.class).list());
    }

    /** Every assignment a person has held or holds, newest first. History is never overwritten. */
    public List<AssignmentRecord> assignmentHistory(long personId) {
        return jdbc.sql("""
                select a.*, p.title, p.level, p.unit_id,
                       (select name from org_unit_version v where v.unit_id = p.unit_id
                          and v.valid_from <= a.valid_from order by v.valid_from desc, v.id desc limit 1) as unit_name
                from org_assignment a join org_post p on p.id = a.post_id
                where a.person_id = ?
                order by a.valid_from desc, a.id desc
                """).param(personId)
                .query((rs, n) -> new AssignmentRecord(rs.getLong("id"), rs.getLong("person_id"),
                        rs.getLong("post_id"), rs.getString("title"), PostLevel.valueOf(rs.getString("level")),
                        rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("kind"),
                        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                        rs.getString("decision_body"), rs.getObject("decision_date", LocalDate.class),
                        rs.getString("document_no"), rs.getString("end_reason"), rs.getString("end_document_no"),
                        rs.getString("over_count_reason"), rs.getString("annul_reason")))
                .list();
    }

    /** A post by id, active or not, with its unit's name as it is today. */
    public Optional<PostRef> findPost(long postId) {
        return jdbc.sql("""
                select p.id, p.unit_id, p.title, p.level, p.approved_count, p.active,
                       (select name from org_unit_version v where v.unit_id = p.unit_id
                        order by v.valid_to is null desc, v.valid_from desc, v.id desc limit 1) as unit_name
                from org_post p where p.id = ?
                """).param(postId).query(OrganizationQueries::post).optional();
    }

    /**
     * Active posts of these levels in units open on {@code asOf}, of the given units only (every unit when null),
     * by unit name and the posts' order: what a form offers to appoint or move someone to.
     */
    public List<PostRef> activePosts(Collection<PostLevel> levels, Collection<Long> unitIds, LocalDate asOf) {
        return jdbc.sql("""
                with units as (%s)
                select p.id, p.unit_id, p.title, p.level, p.approved_count, p.active, u.name as unit_name
                from org_post p join units u on u.unit_id = p.unit_id
                where p.active and p.level = any(:levels)
                  and (cast(:units as bigint[]) is null or p.unit_id = any(cast(:units as bigint[])))
                order by u.name, p.sort_order, p.id
                """.formatted(UnitSql.UNITS_AS_OF)).param("asOf", asOf)
                .param("levels", levels.stream().map(Enum::name).toArray(String[]::new))
                .param("units", unitIds == null ? null : unitIds.toArray(Long[]::new))
                .query(OrganizationQueries::post).list();
    }

    private static PostRef post(ResultSet rs, int row) throws SQLException {
        return new PostRef(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("title"),
                PostLevel.valueOf(rs.getString("level")), rs.getInt("approved_count"), rs.getBoolean("active"));
    }

    private static UnitRef unit(ResultSet rs, int row) throws SQLException {
        return new UnitRef(rs.getLong("unit_id"), rs.getString("code"), rs.getString("name"),
                UnitKind.valueOf(rs.getString("kind")), (Long) rs.getObject("parent_id"));
    }
}
