package org.cadre.people;

import java.time.LocalDate;

/**
 * Changing a person's status on the roster (退休、离职、借调…) from a date, with a reason: the command other modules
 * call when their own decision changes it (e.g. a cadre's retirement or resignation recorded as a deployment event).
 * Needs people:manage with a scope reaching the person (a person beyond it is refused as unknown), runs in the
 * caller's transaction, keeps the change in the person's status history, writes the audit log and publishes
 * {@link PersonStatusChanged}.
 */
public interface PersonStatuses {

    /**
     * @param effective the first day with the new status
     * @param reason    why, kept in the history (required, at most 500 characters)
     * @return whether the status changed (false when the person already has it: nothing is written)
     */
    boolean change(long personId, PersonStatus status, LocalDate effective, String reason);
}
