package org.cadre.cadres.internal.reserve;

import java.time.LocalDate;

import org.cadre.organization.PostLevel;

/**
 * A person in the reserve pool (后备干部) for a target level and, optionally, a target post. Name, employee number and
 * unit are those of the nomination day; the target unit is the target post's unit, else the person's.
 */
public record ReserveEntry(long id, long personId, String employeeNo, String name, long unitId, PostLevel targetLevel,
                           Long targetPostId, long targetUnitId, NominationSource source, String reason,
                           Readiness readiness, LocalDate nominatedOn, ReserveState state, LocalDate nextReviewDue,
                           String withdrawnReason, int version) {

    /** Due within {@code days} of today or already overdue, while the entry is active. */
    public boolean reviewDue(LocalDate today, int days) {
        return state.active() && !nextReviewDue.isAfter(today.plusDays(days));
    }

    public boolean reviewOverdue(LocalDate today) {
        return state.active() && nextReviewDue.isBefore(today);
    }
}
