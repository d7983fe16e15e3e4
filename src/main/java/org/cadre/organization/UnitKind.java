package org.cadre.organization;

/** The kind of an org unit, from the group at the root down to a team. */
public enum UnitKind {
    GROUP, COMPANY, BASE, OPERATING_UNIT, SUBSIDIARY, DEPARTMENT, WORKSHOP, TEAM
}
