package org.cadre.organization;

/** A unit as it was on some date. */
public record UnitRef(long id, String code, String name, UnitKind kind, Long parentId) {
}
