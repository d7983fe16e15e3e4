package org.cadre.assessment.internal;

import org.cadre.assessment.Grade;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.cadre.shared.Text;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cycles with their components, quotas, appraisees and scores; the SQL that reads and writes them. */
@Repository
class CycleRepository {

    /** The appraisees a scope reaches: all, or those of the given units, or oneself. */
    record Reach(boolean all, Collection<Long> unitIds, Long selfPersonId) {

        static Reach everything() {
            return new Reach(true, List.of(), null);
        }
    }

    private final JdbcClient jdbc;

    CycleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- cycles

    long insert(CycleKind kind, int year, String title, GradeBands bands, OffsetDateTime at) {
        return jdbc.sql("""
                insert into assessment_cycle (kind, year, title, band_excellent, band_competent, band_basic, created_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id
                """).params(kind.name(), year, title, bands.excellent(), bands.competent(), bands.basicallyCompetent(), at)
                .query(Long.class).single();
    }

    Optional<Cycle> find(long id) {
        return jdbc.sql("select * from assessment_cycle where id = ?").param(id).query(CycleRepository::cycle).optional();
    }

    /** The cycle, locked for a change until the transaction ends. */
    Optional<Cycle> lock(long id) {
        return jdbc.sql("select * from assessment_cycle where id = ? for update").param(id)
                .query(CycleRepository::cycle).optional();
    }

    Page<Cycle> page(Integer year, CycleState state, PageRequest page) {
        String where = " where (cast(:year as int) is null or year = :year) and (cast(:state as varchar) is null or state = :state)";
        Map<String, Object> params = new HashMap<>();
        params.put("year", year);
        params.put("state", state == null ? null : state.name());
        long total = jdbc.sql("select count(*) from assessment_cycle" + where).params(params).query(Long.class).single();
        List<Cycle> items = jdbc.sql("select * from assessment_cycle" + where
                        + " order by year desc, id desc limit :limit offset :offset")
                .params(params).param("limit", page.limit()).param("offset", page.offset())
                .query(CycleRepository::cycle).list();
        return new Page<>(items, total, page);
    }

    void updateSettings(long id, String title, GradeBands bands, int version) {
        int n = jdbc.sql("""
                update assessment_cycle set title = ?, band_excellent = ?, band_competent = ?, band_basic = ?,
                       version = version + 1
                where id = ? and version = ?
                """).params(title, bands.excellent(), bands.competent(), bands.basicallyCompetent(), id, version).update();
        if (n == 0) {
            throw new OptimisticLockingFailureException("cycle " + id + " changed");
        }
    }

    void updateState(long id, CycleState state, OffsetDateTime finalizedAt) {
        jdbc.sql("update assessment_cycle set state = ?, finalized_at = ?, version = version + 1 where id = ?")
                .params(state.name(), finalizedAt, id).update();
    }

    void setBallot(long id, long ballotId) {
        jdbc.sql("update assessment_cycle set ballot_id = ?, version = version + 1 where id = ?").params(ballotId, id).update();
    }

    // --- components and quotas

    List<AppraisalComponent> components(long cycleId) {
        return jdbc.sql("select * from assessment_component where cycle_id = ? order by position, id").param(cycleId)
                .query((rs, n) -> new AppraisalComponent(rs.getLong("id"), ComponentKind.valueOf(rs.getString("kind")),
                        rs.getString("name"), rs.getBigDecimal("weight"), rs.getInt("position"))).list();
    }

    void replaceComponents(long cycleId, List<AppraisalComponent> components) {
        jdbc.sql("delete from assessment_component where cycle_id = ?").param(cycleId).update();
        int position = 0;
        for (AppraisalComponent c : components) {
            jdbc.sql("insert into assessment_component (cycle_id, kind, name, weight, position) values (?, ?, ?, ?, ?)")
                    .params(cycleId, c.kind().name(), c.name(), c.weight(), position++).update();
        }
    }

    List<Quota> quotas(long cycleId) {
        return jdbc.sql("select * from assessment_quota where cycle_id = ? order by grade").param(cycleId)
                .query((rs, n) -> new Quota(Grade.valueOf(rs.getString("grade")), rs.getBigDecimal("max_percent")))
                .list().stream().sorted(java.util.Comparator.comparing(Quota::grade)).toList();
    }

    void replaceQuotas(long cycleId, List<Quota> quotas) {
        jdbc.sql("delete from assessment_quota where cycle_id = ?").param(cycleId).update();
        for (Quota q : quotas) {
            jdbc.sql("insert into assessment_quota (cycle_id, grade, max_percent) values (?, ?, ?)")
                    .params(cycleId, q.grade().name(), q.maxPercent()).update();
        }
    }

    // --- appraisees

    /** @return false when the person is already an appraisee of the cycle */
    boolean addAppraisee(long cycleId, long personId, String employeeNo, String name, long unitId, String postTitle,
                         String category) {
        return jdbc.sql("""
                insert into assessment_appraisee (cycle_id, person_id, employee_no, name, unit_id, post_title, category)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (cycle_id, person_id) do nothing
                """).params(cycleId, personId, employeeNo, name, unitId, postTitle, category).update() > 0;
    }

    void removeAppraisee(long appraiseeId) {
        jdbc.sql("delete from assessment_appraisee where id = ?").param(appraiseeId).update();
    }

    Optional<Appraisee> appraisee(long id) {
        return jdbc.sql("select * from assessment_appraisee where id = ?").param(id)
                .query(CycleRepository::appraisee).optional();
    }

    Optional<Appraisee> appraiseeOf(long cycleId, long personId) {
        return jdbc.sql("select * from assessment_appraisee where cycle_id = ? and person_id = ?")
                .params(cycleId, personId).query(CycleRepository::appraisee).optional();
    }

    Map<String, Appraisee> appraiseesByEmployeeNo(long cycleId) {
        Map<String, Appraisee> map = new HashMap<>();
        jdbc.sql("select * from assessment_appraisee where cycle_id = ?").param(cycleId)
                .query(CycleRepository::appraisee).list().forEach(a -> map.put(a.employeeNo(), a));
        return map;
    }

    /** Every appraisee of the cycle within reach, in order of unit, then total (best first), then name. */
    List<Appraisee> appraisees(long cycleId, Reach reach) {
        Where where = where(cycleId, AppraiseeFilter.none(), reach, null);
        return jdbc.sql("select * from assessment_appraisee a" + where.sql + " order by a.category, a.total_score desc nulls last, a.name, a.id")
                .params(where.params).query(CycleRepository::appraisee).list();
    }

    Page<Appraisee> page(long cycleId, AppraiseeFilter filter, Reach reach, Collection<Long> unitSubtree,
                         PageRequest page) {
        Where where = where(cycleId, filter, reach, unitSubtree);
        long total = jdbc.sql("select count(*) from assessment_appraisee a" + where.sql).params(where.params)
                .query(Long.class).single();
        List<Appraisee> items = jdbc.sql("select * from assessment_appraisee a" + where.sql
                        + " order by a.total_score desc nulls last, a.name, a.id limit :limit offset :offset")
                .params(where.params).param("limit", page.limit()).param("offset", page.offset())
                .query(CycleRepository::appraisee).list();
        return new Page<>(items, total, page);
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(long cycleId, AppraiseeFilter filter, Reach reach, Collection<Long> unitSubtree) {
        StringBuilder sql = new StringBuilder(" where a.cycle_id = :cycleId");
        Map<String, Object> params = new HashMap<>();
        params.put("cycleId", cycleId);
        if (!reach.all()) {
            sql.append(" and (a.unit_id = any(:reachUnits) or a.person_id = :self)");
            params.put("reachUnits", reach.unitIds().toArray(Long[]::new));
            params.put("self", reach.selfPersonId() == null ? -1L : reach.selfPersonId());
        }
        if (unitSubtree != null) {
            sql.append(" and a.unit_id = any(:units)");
            params.put("units", unitSubtree.toArray(Long[]::new));
        }
        if (filter.text() != null) {
            sql.append(" and (a.name ilike :text or a.employee_no ilike :text)");
            params.put("text", Text.likeContains(filter.text()));
        }
        if (filter.grade() != null) {
            sql.append(" and a.final_grade = :grade");
            params.put("grade", filter.grade().name());
        }
        if (filter.category() != null) {
            sql.append(" and a.category = :category");
            params.put("category", filter.category());
        }
        return new Where(sql.toString(), params);
    }

    List<String> categories(long cycleId) {
        return jdbc.sql("select distinct category from assessment_appraisee where cycle_id = ? order by category")
                .param(cycleId).query(String.class).list();
    }

    long countAppraisees(long cycleId) {
        return jdbc.sql("select count(*) from assessment_appraisee where cycle_id = ?").param(cycleId)
                .query(Long.class).single();
    }

    void setComputed(long appraiseeId, BigDecimal total, Grade proposed) {
        jdbc.sql("update assessment_appraisee set total_score = ?, proposed_grade = ?, final_grade = ? where id = ?")
                .params(total, proposed.name(), proposed.name(), appraiseeId).update();
    }

    void clearComputed(long cycleId) {
        jdbc.sql("update assessment_appraisee set total_score = null, proposed_grade = null, final_grade = null where cycle_id = ?")
                .param(cycleId).update();
    }

    void setFinalGrade(long appraiseeId, Grade grade) {
        jdbc.sql("update assessment_appraisee set final_grade = ? where id = ?").params(grade.name(), appraiseeId).update();
    }

    // --- scores

    /** Scores of the given appraisees: appraisee id → component id → score. */
    Map<Long, Map<Long, BigDecimal>> scores(Collection<Long> appraiseeIds) {
        Map<Long, Map<Long, BigDecimal>> result = new HashMap<>();
        if (appraiseeIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select appraisee_id, component_id, score from assessment_score where appraisee_id = any(?)")
                .param(appraiseeIds.toArray(Long[]::new))
                .query((ResultSet rs) -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getBigDecimal(3));
                });
        return result;
    }

    /** @return the score it replaced, or null */
    BigDecimal putScore(long appraiseeId, long componentId, BigDecimal score, String source, OffsetDateTime at,
                        String by) {
        BigDecimal before = jdbc.sql("select score from assessment_score where appraisee_id = ? and component_id = ?")
                .params(appraiseeId, componentId).query(BigDecimal.class).optional().orElse(null);
        jdbc.sql("""
                insert into assessment_score (appraisee_id, component_id, score, source, entered_at, entered_by)
                values (?, ?, ?, ?, ?, ?)
                on conflict (appraisee_id, component_id) do update
                set score = excluded.score, source = excluded.source, entered_at = excluded.entered_at,
                    entered_by = excluded.entered_by
                """).params(appraiseeId, componentId, score, source, at, by).update();
        return before;
    }

    // --- calibration history

    record GradeChange(long id, long appraiseeId, Grade fromGrade, Grade toGrade, String reason,
                       OffsetDateTime changedAt, String changedBy) {
    }

    void addGradeChange(long appraiseeId, Grade from, Grade to, String reason, OffsetDateTime at, String by) {
        jdbc.sql("""
                insert into assessment_grade_change (appraisee_id, from_grade, to_grade, reason, changed_at, changed_by)
                values (?, ?, ?, ?, ?, ?)
                """).params(appraiseeId, from == null ? null : from.name(), to.name(), reason, at, by).update();
    }

    List<GradeChange> gradeChanges(Collection<Long> appraiseeIds) {
        if (appraiseeIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from assessment_grade_change where appraisee_id = any(?) order by id")
                .param(appraiseeIds.toArray(Long[]::new))
                .query((rs, n) -> new GradeChange(rs.getLong("id"), rs.getLong("appraisee_id"),
                        grade(rs.getString("from_grade")), Grade.valueOf(rs.getString("to_grade")),
                        rs.getString("reason"), rs.getObject("changed_at", OffsetDateTime.class),
                        rs.getString("changed_by"))).list();
    }

    // --- mapping

    static Grade grade(String s) {
        return s == null ? null : Grade.valueOf(s);
    }

    private static Cycle cycle(ResultSet rs, int n) throws SQLException {
        return new Cycle(rs.getLong("id"), CycleKind.valueOf(rs.getString("kind")), rs.getInt("year"),
                rs.getString("title"), CycleState.valueOf(rs.getString("state")),
                new GradeBands(rs.getBigDecimal("band_excellent"), rs.getBigDecimal("band_competent"),
                        rs.getBigDecimal("band_basic")),
                (Long) rs.getObject("ballot_id"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("finalized_at", OffsetDateTime.class), rs.getInt("version"));
    }

    private static Appraisee appraisee(ResultSet rs, int n) throws SQLException {
        return new Appraisee(rs.getLong("id"), rs.getLong("cycle_id"), rs.getLong("person_id"),
                rs.getString("employee_no"), rs.getString("name"), rs.getLong("unit_id"), rs.getString("post_title"),
                rs.getString("category"), rs.getBigDecimal("total_score"), grade(rs.getString("proposed_grade")),
                grade(rs.getString("final_grade")));
    }
}
