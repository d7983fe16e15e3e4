package org.cadre.cadres.internal.file;

import java.time.Clock;
import java.time.LocalDate;

import org.cadre.identity.AccessControl;
import org.cadre.identity.DataScope;
import org.cadre.identity.Permissions;
import org.cadre.organization.OrganizationQueries;
import org.cadre.people.PersonParticulars;
import org.cadre.people.PersonParticulars.Particulars;
import org.cadre.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Whose file a user may reach: a person whose unit (today) lies within the scope of the permission, or the user
 * themself where the scope is their own record (except to manage it). Someone outside is "not found" (we do not say which).
 */
@Component
class FileAccess {

    private final AccessControl access;
    private final OrganizationQueries organization;
    private final PersonParticulars people;
    private final Clock clock;

    FileAccess(AccessControl access, OrganizationQueries organization, PersonParticulars people, Clock clock) {
        this.access = access;
        this.organization = organization;
        this.people = people;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The person, when the scope of cadre:read or of cadre:manage reaches them. */
    Particulars requireReadable(long personId) {
        Particulars person = people.find(personId).orElseThrow(() -> new NotFoundException("person", personId));
        if (reaches(Permissions.CADRE_READ, person) || reaches(Permissions.CADRE_MANAGE, person)) {
            return person;
        }
        access.requireScope(Permissions.CADRE_READ);
        throw new NotFoundException("person", personId);
    }

    /** The person, when the scope of the permission reaches them; refused without the permission at all. */
    Particulars require(String permission, long personId) {
        access.requireScope(permission);
        Particulars person = people.find(personId).orElseThrow(() -> new NotFoundException("person", personId));
        if (!reaches(permission, person)) {
            throw new NotFoundException("person", personId);
        }
        return person;
    }

    boolean reaches(String permission, Particulars person) {
        DataScope scope = access.scopeFor(permission);
        if (scope.isEmpty()) {
            return false;
        }
        // managing oneself is not managing: a "self" scope lets a person read their file, never change it
        boolean self = scope.selfPersonId() != null && scope.selfPersonId() == person.id()
                && !Permissions.CADRE_MANAGE.equals(permission);
        return self || organization.isWithin(person.unitId(), scope, today());
    }

    boolean can(String permission, long personId) {
        return people.find(personId).map(p -> reaches(permission, p)).orElse(false);
    }

    /** The scope the list of files uses: cadre:read's, else cadre:manage's. */
    DataScope listScope() {
        DataScope read = access.scopeFor(Permissions.CADRE_READ);
        DataScope manage = access.scopeFor(Permissions.CADRE_MANAGE);
        if (manage.all() || read.isEmpty()) {
            return manage.isEmpty() ? access.requireScope(Permissions.CADRE_READ) : manage;
        }
        return read;
    }
}
