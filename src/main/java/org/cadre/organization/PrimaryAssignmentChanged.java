package org.cadre.organization;

import java.time.LocalDate;

/**
 * A person's primary post now lies in another unit from {@code effectiveDate} on; the people module moves the
 * person's home unit along. Published inside the transaction of the change.
 */
public record PrimaryAssignmentChanged(long personId, long unitId, LocalDate effectiveDate) {
}
