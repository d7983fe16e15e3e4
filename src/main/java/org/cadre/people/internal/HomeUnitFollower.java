package org.cadre.people.internal;

import org.cadre.organization.PrimaryAssignmentChanged;
import org.cadre.organization.UnitMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps people's home units in step with the organization, inside the transaction of the organization's change:
 * a new primary post in another unit moves the person there; a merged unit's members move to the unit it became.
 */
@Component
class HomeUnitFollower {

    private final PersonChanges changes;
    private final Memberships memberships;

    HomeUnitFollower(PersonChanges changes, Memberships memberships) {
        this.changes = changes;
        this.memberships = memberships;
    }

    @EventListener
    void on(PrimaryAssignmentChanged event) {
        changes.moveHomeUnit(event.personId(), event.unitId(), event.effectiveDate(), false);
    }

    @EventListener
    void on(UnitMerged event) {
        for (long personId : memberships.currentMembers(event.unitId())) {
            changes.moveHomeUnit(personId, event.intoUnitId(), event.effectiveDate(), false);
        }
    }
}
