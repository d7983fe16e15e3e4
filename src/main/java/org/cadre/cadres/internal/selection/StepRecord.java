package org.cadre.cadres.internal.selection;

import java.time.LocalDate;

import org.cadre.shared.Text;

/**
 * What a step records: its date, its document (number, title, optional file), a note, and for a move out of the
 * regular order the exception's reason and approver.
 */
record StepRecord(LocalDate day, String documentNo, String documentTitle, SelectionRepository.StoredFile file,
                  String note, String exceptionReason, String exceptionApprover) {

    StepRecord {
        documentNo = Text.blankToNull(documentNo);
        documentTitle = Text.blankToNull(documentTitle);
        note = Text.blankToNull(note);
        exceptionReason = Text.blankToNull(exceptionReason);
        exceptionApprover = Text.blankToNull(exceptionApprover);
    }

    static StepRecord on(LocalDate day, String documentNo, String documentTitle) {
        return new StepRecord(day, documentNo, documentTitle, null, null, null, null);
    }

    /** An exception needs both its reason and who approved it. */
    boolean byException() {
        return exceptionReason != null && exceptionApprover != null;
    }
}
