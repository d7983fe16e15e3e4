package org.cadre.cadres.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * When the incumbents' terms of office (任期) are expected to end, by assignment id. Implemented by the tenure part,
 * which records terms; readers (the succession view, alerts) fall back to {@link #DEFAULT_TERM_YEARS} after the
 * assignment began where no term is recorded.
 */
public interface TermEnds {

    int DEFAULT_TERM_YEARS = 3;

    /** Expected term ends of these assignments, for those that have a recorded term. */
    Map<Long, LocalDate> expectedEnds(Collection<Long> assignmentIds);
}
