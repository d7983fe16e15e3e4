package org.cadre.cadres.internal.reserve;

import java.time.LocalDate;

/** A periodic review (定期考察) of a reserve cadre: who, the conclusion, readiness before and after, the next one. */
public record Review(long id, long entryId, LocalDate reviewedOn, String reviewer, String conclusion,
                     Readiness readinessBefore, Readiness readinessAfter, LocalDate nextReviewDue, String recordedBy) {
}
