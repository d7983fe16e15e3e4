package org.cadre.people.internal;

import java.time.LocalDate;

import org.cadre.identity.AccessControl;
import org.cadre.identity.Permissions;
import org.cadre.people.PersonStatus;
import org.cadre.people.PersonStatuses;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link PersonStatuses} for other modules: people:manage and its scope, a reason required, through PersonChanges. */
@Service
class PersonStatusCommands implements PersonStatuses {

    private final PersonChanges changes;
    private final AccessControl access;

    PersonStatusCommands(PersonChanges changes, AccessControl access) {
        this.changes = changes;
        this.access = access;
    }

    @Override
    @Transactional
    public boolean change(long personId, PersonStatus status, LocalDate effective, String reason) {
        if (Text.blankToNull(reason) == null) {
            throw BusinessRuleException.onField("reason", "people.field.required");
        }
        return changes.changeStatus(personId, status, effective, reason, access.requireScope(Permissions.PEOPLE_MANAGE));
    }
}
