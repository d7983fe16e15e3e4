package org.cadre.cadres.internal.selection;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One step entered (a line of the timeline): the document that records it (number, title, an optional file), its
 * date, and for a step out of the regular order the exception that allowed it.
 */
record Step(long id, long selectionId, SelectionState from, SelectionState to, LocalDate day, String documentNo,
            String documentTitle, String fileName, String note, String exceptionReason, String exceptionApprover,
            String recordedBy, OffsetDateTime recordedAt) {

    public boolean exception() {
        return exceptionReason != null;
    }
}
