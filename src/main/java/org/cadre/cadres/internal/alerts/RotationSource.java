package org.cadre.cadres.internal.alerts;

import java.time.LocalDate;
import java.util.List;

import org.cadre.cadres.internal.WorkItem;
import org.cadre.cadres.internal.WorkItemSource;
import org.cadre.identity.DataScope;
import org.cadre.organization.OrganizationQueries;
import org.cadre.people.RosterQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * ROTATION_DUE (关键岗位轮岗): a cadre who has held the same key post for the configured number of years (five by
 * default), counted from the start of the assignment; due on that anniversary, shown from the notice window before.
 */
@Component
class RotationSource implements WorkItemSource {

    static final String KIND = "ROTATION_DUE";

    private final JdbcClient jdbc;
    private final OrganizationQueries organization;
    private final AlertSettings settings;

    RotationSource(JdbcClient jdbc, OrganizationQueries organization, AlertSettings settings) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.settings = settings;
    }

    private record Row(long personId, String name, long unitId, String title, LocalDate validFrom) {
    }

    @Override
    public List<WorkItem> workItems(LocalDate today, DataScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        ScopeParams reach = ScopeParams.of(scope, today, organization);
        return jdbc.sql("""
                with persons as (%s), holdings as (%s)
                select h.person_id, p.name, h.unit_id, h.title, h.valid_from
                from holdings h join persons p on p.person_id = h.person_id
                where h.key_post and h.level = any(:levels)
                  and h.valid_from <= :today and (h.valid_to is null or h.valid_to > :today)
                  and h.valid_from + make_interval(years => :years) <= :horizon
                  and %s
                order by h.valid_from, h.person_id
                """.formatted("select * from " + RosterQuery.PERSON_FACTS_VIEW, "select * from " + OrganizationQueries.ASSIGNMENT_FACTS_VIEW,
                        ScopeParams.condition("h.unit_id", "h.person_id")))
                .param("levels", LevelRank.cadreLevels()).param("today", today)
                .param("years", settings.rotationYears())
                .param("horizon", today.plusDays(settings.rotationNoticeDays()))
                .params(reach.params())
                .query(Row.class).list().stream()
                .map(r -> new WorkItem(KIND, r.personId(), r.name(), r.unitId(), r.title(),
                        r.validFrom().plusYears(settings.rotationYears()), "/people/" + r.personId()))
                .toList();
    }
}
