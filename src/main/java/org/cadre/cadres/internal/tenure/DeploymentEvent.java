package org.cadre.cadres.internal.tenure;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A deployment event as recorded; revoked ones stay, with who revoked them, why, and whether revoking also undid
 * what the event did ({@code revokeUndone}) or only marked it.
 */
record DeploymentEvent(long id, DeploymentKind kind, long personId, String personName, String employeeNo, long unitId,
                       LocalDate effectiveDate, Long fromAssignmentId, Long fromPostId, Long toPostId,
                       Long toAssignmentId, String reason, String documentNo, LocalDate documentDate,
                       String issuingBody, Long selectionId, OffsetDateTime revokedAt, String revokedBy,
                       String revokeReason, boolean revokeUndone, OffsetDateTime createdAt, String createdBy) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
