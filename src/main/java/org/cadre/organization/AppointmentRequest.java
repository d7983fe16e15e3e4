package org.cadre.organization;

import java.time.LocalDate;

/**
 * 任职: appoint a person to a post from {@code effectiveDate}, with the document that decided it.
 *
 * @param primary           the person's main post (at most one at a time), or a concurrent post (兼职)
 * @param overCountReason   needed when the post is already filled up to its approved count (超职数任职)
 */
public record AppointmentRequest(long personId, long postId, boolean primary, LocalDate effectiveDate,
                                 String decisionBody, LocalDate decisionDate, String documentNo,
                                 String overCountReason) {
}
