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
        return people.find(personId).filter(p -> reaches(scope, p.id(), p.unitId()))
                .orElseThrow(() -> new NotFoundException("person", personId));
    }

    /** Whether the current user's scope for the permission reaches this person (by their current unit). */
    boolean reaches(String permission, Person person) {
        DataScope scope = access.scopeFor(permission);
        return !scope.isEmpty() && reaches(scope, person.id(), person.unitId());
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
