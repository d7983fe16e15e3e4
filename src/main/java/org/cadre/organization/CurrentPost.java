package org.cadre.organization;

import java.time.LocalDate;

/** A post a person holds on a date. */
public record CurrentPost(long assignmentId, long personId, long postId, String postTitle, PostLevel level,
                          long unitId, String unitName, boolean primary, LocalDate since) {
}
