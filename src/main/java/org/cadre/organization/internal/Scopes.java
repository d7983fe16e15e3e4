package org.cadre.organization.internal;

import java.time.LocalDate;

import org.cadre.identity.AccessControl;
import org.cadre.identity.DataScope;
import org.cadre.organization.OrganizationQueries;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Whether the caller may change a unit (or its posts and assignments) with a permission: the permission's data
 * scope must reach the unit. The org chart itself is readable by everyone with org:read, so a unit outside the
 * scope is refused (403) rather than hidden.
 */
@Component
class Scopes {

    private final AccessControl access;
    private final OrganizationQueries organization;

    Scopes(AccessControl access, OrganizationQueries organization) {
        this.access = access;
        this.organization = organization;
    }

    /** Refuses unless the permission's scope reaches the unit as the tree stands on {@code day}. */
    void requireUnit(String permission, long unitId, LocalDate day) {
        DataScope scope = access.requireScope(permission);
        if (!organization.isWithin(unitId, scope, day)) {
            throw new AccessDeniedException(permission + " does not reach unit " + unitId);
        }
    }

    /** New root units can only be opened by someone whose scope is the whole company. */
    void requireWholeCompany(String permission) {
        if (!access.requireScope(permission).all()) {
            throw new AccessDeniedException(permission + " is not granted for the whole company");
        }
    }

    boolean wholeCompany(String permission) {
        return access.scopeFor(permission).all();
    }

    boolean allows(String permission, long unitId, LocalDate day) {
        DataScope scope = access.scopeFor(permission);
        return !scope.isEmpty() && organization.isWithin(unitId, scope, day);
    }
}
