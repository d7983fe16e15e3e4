package org.cadre.organization;

import java.time.LocalDate;

/** A unit was merged into another from {@code effectiveDate} on; its members belong to the other unit from then. */
public record UnitMerged(long unitId, long intoUnitId, LocalDate effectiveDate) {
}
