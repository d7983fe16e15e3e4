package org.cadre.people;

import java.time.LocalDate;

/**
 * A person's status on the roster changed from {@code effectiveDate} on (e.g. ACTIVE → RETIRED). Published inside
 * the transaction of the change, whoever made it (roster page, API, import, or {@link PersonStatuses}).
 */
public record PersonStatusChanged(long personId, PersonStatus from, PersonStatus to, LocalDate effectiveDate) {
}
