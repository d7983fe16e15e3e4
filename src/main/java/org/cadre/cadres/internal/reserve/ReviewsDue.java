package org.cadre.cadres.internal.reserve;

import java.time.LocalDate;
import java.util.List;

import org.cadre.cadres.internal.WorkItem;
import org.cadre.cadres.internal.WorkItemSource;
import org.cadre.identity.DataScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reserve reviews (定期考察) falling due within 30 days, or overdue, for the work queue. */
@Component
class ReviewsDue implements WorkItemSource {

    static final String KIND = "RESERVE_REVIEW_DUE";
    static final int WITHIN_DAYS = 30;

    private final ReserveRepository repository;
    private final ReserveAccess access;

    ReviewsDue(ReserveRepository repository, ReserveAccess access) {
        this.repository = repository;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> workItems(LocalDate today, DataScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        return repository.reviewsDue(today.plusDays(WITHIN_DAYS), access.reach(scope)).stream()
                .map(e -> new WorkItem(KIND, e.personId(), e.name(), e.unitId(), e.targetLevel().name(),
                        e.nextReviewDue(), "/cadres/reserve/" + e.id()))
                .toList();
    }
}
