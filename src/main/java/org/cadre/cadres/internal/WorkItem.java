package org.cadre.cadres.internal;

import java.time.LocalDate;

/**
 * One thing in the cadre work queue (待办预警): a probation ending, a term ending, a review due, a public notice
 * closing… Each part of the module reports its own through a {@link WorkItemSource}.
 *
 * @param kind       what is due, e.g. {@code PROBATION_ENDING}; its label is the message {@code cadres.work.kind.<kind>}
 * @param personId   the person it is about, or null (e.g. a public notice about several people)
 * @param personName that person's name, or null
 * @param unitId     the unit it belongs to, for the data scope
 * @param subject    what it is about in the user's data (a post title, a selection's name), shown as is
 * @param dueDate    when it falls due (may lie in the past: overdue)
 * @param url        where to deal with it, relative to the application
 */
public record WorkItem(String kind, Long personId, String personName, long unitId, String subject, LocalDate dueDate,
                       String url) {
}
