package org.cadre.cadres.internal.reserve;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One change of an entry, kept: its nomination, a move of state or readiness, a plan item, a review. */
public record HistoryLine(long id, OffsetDateTime occurredAt, LocalDate day, String kind, ReserveState stateFrom,
                          ReserveState stateTo, Readiness readinessFrom, Readiness readinessTo, String note,
                          Long selectionId, String actor) {
}
