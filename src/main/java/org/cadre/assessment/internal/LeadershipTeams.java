package org.cadre.assessment.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cadre.ballots.BallotResults;
import org.cadre.identity.AuditLog;
import org.cadre.identity.Permissions;
import org.cadre.organization.OrganizationQueries;
import org.cadre.organization.UnitRef;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leadership teams (领导班子) appraised in a cycle besides its people: each unit's team is rated Good / Fairly good /
 * Average / Poor on the cycle's appraisal ballot, and takes the weighted score and the grade of the cycle's bands
 * (at or above Excellent's bar: Good; Competent's: Fairly good; Basically Competent's: Average; below: Poor).
 */
@Service
class LeadershipTeams {

    /** A team as the cycle page and the API show it. */
    record Team(long id, long unitId, String name, BigDecimal democraticScore, String grade) {
    }

    private final JdbcClient jdbc;
    private final CycleRepository cycles;
    private final AssessmentAccess access;
    private final OrganizationQueries organization;
    private final AuditLog audit;

    LeadershipTeams(JdbcClient jdbc, CycleRepository cycles, AssessmentAccess access, OrganizationQueries organization,
                    AuditLog audit) {
        this.jdbc = jdbc;
        this.cycles = cycles;
        this.access = access;
        this.organization = organization;
        this.audit = audit;
    }

    /** Every team of the cycle, for the cycle's own computations. */
    List<Team> of(long cycleId) {
        return jdbc.sql("select * from assessment_team where cycle_id = ? order by name, id").param(cycleId)
                .query(LeadershipTeams::team).list();
    }

    /**
     * The teams the reader may see: of units within the scope of their view permission (a team is not a person:
     * a "self" scope sees none).
     */
    List<Team> visible(long cycleId) {
        CycleRepository.Reach reach = access.reach(access.viewPermission());
        return jdbc.sql("""
                select * from assessment_team where cycle_id = :cycle and (:all or unit_id = any(:units))
                order by name, id""").param("cycle", cycleId).param("all", reach.all())
                .param("units", reach.unitIds().toArray(Long[]::new)).query(LeadershipTeams::team).list();
    }

    private static Team team(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Team(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("name"),
                rs.getBigDecimal("democratic_score"), rs.getString("grade"));
    }

    /** Adds the teams of units named by code; all or nothing. Only while the cycle's appraisees may change. */
    @Transactional
    @PreAuthorize("hasAuthority('assessment:manage')")
    public int add(long cycleId, List<String> unitCodes) {
        access.requireCompanyWide(Permissions.ASSESSMENT_MANAGE);
        Cycle cycle = cycles.lock(cycleId).orElseThrow(() -> new NotFoundException("cycle", cycleId));
        if (!cycle.state().appraiseesOpen()) {
            throw new BusinessRuleException("assessment.teams.closed");
        }
        List<UnitRef> units = new ArrayList<>();
        for (String code : unitCodes) {
            units.add(organization.findUnitByCode(code, access.today())
                    .orElseThrow(() -> BusinessRuleException.onField("unitCodes", "assessment.teams.unknownUnit", code)));
        }
        if (units.isEmpty()) {
            throw BusinessRuleException.onField("unitCodes", "assessment.teams.none");
        }
        int added = 0;
        for (UnitRef unit : units) {
            added += jdbc.sql("""
                    insert into assessment_team (cycle_id, unit_id, name) values (?, ?, ?)
                    on conflict (cycle_id, unit_id) do nothing
                    """).params(cycleId, unit.id(), unit.name()).update();
        }
        audit.record("assessment.teams.added", "assessment_cycle", cycleId, added + " leadership teams added", null,
                Map.of("units", units.stream().map(UnitRef::code).toList()));
        return added;
    }

    /** The published ballot's rating of each team, with its grade; teams the ballot did not rate keep theirs. */
    int apply(Cycle cycle, BallotResults results) {
        int applied = 0;
        for (Team team : of(cycle.id())) {
            BallotResults.QuestionResult q = results.aboutUnit(team.unitId());
            if (q == null || q.weightedScore() == null) {
                continue;
            }
            BigDecimal score = q.weightedScore().setScale(2, RoundingMode.HALF_UP);
            applied += jdbc.sql("update assessment_team set democratic_score = ?, grade = ? where id = ?")
                    .params(score, grade(cycle.bands(), score), team.id()).update();
        }
        return applied;
    }

    static String grade(GradeBands bands, BigDecimal score) {
        if (score.compareTo(bands.excellent()) >= 0) {
            return "GOOD";
        }
        if (score.compareTo(bands.competent()) >= 0) {
            return "FAIRLY_GOOD";
        }
        if (score.compareTo(bands.basicallyCompetent()) >= 0) {
            return "AVERAGE";
        }
        return "POOR";
    }
}
