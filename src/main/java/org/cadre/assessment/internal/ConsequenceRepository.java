package org.cadre.assessment.internal;

import org.cadre.assessment.Grade;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Consequence rules, recommendations, person records, and results across years. */
@Repository
class ConsequenceRepository {

    /** An accepted consequence kept on the person. */
    record PersonRecord(long id, long personId, long cycleId, int year, Consequence consequence,
                        BigDecimal coefficient, List<YearResult> evidence, Grade grade, int years, String note,
                        OffsetDateTime recordedAt) {
    }

    /** One year's result of a person, from a finalized cycle (with its id) or imported (cycle null). */
    record HistoryLine(int year, Long cycleId, String cycleTitle, CycleKind kind, BigDecimal score, Grade grade,
                       Long unitId) {
    }

    private final JdbcClient jdbc;

    ConsequenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- rules

    List<ConsequenceRule> rules() {
        return jdbc.sql("select * from assessment_rule order by id").query(ConsequenceRepository::rule).list();
    }

    Optional<ConsequenceRule> rule(long id) {
        return jdbc.sql("select * from assessment_rule where id = ?").param(id).query(ConsequenceRepository::rule).optional();
    }

    long insertRule(ConsequenceRule rule) {
        return jdbc.sql("""
                insert into assessment_rule (grade, years, consequence, coefficient, active) values (?, ?, ?, ?, ?)
                returning id
                """).params(rule.grade().name(), rule.years(), rule.consequence().name(), rule.coefficient(),
                rule.active()).query(Long.class).single();
    }

    void updateRule(ConsequenceRule rule) {
        jdbc.sql("update assessment_rule set grade = ?, years = ?, consequence = ?, coefficient = ?, active = ? where id = ?")
                .params(rule.grade().name(), rule.years(), rule.consequence().name(), rule.coefficient(),
                        rule.active(), rule.id()).update();
    }

    // --- history across years

    /**
     * Final annual results of these people in years before {@code beforeYear}: from finalized annual cycles, else
     * from imported past results.
     */
    List<PersonYear> earlierAnnualResults(Collection<Long> personIds, int beforeYear) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select person_id, year, grade, score from (
                    select a.person_id, c.year, a.final_grade as grade, a.total_score as score, 0 as pref
                    from assessment_appraisee a join assessment_cycle c on c.id = a.cycle_id
                    where c.kind = 'ANNUAL' and c.state = 'FINALIZED' and a.final_grade is not null
                      and a.person_id = any(:ids) and c.year < :year
                    union all
                    select person_id, year, grade, score, 1 from assessment_past_result
                    where person_id = any(:ids) and year < :year
                ) r
                order by person_id, year, pref
                """).param("ids", personIds.toArray(Long[]::new)).param("year", beforeYear)
                .query((rs, n) -> new PersonYear(rs.getLong("person_id"), new YearResult(rs.getInt("year"),
                        Grade.valueOf(rs.getString("grade")), rs.getBigDecimal("score")))).list();
    }

    record PersonYear(long personId, YearResult result) {
    }

    /** Every result of a person, newest first: finalized cycles of any kind, and imported past results. */
    List<HistoryLine> history(long personId) {
        List<HistoryLine> lines = new ArrayList<>(jdbc.sql("""
                select c.year, c.id, c.title, c.kind, a.total_score, a.final_grade, a.unit_id
                from assessment_appraisee a join assessment_cycle c on c.id = a.cycle_id
                where a.person_id = ? and c.state = 'FINALIZED'
                order by c.year desc, c.id desc
                """).param(personId).query((rs, n) -> new HistoryLine(rs.getInt("year"), rs.getLong("id"),
                rs.getString("title"), CycleKind.valueOf(rs.getString("kind")), rs.getBigDecimal("total_score"),
                CycleRepository.grade(rs.getString("final_grade")), rs.getLong("unit_id"))).list());
        lines.addAll(jdbc.sql("select * from assessment_past_result where person_id = ? order by year desc")
                .param(personId).query((rs, n) -> new HistoryLine(rs.getInt("year"), null, null, CycleKind.ANNUAL,
                        rs.getBigDecimal("score"), Grade.valueOf(rs.getString("grade")), null)).list());
        lines.sort(java.util.Comparator.comparingInt(HistoryLine::year).reversed());
        return lines;
    }

    /** @return false when the person already had a past result that year (it is replaced) */
    boolean putPastResult(long personId, int year, Grade grade, BigDecimal score, OffsetDateTime at) {
        int existing = jdbc.sql("delete from assessment_past_result where person_id = ? and year = ?")
                .params(personId, year).update();
        jdbc.sql("insert into assessment_past_result (person_id, year, grade, score, recorded_at) values (?, ?, ?, ?, ?)")
                .params(personId, year, grade.name(), score, at).update();
        return existing == 0;
    }

    // --- recommendations

    long insertRecommendation(long cycleId, Appraisee appraisee, Consequences.Proposal proposal) {
        ConsequenceRule rule = proposal.rule();
        return jdbc.sql("""
                insert into assessment_recommendation (cycle_id, appraisee_id, person_id, rule_id, grade, years,
                    consequence, coefficient, evidence)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """).params(cycleId, appraisee.id(), appraisee.personId(), rule.id(), rule.grade().name(), rule.years(),
                rule.consequence().name(), rule.coefficient(), Recommendation.encode(proposal.evidence()))
                .query(Long.class).single();
    }

    private static final String RECOMMENDATION = """
            select r.*, a.name as person_name from assessment_recommendation r
            join assessment_appraisee a on a.id = r.appraisee_id
            """;

    List<Recommendation> recommendations(long cycleId, CycleRepository.Reach reach, Recommendation.State state) {
        StringBuilder sql = new StringBuilder(RECOMMENDATION + " where r.cycle_id = :cycleId");
        var params = new java.util.HashMap<String, Object>();
        params.put("cycleId", cycleId);
        if (!reach.all()) {
            sql.append(" and (a.unit_id = any(:units) or a.person_id = :self)");
            params.put("units", reach.unitIds().toArray(Long[]::new));
            params.put("self", reach.selfPersonId() == null ? -1L : reach.selfPersonId());
        }
        if (state != null) {
            sql.append(" and r.state = :state");
            params.put("state", state.name());
        }
        sql.append(" order by a.name, r.person_id, r.id");
        return jdbc.sql(sql.toString()).params(params).query(ConsequenceRepository::recommendation).list();
    }

    Optional<Recommendation> lockRecommendation(long id) {
        return jdbc.sql(RECOMMENDATION + " where r.id = ? for update of r").param(id)
                .query(ConsequenceRepository::recommendation).optional();
    }

    void decide(long id, Recommendation.State state, String note, OffsetDateTime at, String by) {
        jdbc.sql("update assessment_recommendation set state = ?, note = ?, decided_at = ?, decided_by = ? where id = ?")
                .params(state.name(), note, at, by, id).update();
    }

    void insertPersonRecord(Recommendation r, int year, OffsetDateTime at) {
        jdbc.sql("""
                insert into assessment_person_record (person_id, cycle_id, recommendation_id, year, consequence,
                    coefficient, evidence, grade, years, note, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(r.personId(), r.cycleId(), r.id(), year, r.consequence().name(), r.coefficient(),
                Recommendation.encode(r.evidence()), r.grade().name(), r.years(), r.note(), at).update();
    }

    List<PersonRecord> personRecords(long personId) {
        return jdbc.sql("select * from assessment_person_record where person_id = ? order by year desc, id desc")
                .param(personId).query((rs, n) -> new PersonRecord(rs.getLong("id"), rs.getLong("person_id"),
                        rs.getLong("cycle_id"), rs.getInt("year"), Consequence.valueOf(rs.getString("consequence")),
                        rs.getBigDecimal("coefficient"), Recommendation.decode(rs.getString("evidence")),
                        Grade.valueOf(rs.getString("grade")), rs.getInt("years"), rs.getString("note"),
                        rs.getObject("recorded_at", OffsetDateTime.class))).list();
    }

    private static ConsequenceRule rule(ResultSet rs, int n) throws SQLException {
        return new ConsequenceRule(rs.getLong("id"), Grade.valueOf(rs.getString("grade")), rs.getInt("years"),
                Consequence.valueOf(rs.getString("consequence")), rs.getBigDecimal("coefficient"),
                rs.getBoolean("active"));
    }

    private static Recommendation recommendation(ResultSet rs, int n) throws SQLException {
        return new Recommendation(rs.getLong("id"), rs.getLong("cycle_id"), rs.getLong("appraisee_id"),
                rs.getLong("person_id"), rs.getString("person_name"), rs.getLong("rule_id"),
                Grade.valueOf(rs.getString("grade")), rs.getInt("years"),
                Consequence.valueOf(rs.getString("consequence")), rs.getBigDecimal("coefficient"),
                Recommendation.decode(rs.getString("evidence")), Recommendation.State.valueOf(rs.getString("state")),
                rs.getString("note"), rs.getObject("decided_at", OffsetDateTime.class), rs.getString("decided_by"));
    }
}
