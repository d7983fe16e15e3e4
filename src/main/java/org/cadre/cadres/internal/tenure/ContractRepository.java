package org.cadre.cadres.internal.tenure;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.cadre.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contracts with their indicators, the exit rule and its recommendations. */
@Repository
class ContractRepository {

    record Filter(Integer year, ContractKind kind, String name, Boolean scored, Long[] unitIds) {
    }

    /** A recommendation to end a term (不胜任退出), drawn from a contract. */
    record Recommendation(long id, long contractId, long personId, String personName, long unitId, String basis,
                          State state, String reason, OffsetDateTime decidedAt, String decidedBy, Long eventId,
                          OffsetDateTime createdAt) {

        enum State {
            PROPOSED, ACCEPTED, REJECTED
        }
    }

    private final JdbcClient jdbc;

    ContractRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Contract c) {
        long id = jdbc.sql("""
                insert into cadre_contract (kind, person_id, person_name, employee_no, unit_id, term_id, year, title,
                                            rewards_penalties, signed_on)
                values (:kind, :person, :name, :no, :unit, :term, :year, :title, :rewards, :signed)
                returning id
                """).param("kind", c.kind().name()).param("person", c.personId()).param("name", c.personName())
                .param("no", c.employeeNo()).param("unit", c.unitId()).param("term", c.termId())
                .param("year", c.year()).param("title", c.title()).param("rewards", c.rewardsPenalties())
                .param("signed", c.signedOn()).query(Long.class).single();
        for (Indicator i : c.indicators()) {
            jdbc.sql("""
                    insert into cadre_contract_indicator (contract_id, position, name, weight, target, measure_unit, rule,
                                                          cap_percent, deduction, lower_is_better)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """).params(id, i.position(), i.name(), i.weight(), i.target(), i.measureUnit(), i.rule().name(),
                    i.capPercent(), i.deduction(), i.lowerIsBetter()).update();
        }
        return id;
    }

    Optional<Contract> find(long id) {
        return jdbc.sql("select * from cadre_contract where id = ?").param(id).query(ContractRepository::contract)
                .optional().map(c -> withIndicators(c, indicators(id)));
    }

    Optional<Contract> lock(long id) {
        return jdbc.sql("select * from cadre_contract where id = ? for update").param(id)
                .query(ContractRepository::contract).optional().map(c -> withIndicators(c, indicators(id)));
    }

    List<Indicator> indicators(long contractId) {
        return jdbc.sql("select * from cadre_contract_indicator where contract_id = ? order by position")
                .param(contractId).query(ContractRepository::indicator).list();
    }

    void saveResults(long contractId, List<Indicator> indicators, BigDecimal total, OffsetDateTime at) {
        for (Indicator i : indicators) {
            jdbc.sql("update cadre_contract_indicator set actual = ?, score = ? where id = ?")
                    .params(i.actual(), i.score(), i.id()).update();
        }
        jdbc.sql("update cadre_contract set total_score = ?, results_entered_at = ?, version = version + 1 where id = ?")
                .params(total, at, contractId).update();
    }

    Page<Contract> page(Filter f, TenureAccess.Reach reach, PageRequest page) {
        String where = """
                where %s
                  and (cast(:year as integer) is null or c.year = cast(:year as integer))
                  and (cast(:kind as text) is null or c.kind = cast(:kind as text))
                  and (cast(:scored as boolean) is null or (c.total_score is not null) = cast(:scored as boolean))
                  and (cast(:name as text) is null or c.person_name ilike cast(:name as text) escape '\\'
                       or c.title ilike cast(:name as text) escape '\\' or c.employee_no = cast(:exact as text))
                  and (cast(:unitIds as bigint[]) is null or c.unit_id = any(cast(:unitIds as bigint[])))
                """.formatted(TenureAccess.Reach.on("c"));
        String name = Text.blankToNull(f.name());
        long total = bind(jdbc.sql("select count(*) from cadre_contract c " + where), f, reach, name)
                .query(Long.class).single();
        List<Contract> items = bind(jdbc.sql("select c.* from cadre_contract c " + where
                + " order by c.year desc, c.total_score nulls last, c.person_name, c.id limit :limit offset :offset"),
                f, reach, name).param("limit", page.limit()).param("offset", page.offset())
                .query(ContractRepository::contract).list();
        return new Page<>(items, total, page);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Filter f, TenureAccess.Reach reach,
                                                 String name) {
        return spec.param("all", reach.all()).param("units", reach.units()).param("self", reach.self())
                .param("year", f.year()).param("kind", f.kind() == null ? null : f.kind().name())
                .param("scored", f.scored()).param("name", name == null ? null : Text.likeContains(name))
                .param("exact", name).param("unitIds", f.unitIds());
    }

    List<Contract> ofPerson(long personId) {
        return jdbc.sql("select * from cadre_contract where person_id = ? order by year desc, id desc")
                .param(personId).query(ContractRepository::contract).list();
    }

    // --- the exit rule

    ExitRule exitRule() {
        return jdbc.sql("select * from cadre_exit_rule where id = 1").query((rs, n) -> new ExitRule(
                rs.getBigDecimal("score_below"), rs.getBoolean("basically_competent"), rs.getBoolean("incompetent")))
                .single();
    }

    void updateExitRule(ExitRule rule, OffsetDateTime at) {
        jdbc.sql("update cadre_exit_rule set score_below = ?, basically_competent = ?, incompetent = ?, updated_at = ? where id = 1")
                .params(rule.scoreBelow(), rule.basicallyCompetent(), rule.incompetent(), at).update();
    }

    // --- recommendations

    Optional<Recommendation> recommendationOf(long contractId) {
        return jdbc.sql("select * from cadre_exit_recommendation where contract_id = ?").param(contractId)
                .query(ContractRepository::recommendation).optional();
    }

    long insertRecommendation(Contract c, String basis, OffsetDateTime at) {
        return jdbc.sql("""
                insert into cadre_exit_recommendation (contract_id, person_id, person_name, unit_id, basis, state, created_at)
                values (?, ?, ?, ?, ?, 'PROPOSED', ?) returning id
                """).params(c.id(), c.personId(), c.personName(), c.unitId(), basis, at).query(Long.class).single();
    }

    /** A proposed recommendation whose basis is gone (results entered anew) is withdrawn: it never was decided. */
    void deleteProposed(long contractId) {
        jdbc.sql("delete from cadre_exit_recommendation where contract_id = ? and state = 'PROPOSED'")
                .param(contractId).update();
    }

    void updateBasis(long id, String basis) {
        jdbc.sql("update cadre_exit_recommendation set basis = ? where id = ?").params(basis, id).update();
    }

    Optional<Recommendation> lockRecommendation(long id) {
        return jdbc.sql("select * from cadre_exit_recommendation where id = ? for update").param(id)
                .query(ContractRepository::recommendation).optional();
    }

    void decide(long id, Recommendation.State state, String reason, OffsetDateTime at, String by, Long eventId) {
        jdbc.sql("update cadre_exit_recommendation set state = ?, reason = ?, decided_at = ?, decided_by = ?, event_id = ? where id = ?")
                .params(state.name(), reason, at, by, eventId, id).update();
    }

    /** Recommendations in a state (all when null) within the reach, newest first, paged in SQL. */
    Page<Recommendation> recommendations(Recommendation.State state, TenureAccess.Reach reach, PageRequest page) {
        String where = " from cadre_exit_recommendation r where (cast(:state as text) is null or r.state = cast(:state as text)) and "
                + TenureAccess.Reach.on("r");
        long total = jdbc.sql("select count(*)" + where)
                .param("state", state == null ? null : state.name()).param("all", reach.all())
                .param("units", reach.units()).param("self", reach.self()).query(Long.class).single();
        List<Recommendation> items = jdbc.sql("select r.*" + where
                        + " order by r.created_at desc, r.id desc limit :limit offset :offset")
                .param("state", state == null ? null : state.name()).param("all", reach.all())
                .param("units", reach.units()).param("self", reach.self())
                .param("limit", page.limit()).param("offset", page.offset())
                .query(ContractRepository::recommendation).list();
        return new Page<>(items, total, page);
    }

    Map<Long, Recommendation> recommendationsOf(List<Long> contractIds) {
        Map<Long, Recommendation> map = new HashMap<>();
        if (!contractIds.isEmpty()) {
            jdbc.sql("select * from cadre_exit_recommendation where contract_id = any(:ids)")
                    .param("ids", contractIds.toArray(Long[]::new)).query(ContractRepository::recommendation).list()
                    .forEach(r -> map.put(r.contractId(), r));
        }
        return map;
    }

    private static Contract withIndicators(Contract c, List<Indicator> indicators) {
        return new Contract(c.id(), c.kind(), c.personId(), c.personName(), c.employeeNo(), c.unitId(), c.termId(),
                c.year(), c.title(), c.rewardsPenalties(), c.signedOn(), c.totalScore(), c.resultsEnteredAt(),
                c.version(), indicators);
    }

    static Contract contract(ResultSet rs, int row) throws SQLException {
        return new Contract(rs.getLong("id"), ContractKind.valueOf(rs.getString("kind")), rs.getLong("person_id"),
                rs.getString("person_name"), rs.getString("employee_no"), rs.getLong("unit_id"),
                (Long) rs.getObject("term_id"), rs.getInt("year"), rs.getString("title"),
                rs.getString("rewards_penalties"), rs.getObject("signed_on", LocalDate.class),
                rs.getBigDecimal("total_score"), rs.getObject("results_entered_at", OffsetDateTime.class),
                rs.getInt("version"), new ArrayList<>());
    }

    static Indicator indicator(ResultSet rs, int row) throws SQLException {
        return new Indicator(rs.getLong("id"), rs.getInt("position"), rs.getString("name"), rs.getBigDecimal("weight"),
                rs.getBigDecimal("target"), rs.getString("measure_unit"), ScoringRule.valueOf(rs.getString("rule")),
                rs.getBigDecimal("cap_percent"), rs.getBigDecimal("deduction"), rs.getBoolean("lower_is_better"), rs.getBigDecimal("actual"),
                rs.getBigDecimal("score"));
    }

    static Recommendation recommendation(ResultSet rs, int row) throws SQLException {
        return new Recommendation(rs.getLong("id"), rs.getLong("contract_id"), rs.getLong("person_id"),
                rs.getString("person_name"), rs.getLong("unit_id"), rs.getString("basis"),
                Recommendation.State.valueOf(rs.getString("state")), rs.getString("reason"),
                rs.getObject("decided_at", OffsetDateTime.class), rs.getString("decided_by"),
                (Long) rs.getObject("event_id"), rs.getObject("created_at", OffsetDateTime.class));
    }
}
