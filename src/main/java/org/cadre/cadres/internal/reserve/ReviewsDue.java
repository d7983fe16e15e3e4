package org.cadre.cadres.internal.reserve;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.cadre.cadres.internal.WorkItem;
import org.cadre.cadres.internal.WorkItemSource;
import org.cadre.identity.DataScope;
import org.cadre.organization.OrganizationQueries;
import org.cadre.organization.PostHolders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reserve reviews (定期考察) falling due within 30 days, or overdue, for the work queue. */
@Component
class ReviewsDue implements WorkItemSource {

    static final String KIND = "RESERVE_REVIEW_DUE";
    static final int WITHIN_DAYS = 30;

    private final ReserveRepository repository;
    private final ReserveAccess access;
    private final OrganizationQueries organization;
    private final PostHolders postHolders;

    ReviewsDue(ReserveRepository repository, ReserveAccess access, OrganizationQueries organization,
               PostHolders postHolders) {
        this.repository = repository;
        this.access = access;
        this.organization = organization;
        this.postHolders = postHolders;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> workItems(LocalDate today, DataScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        List<ReserveEntry> due = repository.reviewsDue(today.plusDays(WITHIN_DAYS), access.reach(scope));
        Map<Long, String> units = organization.unitNames(due.stream().map(ReserveEntry::targetUnitId)
                .collect(Collectors.toSet()), today);
        Map<Long, String> posts = new HashMap<>();
        due.stream().map(ReserveEntry::targetPostId).filter(Objects::nonNull).distinct()
                .forEach(id -> postHolders.post(id, today).ifPresent(p -> posts.put(id, p.title())));
        // the subject in the user's data: the target unit, and the target post where one is named
        return due.stream().map(e -> new WorkItem(KIND, e.personId(), e.name(), e.unitId(),
                        e.targetPostId() != null && posts.containsKey(e.targetPostId())
                                ? units.get(e.targetUnitId()) + " · " + posts.get(e.targetPostId())
                                : units.get(e.targetUnitId()),
                        e.nextReviewDue(), "/cadres/reserve/" + e.id()))
                .toList();
    }
}
