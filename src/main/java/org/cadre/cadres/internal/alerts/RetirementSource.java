package org.cadre.cadres.internal.alerts;

import java.time.LocalDate;
import java.util.List;

import org.cadre.cadres.internal.WorkItem;
import org.cadre.cadres.internal.WorkItemSource;
import org.cadre.identity.DataScope;
import org.cadre.organization.OrganizationQueries;
import org.cadre.people.Gender;
import org.cadre.people.RosterQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * APPROACHING_RETIREMENT (临近退休): cadres in service who reach the retirement age within the notice window (six
 * months by default), or have reached it and still hold their post. One item per person, about their primary post.
 */
@Component
class RetirementSource implements WorkItemSource {

    static final String KIND = "APPROACHING_RETIREMENT";

    private final JdbcClient jdbc;
    private final OrganizationQueries organization;
    private final AlertSettings settings;

    RetirementSource(JdbcClient jdbc, OrganizationQueries organization, AlertSettings settings) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.settings = settings;
    }

    private record Row(long personId, String name, String gender, LocalDate birthDate, long unitId, String title) {
    }

    @Override
    public List<WorkItem> workItems(LocalDate today, DataScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        ScopeParams reach = ScopeParams.of(scope, today, organization);
        return jdbc.sql("""
                with persons as (%s), holdings as (%s)
                select distinct on (h.person_id) h.person_id, p.name, p.gender, p.birth_date, h.unit_id, h.title
                from holdings h join persons p on p.person_id = h.person_id
                where h.level = any(:levels) and h.valid_from <= :today and (h.valid_to is null or h.valid_to > :today)
                  and p.status in ('ACTIVE', 'SECONDED')
                  and p.birth_date + make_interval(years => case when p.gender = 'F' then :women else :men end) <= :horizon
                  and %s
                order by h.person_id, h.kind desc, h.valid_from
                """.formatted("select * from " + RosterQuery.PERSON_FACTS_VIEW, "select * from " + OrganizationQueries.ASSIGNMENT_FACTS_VIEW,
                        ScopeParams.condition("h.unit_id", "h.person_id")))
                .param("levels", LevelRank.cadreLevels()).param("today", today)
                .param("women", settings.retirementAgeWomen()).param("men", settings.retirementAgeMen())
                .param("horizon", today.plusMonths(settings.retirementNoticeMonths()))
                .params(reach.params())
                .query(Row.class).list().stream()
                .map(r -> new WorkItem(KIND, r.personId(), r.name(), r.unitId(), r.title(),
                        Retirement.date(r.birthDate(), Gender.valueOf(r.gender().strip()), settings),
                        "/people/" + r.personId()))
                .toList();
    }
}
