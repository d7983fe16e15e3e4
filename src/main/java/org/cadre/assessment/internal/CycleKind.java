package org.cadre.assessment.internal;

/** What a cycle assesses: the year (年度考核), a finished term (任期考核), or a probation (试用期考核). */
public enum CycleKind {
    ANNUAL, TERM_END, PROBATION
}
