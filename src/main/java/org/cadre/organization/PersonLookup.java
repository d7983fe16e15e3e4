package org.cadre.organization;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Implemented by the people module: who a person is, without organization depending on people. */
public interface PersonLookup {

    /** A person; {@link PersonSummary#unitId()} is the unit they belong to today (a move dated later not yet). */
    Optional<PersonSummary> findById(long personId);

    Optional<PersonSummary> findByEmployeeNo(String employeeNo);

    Map<Long, PersonSummary> findByIds(Collection<Long> personIds);

    /**
     * How many people (not retired or left) have one of these units as their home unit today, as the roster for
     * today shows them, or will have from a move already decided.
     */
    long countMembersOf(Collection<Long> unitIds);

    record PersonSummary(long id, String employeeNo, String name, long unitId) {
    }
}
