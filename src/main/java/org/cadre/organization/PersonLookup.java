package org.cadre.organization;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Implemented by the people module: who a person is, without organization depending on people. */
public interface PersonLookup {

    Optional<PersonSummary> findById(long personId);

    Optional<PersonSummary> findByEmployeeNo(String employeeNo);

    Map<Long, PersonSummary> findByIds(Collection<Long> personIds);

    /** How many people (not retired or left) currently have one of these units as their home unit. */
    long countMembersOf(Collection<Long> unitIds);

    record PersonSummary(long id, String employeeNo, String name, long unitId) {
    }
}
