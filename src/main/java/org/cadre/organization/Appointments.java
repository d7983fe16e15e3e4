package org.cadre.organization;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Appointing people to posts; the organization's command API that other modules (people import, later the cadre
 * selection workflow) call. Checks the approved count, overlaps and the caller's permission and data scope (which
 * must reach the post's unit and, unless it is the whole company, the unit the person belongs to today; a person
 * beyond it is refused as unknown), writes the audit log and publishes {@link PrimaryAssignmentChanged}.
 */
public interface Appointments {

    /** @return the new assignment's id */
    long appoint(AppointmentRequest request);

    /** The post of a unit with this title (active), for imports that name posts by unit code and title. */
    Optional<Long> findPostId(long unitId, String title);

    /**
     * 免职、辞职、退休、任期届满: ends an open assignment on {@code endDate} (the first day without it); the row keeps
     * what it had and gains its end. Same permission and scope rules as appointing.
     *
     * @param reason one of REMOVED, RESIGNED, RETIRED, TRANSFERRED, TERM_ENDED
     */
    void end(long assignmentId, LocalDate endDate, String reason, String decisionBody, String documentNo);

    /**
     * 调任: ends the person's open primary assignment on {@code request.effectiveDate()} and appoints them to the
     * request's post as primary from that day: both or neither.
     *
     * @return the new assignment's id
     */
    long transfer(AppointmentRequest request);
}
