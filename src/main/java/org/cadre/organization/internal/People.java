package org.cadre.organization.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.cadre.organization.PersonLookup;
import org.cadre.organization.PersonLookup.PersonSummary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The people the organization names, through the {@link PersonLookup} that the people module provides. Without
 * that module nobody is known: no names, no members.
 */
@Component
class People {

    private final ObjectProvider<PersonLookup> lookup;

    People(ObjectProvider<PersonLookup> lookup) {
        this.lookup = lookup;
    }

    boolean known() {
        return lookup.getIfAvailable() != null;
    }

    Optional<PersonSummary> byId(long personId) {
        PersonLookup people = lookup.getIfAvailable();
        return people == null ? Optional.empty() : people.findById(personId);
    }

    Optional<PersonSummary> byEmployeeNo(String employeeNo) {
        PersonLookup people = lookup.getIfAvailable();
        return people == null || employeeNo == null ? Optional.empty() : people.findByEmployeeNo(employeeNo.strip());
    }

    Map<Long, PersonSummary> byIds(Collection<Long> personIds) {
        PersonLookup people = lookup.getIfAvailable();
        return people == null || personIds.isEmpty() ? Map.of() : people.findByIds(personIds);
    }

    long membersOf(Collection<Long> unitIds) {
        PersonLookup people = lookup.getIfAvailable();
        return people == null ? 0 : people.countMembersOf(unitIds);
    }
}
