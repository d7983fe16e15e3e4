package org.cadre.cadres.internal.selection;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * A selection record (选拔任用纪实) for one vacancy: its post, how many posts, the method, the step it has reached,
 * and what each step recorded (inspection, committee decision, public notice, appointment). The steps themselves,
 * with their documents and dates, are {@link Step}s.
 */
record Selection(long id, String title, long postId, long unitId, int postsCount, SelectionMethod method,
                 SelectionState state, Long ballotId, String inspectionTeam, Integer interviewed,
                 Set<InspectionCheck> checks, String inspectionReport, LocalDate meetingDate, Integer membersDue,
                 Integer membersPresent, LocalDate noticeStart, LocalDate noticeEnd, String appointmentNo,
                 LocalDate effectiveDate, Eligibility requirements, String createdBy, OffsetDateTime createdAt,
                 int version) {

    public boolean competition() {
        return method == SelectionMethod.OPEN_COMPETITION;
    }

    public SelectionState next() {
        return state.next(method);
    }
}
