package org.cadre.organization;

/** A post as other modules see it: where it is, its level and how many may hold it. */
public record PostRef(long id, long unitId, String title, PostLevel level, int approvedCount, boolean active) {
}
