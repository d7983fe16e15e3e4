package org.cadre.cadres.internal.selection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cadre.identity.AccessControl;
import org.cadre.identity.CurrentUser;
import org.cadre.identity.DataScope;
import org.cadre.identity.Permissions;
import org.cadre.organization.OrganizationQueries;
import org.cadre.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may reach which selection: a selection belongs to the unit of its post; readers (cadre:read, selection:manage)
 * reach those of the units in their scope, officers (selection:manage) change those. A selection beyond reach is
 * "not found" (we do not say which).
 */
@Component
class SelectionAccess {

    private final AccessControl access;
    private final OrganizationQueries organization;
    private final Clock clock;

    SelectionAccess(AccessControl access, OrganizationQueries organization, Clock clock) {
        this.access = access;
        this.organization = organization;
        this.clock = clock;
    }

    /** What a reader reaches: the union of the scopes of cadre:read and selection:manage. */
    SelectionRepository.Reach readReach() {
        return reach(List.of(Permissions.CADRE_READ, Permissions.SELECTION_MANAGE));
    }

    SelectionRepository.Reach manageReach() {
        return reach(List.of(Permissions.SELECTION_MANAGE));
    }

    private SelectionRepository.Reach reach(List<String> permissions) {
        Set<Long> units = new HashSet<>();
        for (String permission : permissions) {
            DataScope scope = access.scopeFor(permission);
            if (scope.all()) {
                return SelectionRepository.Reach.everything();
            }
            units.addAll(organization.unitIdsWithin(scope, today()));
        }
        return new SelectionRepository.Reach(false, units);
    }

    Selection readable(Selection selection) {
        if (!readReach().reaches(selection.unitId())) {
            throw new NotFoundException("selection", selection.id());
        }
        return selection;
    }

    Selection manageable(Selection selection) {
        requireUnit(selection.unitId(), selection.id());
        return selection;
    }

    void requireUnit(long unitId, Object id) {
        if (!manageReach().reaches(unitId)) {
            throw new NotFoundException("selection", id);
        }
    }

    boolean canManage(Selection selection) {
        return manageReach().reaches(selection.unitId());
    }

    boolean reachesPerson(long unitId) {
        return manageReach().reaches(unitId);
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
