package org.cadre.cadres.internal.alerts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cadre.identity.AccessControl;
import org.cadre.identity.DataScope;
import org.cadre.identity.Permissions;
import org.cadre.identity.UnitDirectory;
import org.cadre.identity.UnitDirectory.UnitOption;
import org.cadre.organization.OrganizationQueries;
import org.cadre.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** What the signed-in user reaches with cadre:read or cadre:manage (the union of both), and the units to pick from. */
@Component
class AlertAccess {

    static final int MAX_UNITS = 500;

    private final AccessControl access;
    private final OrganizationQueries organization;
    private final ObjectProvider<UnitDirectory> directory;
    private final Clock clock;

    AlertAccess(AccessControl access, OrganizationQueries organization, ObjectProvider<UnitDirectory> directory,
                Clock clock) {
        this.access = access;
        this.organization = organization;
        this.directory = directory;
        this.clock = clock;
    }

    /** The union of the scopes of cadre:read and cadre:manage; refused when neither is held. */
    DataScope readScope() {
        DataScope read = access.scopeFor(Permissions.CADRE_READ);
        DataScope manage = access.scopeFor(Permissions.CADRE_MANAGE);
        DataScope union = union(read, manage);
        if (union.isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("missing cadre:read");
        }
        return union;
    }

    static DataScope union(DataScope a, DataScope b) {
        if (a.all() || b.all()) {
            return DataScope.everything();
        }
        Set<Long> units = new HashSet<>(a.unitIds());
        units.addAll(b.unitIds());
        return new DataScope(false, units, a.selfPersonId() != null ? a.selfPersonId() : b.selfPersonId());
    }

    /** The scope narrowed to one unit's subtree, which must lie within it ("not found" otherwise). */
    DataScope narrowed(DataScope scope, Long unitId, LocalDate asOf) {
        if (unitId == null) {
            return scope;
        }
        if (!organization.isWithin(unitId, scope, asOf) || organization.findUnit(unitId, asOf).isEmpty()) {
            throw new NotFoundException("unit", unitId);
        }
        return DataScope.units(Set.of(unitId));
    }

    List<UnitOption> units(DataScope scope, LocalDate asOf) {
        if (scope.all()) {
            UnitDirectory units = directory.getIfAvailable();
            return units == null ? List.of() : units.search("", MAX_UNITS);
        }
        Map<Long, String> names = organization.unitNames(organization.unitIdsWithin(scope, asOf), asOf);
        return names.entrySet().stream().map(e -> new UnitOption(e.getKey(), null, e.getValue()))
                .sorted(Comparator.comparing(UnitOption::name)).limit(MAX_UNITS).toList();
    }

    boolean can(String permission) {
        return !access.scopeFor(permission).isEmpty();
    }

    /** Whether the permission is held for the whole company (e.g. to send every manager's notifications now). */
    boolean canCompanyWide(String permission) {
        return access.scopeFor(permission).all();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
