package org.cadre.cadres.internal.selection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cadre.cadres.internal.WorkItem;
import org.cadre.cadres.internal.WorkItemSource;
import org.cadre.identity.DataScope;
import org.cadre.organization.OrganizationQueries;
import org.cadre.people.PersonNames;
import org.cadre.shared.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * The selection part's deadlines in the work queue: probations ending within 30 days or overdue
 * ({@code PROBATION_ENDING}, about the person), public notices ending within 3 working days or overdue
 * ({@code NOTICE_CLOSING}, about the selection).
 */
@Component
class SelectionWorkItems implements WorkItemSource {

    static final int PROBATION_DAYS_AHEAD = 30;
    static final int NOTICE_WORKING_DAYS_AHEAD = 3;

    private final SelectionRepository repository;
    private final OrganizationQueries organization;
    private final PersonNames people;
    private final WorkingDays workingDays;

    SelectionWorkItems(SelectionRepository repository, OrganizationQueries organization, PersonNames people,
                       WorkingDays workingDays) {
        this.repository = repository;
        this.organization = organization;
        this.people = people;
        this.workingDays = workingDays;
    }

    @Override
    public List<WorkItem> workItems(LocalDate today, DataScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        SelectionRepository.Reach reach = scope.all() ? SelectionRepository.Reach.everything()
                : new SelectionRepository.Reach(false, organization.unitIdsWithin(scope, today));
        List<WorkItem> items = new ArrayList<>();
        List<Map.Entry<Selection, Candidate>> probations =
                repository.probationsEndingBy(today.plusDays(PROBATION_DAYS_AHEAD), reach);
        Map<Long, PersonNames.Named> names = people.byIds(probations.stream().map(e -> e.getValue().personId())
                .toList());
        for (Map.Entry<Selection, Candidate> e : probations) {
            Selection s = e.getKey();
            Candidate c = e.getValue();
            items.add(new WorkItem("PROBATION_ENDING", c.personId(), names.get(c.personId()).name(), s.unitId(),
                    s.title(), c.probationEnd(), "/cadres/selections/" + s.id()));
        }
        for (Selection s : repository.noticesEndingBy(workingDays.plusWorkingDays(today, NOTICE_WORKING_DAYS_AHEAD),
                reach)) {
            items.add(new WorkItem("NOTICE_CLOSING", null, null, s.unitId(), s.title(), s.noticeEnd(),
                    "/cadres/selections/" + s.id()));
        }
        return items;
    }
}
