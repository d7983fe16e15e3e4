package org.cadre.people;

/** The columns the roster can be sorted by; {@link RosterQuery} maps each to its SQL, nothing else reaches SQL. */
public enum RosterSort {
    NAME, EMPLOYEE_NO, BIRTH_DATE, COMPANY_JOIN_DATE
}
