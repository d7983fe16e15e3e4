package org.cadre.cadres.internal.reserve;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import org.cadre.identity.AccessControl;
import org.cadre.identity.CurrentUser;
import org.cadre.identity.DataScope;
import org.cadre.identity.Permissions;
import org.cadre.organization.OrganizationQueries;
import org.cadre.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who reaches which entries: readers (cadre:read) and keepers (cadre:manage) reach the entries of the people of the
 * units in their scope, as those units stood when the person was nominated. An entry out of reach is "not found".
 */
@Component
class ReserveAccess {

    private final AccessControl access;
    private final OrganizationQueries organization;
    private final Clock clock;

    ReserveAccess(AccessControl access, OrganizationQueries organization, Clock clock) {
        this.access = access;
        this.organization = organization;
        this.clock = clock;
    }

    /** The union of the read and manage scopes; refused when neither is held. */
    DataScope readScope() {
        DataScope read = access.scopeFor(Permissions.CADRE_READ);
        DataScope manage = access.scopeFor(Permissions.CADRE_MANAGE);
        if (read.all() || manage.all()) {
            return DataScope.everything();
        }
        Set<Long> units = new HashSet<>(read.unitIds());
        units.addAll(manage.unitIds());
        DataScope scope = new DataScope(false, units,
                read.selfPersonId() != null ? read.selfPersonId() : manage.selfPersonId());
        if (scope.isEmpty()) {
            throw new AccessDeniedException("missing " + Permissions.CADRE_READ);
        }
        return scope;
    }

    ReserveRepository.Reach reach(DataScope scope) {
        return scope.all() ? ReserveRepository.Reach.everything()
                : new ReserveRepository.Reach(false, organization.unitIdsWithin(scope, today()), scope.selfPersonId());
    }

    ReserveRepository.Reach readReach() {
        return reach(readScope());
    }

    DataScope manageScope() {
        return access.requireScope(Permissions.CADRE_MANAGE);
    }

    boolean canManage() {
        return !access.scopeFor(Permissions.CADRE_MANAGE).isEmpty();
    }

    /** Whether the user may change this entry: what its page offers (the commands check again). */
    boolean canManage(ReserveEntry entry) {
        DataScope scope = access.scopeFor(Permissions.CADRE_MANAGE);
        return !scope.isEmpty() && manages(scope, entry.unitId());
    }

    /** Whether a read scope reaches the person: their unit, or the person themselves (a "self" scope). */
    boolean reaches(DataScope scope, long personId, long unitId) {
        return scope.all() || Objects.equals(scope.selfPersonId(), personId)
                || organization.isWithin(unitId, scope, today());
    }

    /**
     * Whether a manage scope reaches a unit. Managing oneself is not managing: a "self" scope of cadre:manage never
     * lets a person nominate themselves or record their own reviews.
     */
    boolean manages(DataScope scope, long unitId) {
        return scope.all() || organization.isWithin(unitId, scope, today());
    }

    ReserveEntry requireReadable(ReserveEntry entry) {
        if (!reaches(readScope(), entry.personId(), entry.unitId())) {
            throw new NotFoundException("reserve entry", entry.id());
        }
        return entry;
    }

    ReserveEntry requireManageable(ReserveEntry entry) {
        if (!manages(manageScope(), entry.unitId())) {
            throw new NotFoundException("reserve entry", entry.id());
        }
        return entry;
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
