package org.cadre.cadres.internal;

import java.time.LocalDate;

/**
 * What a selection record (选拔任用纪实) tells the rest of the module: the reserve pool moves its candidates to "under
 * inspection" and "appointed", the deployment ledger records the appointment and a removal at the end of probation. Published by the selection part
 * inside the transaction of the step, after the step's own writes.
 */
public final class SelectionEvents {

    private SelectionEvents() {
    }

    /** A candidate entered inspection (考察) in a selection. */
    public record CandidateUnderInspection(long selectionId, long personId, LocalDate day) {
    }

    /**
     * A candidate was appointed (任职) by a selection: the assignment exists from {@code effectiveDate}.
     *
     * @param promotion whether it is a promotion (提拔) to a higher level, which starts a 1-year probation
     */
    public record CandidateAppointed(long selectionId, long personId, long postId, long assignmentId,
                                     LocalDate effectiveDate, String documentNo, boolean promotion) {
    }

    /** A selection ended without appointing this candidate (not recommended, not decided, withdrawn). */
    public record CandidateDropped(long selectionId, long personId, LocalDate day) {
    }

    /**
     * A probation (试用期) ended: confirmed (转正), or {@code removed} (试用期不合格 → 免职), in which case the selection has
     * already ended the assignment on {@code day}.
     */
    public record ProbationEnded(long selectionId, long personId, long assignmentId, LocalDate day, boolean removed) {
    }
}
