package org.cadre.organization;

import java.time.LocalDate;

/** One line of a person's assignment history (任职经历), open or ended. */
public record AssignmentRecord(long id, long personId, long postId, String postTitle, PostLevel level, long unitId,
                               String unitName, String kind, LocalDate validFrom, LocalDate validTo,
                               String decisionBody, LocalDate decisionDate, String documentNo, String endReason,
                               String endDocumentNo, String overCountReason) {
}
