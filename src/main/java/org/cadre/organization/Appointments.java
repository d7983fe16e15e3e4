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

    /**
     * 撤销任职: an open assignment recorded in error. The row stays, closed to an empty period (it covers no day, so
     * no as-of query sees it) with end reason ANNULLED and the reason; the histories show it as annulled. Refused
     * when it is not open. Same permission and scope rules as ending; audit-logged. The person's home unit is left
     * as it is (a reopened primary post, or a later appointment, moves it).
     */
    void annul(long assignmentId, String reason);

    /**
     * Undoes an assignment's end recorded in error: it is open again from its former end on, without the end's reason
     * and decision. Refused when the person has since got a conflicting assignment (the same post, or another primary
     * one), when the post would exceed its approved count (unless the assignment was appointed beyond it with a
     * reason), when the post is closed or its unit no longer open, or when it was annulled or never ended. Same
     * permission and scope rules as ending; audit-logged with before and after; publishes
     * {@link PrimaryAssignmentChanged} for a primary assignment.
     */
    void reopen(long assignmentId, String reason);
}
