package org.cadre.organization;

/**
 * A post as other modules see it: where it is (with its unit's name on the day asked), its level, how many may hold
 * it, and whether it is still in use.
 */
public record PostRef(long id, long unitId, String unitName, String title, PostLevel level, int approvedCount,
                      boolean active) {
}
