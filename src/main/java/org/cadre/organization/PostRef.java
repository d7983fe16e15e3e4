package org.cadre.organization;

/** A post with the name its unit has on some date, as forms of other modules offer it. */
public record PostRef(long id, String title, PostLevel level, long unitId, String unitName) {
}
