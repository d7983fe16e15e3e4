package org.cadre.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import org.cadre.identity.AccessControl;
import org.cadre.identity.CurrentUser;
import org.cadre.identity.DataScope;
import org.cadre.identity.Permissions;
import org.cadre.organization.OrganizationQueries;
import org.cadre.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * A person as the current user may reach them with a permission: refused when the user lacks the permission,
 * "not found" when the person lies outside the permission's data scope (we do not say which).
 */
@Component
class PersonAccess {

    private final AccessControl access;
    private final PersonRepository people;
    private final OrganizationQueries organization;
    private final Clock clock;

    PersonAccess(AccessControl access, PersonRepository people, OrganizationQueries organization, Clock clock) {
        this.access = access;
        this.people = people;
        this.organization = organization;
        this.clock = clock;
    }

    Person require(long personId, String permission) {
        DataScope scope = access.requireScope(permission);
        return people.find(personId).filter(p -> reaches(permission, scope, p))
                .orElseThrow(() -> new NotFoundException("person", personId));
    }

    /**
     * The record a people:manage holder has just written, to answer the write with: read without the people:read
     * check, which the writer may lack, or which a move may have just taken the person out of.
     */
    Person written(long personId) {
        return people.find(personId).orElseThrow(() -> new NotFoundException("person", personId));
    }

    /**
     * Whether the current user's scope for the permission reaches this person (by their current unit). A "self"
     * scope reaches one's own record to read it, never to change or import it: managing oneself is not managing.
     */
    boolean reaches(String permission, Person person) {
        DataScope scope = access.scopeFor(permission);
        return !scope.isEmpty() && reaches(permission, scope, person);
    }

    private boolean reaches(String permission, DataScope scope, Person person) {
        return WRITES.contains(permission) ? manages(scope, person.unitId())
                : reaches(scope, person.id(), person.unitId());
    }

    private static final java.util.Set<String> WRITES = java.util.Set.of(Permissions.PEOPLE_MANAGE,
            Permissions.PEOPLE_IMPORT);

    /** Whether a write scope (people:manage, people:import) reaches a person in this unit; "self" does not count. */
    boolean manages(DataScope scope, long unitId) {
        return scope.all() || organization.isWithin(unitId, scope, today());
    }

    /**
     * A national ID being registered already belongs to someone: named by employee number only to whom may read
     * that person, as otherwise anyone could learn who, beyond their scope, holds a number.
     */
    Violation nationalIdTaken(PersonRepository.Holder holder) {
        DataScope scope = access.scopeFor(Permissions.PEOPLE_READ);
        return !scope.isEmpty() && reaches(scope, holder.id(), holder.unitId())
                ? new Violation("nationalId", "people.nationalId.taken", holder.employeeNo())
                : new Violation("nationalId", "people.nationalId.registered");
    }

    boolean reaches(DataScope scope, long personId, long unitId) {
        return scope.all() || Objects.equals(scope.selfPersonId(), personId)
                || organization.isWithin(unitId, scope, today());
    }

    /** Whether a scope reaches a unit: where a person may be created or moved to. */
    boolean reachesUnit(DataScope scope, long unitId) {
        return organization.isWithin(unitId, scope, today());
    }

    /** Who is making a change, as histories record it: the username, or {@code system} without a signed-in user. */
    String actor() {
        return access.currentUser().map(CurrentUser::getUsername).orElse("system");
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
