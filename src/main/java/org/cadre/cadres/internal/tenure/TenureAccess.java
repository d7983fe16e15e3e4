package org.cadre.cadres.internal.tenure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

import org.cadre.identity.AccessControl;
import org.cadre.identity.CurrentUser;
import org.cadre.identity.DataScope;
import org.cadre.identity.Permissions;
import org.cadre.organization.OrganizationQueries;
import org.cadre.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who reaches which terms, contracts and events: those of units within the permission's data scope (or the user's
 * own). A record beyond it is "not found": we do not say which.
 */
@Component
class TenureAccess {

    /** A scope ready to bind: everything, these units (subtrees expanded), or oneself. */
    record Reach(boolean all, Long[] units, Long self) {

        static final String SQL = "(:all or %1$s.unit_id = any(:units) or %1$s.person_id = cast(:self as bigint))";

        /** The filter for a table alias. */
        static String on(String alias) {
            return SQL.formatted(alias);
        }

        boolean reaches(long unitId, Long personId) {
            return all || java.util.Arrays.asList(units).contains(unitId) || (self != null && Objects.equals(self, personId));
        }
    }

    private final AccessControl access;
    private final OrganizationQueries organization;
    private final Clock clock;

    TenureAccess(AccessControl access, OrganizationQueries organization, Clock clock) {
        this.access = access;
        this.organization = organization;
        this.clock = clock;
    }

    /** What a reader reaches: cadre:read, or cadre:manage, whichever reaches further (the union). */
    Reach readReach() {
        DataScope read = access.scopeFor(Permissions.CADRE_READ);
        DataScope manage = access.scopeFor(Permissions.CADRE_MANAGE);
        if (read.isEmpty() && manage.isEmpty()) {
            access.requireScope(Permissions.CADRE_READ);
        }
        if (read.all() || manage.all()) {
            return new Reach(true, new Long[0], null);
        }
        java.util.Set<Long> roots = new java.util.HashSet<>(read.unitIds());
        roots.addAll(manage.unitIds());
        Long self = read.selfPersonId() != null ? read.selfPersonId() : manage.selfPersonId();
        return new Reach(false, organization.subtreeUnitIds(roots, today()).toArray(Long[]::new), self);
    }

    Reach manageReach() {
        DataScope scope = access.requireScope(Permissions.CADRE_MANAGE);
        if (scope.all()) {
            return new Reach(true, new Long[0], null);
        }
        // managing oneself is not managing: only units count
        return new Reach(false, organization.unitIdsWithin(scope, today()).toArray(Long[]::new), null);
    }

    /** Refuses, as not found, a record of a unit the manage scope does not reach. */
    void requireManaged(String what, long id, long unitId) {
        if (!manageReach().reaches(unitId, null)) {
            throw new NotFoundException(what, id);
        }
    }

    void requireRead(String what, long id, long unitId, Long personId) {
        if (!readReach().reaches(unitId, personId)) {
            throw new NotFoundException(what, id);
        }
    }

    boolean canManage() {
        return !access.scopeFor(Permissions.CADRE_MANAGE).isEmpty();
    }

    /** Whether the user may change a record of this unit: what a page offers (the commands check again). */
    boolean canManage(long unitId) {
        return canManage() && manageReach().reaches(unitId, null);
    }

    /**
     * Whether the user may undo an event's change: of assignments (assignment:manage) and, for an exit, of the roster
     * status (people:manage). What the page offers; the organization and people modules check scope again.
     */
    boolean mayUndo(boolean exit) {
        return !access.scopeFor(Permissions.ASSIGNMENT_MANAGE).isEmpty()
                && (!exit || !access.scopeFor(Permissions.PEOPLE_MANAGE).isEmpty());
    }

    String actor() {
        return access.currentUser().map(CurrentUser::getUsername).orElse("system");
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
