package org.cadre.cadres.internal.tenure;

import java.time.LocalDate;

/**
 * A term of office (任期): of a person on a post (POST, with the assignment it belongs to) or of a unit's leadership
 * team (TEAM); started, expected to end (3 years by default), and ended when it is over.
 */
record Term(long id, Kind kind, Long personId, String personName, String employeeNo, Long assignmentId, Long postId,
            String title, long unitId, LocalDate startDate, LocalDate expectedEnd, LocalDate actualEnd,
            String endReason, String source) {

    enum Kind {
        POST, TEAM
    }

    public boolean open() {
        return actualEnd == null;
    }

    /** Open and expected to end within {@code days} of today, or already overdue. */
    public boolean ending(LocalDate today, int days) {
        return open() && !expectedEnd.isAfter(today.plusDays(days));
    }
}
