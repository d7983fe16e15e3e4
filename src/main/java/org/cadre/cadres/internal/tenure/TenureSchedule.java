package org.cadre.cadres.internal.tenure;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.cadre.cadres.internal.TermEnds;
import org.cadre.cadres.internal.WorkItem;
import org.cadre.cadres.internal.WorkItemSource;
import org.cadre.identity.DataScope;
import org.cadre.organization.OrganizationQueries;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The terms' expected ends for the other parts ({@link TermEnds}), and the terms ending soon for the work queue. */
@Component
@Transactional(readOnly = true)
class TenureSchedule implements TermEnds, WorkItemSource {

    /** Terms ending within this many days, or overdue, are in the work queue. */
    static final int LOOK_AHEAD_DAYS = 90;
    static final String TERM_ENDING = "TERM_ENDING";

    private final TermRepository terms;
    private final OrganizationQueries organization;

    TenureSchedule(TermRepository terms, OrganizationQueries organization) {
        this.terms = terms;
        this.organization = organization;
    }

    @Override
    public Map<Long, LocalDate> expectedEnds(Collection<Long> assignmentIds) {
        return terms.expectedEnds(assignmentIds);
    }

    @Override
    public List<WorkItem> workItems(LocalDate today, DataScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        TenureAccess.Reach reach = scope.all() ? new TenureAccess.Reach(true, new Long[0], null)
                : new TenureAccess.Reach(false, organization.unitIdsWithin(scope, today).toArray(Long[]::new),
                scope.selfPersonId());
        return terms.endingBy(today.plusDays(LOOK_AHEAD_DAYS), reach).stream()
                .map(t -> new WorkItem(TERM_ENDING, t.personId(), t.personName(), t.unitId(), t.title(),
                        t.expectedEnd(), "/cadres/terms/" + t.id()))
                .toList();
    }
}
