package org.cadre.organization;

import java.time.LocalDate;

/**
 * One line of a person's assignment history (任职经历), open, ended or annulled (recorded in error: end reason ANNULLED,
 * an empty period, with {@code annulReason}; a résumé leaves it out).
 */
public record AssignmentRecord(long id, long personId, long postId, String postTitle, PostLevel level, long unitId,
                               String unitName, String kind, LocalDate validFrom, LocalDate validTo,
                               String decisionBody, LocalDate decisionDate, String documentNo, String endReason,
                               String endDocumentNo, String overCountReason, String annulReason) {

    public boolean annulled() {
        return "ANNULLED".equals(endReason);
    }
}
