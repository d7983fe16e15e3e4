package org.cadre.cadres.internal.reserve;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One change of an entry, kept: its nomination, a move of state or readiness, a plan item, a review. */
public record HistoryLine(long id, OffsetDateTime occurredAt, LocalDate day, String kind, ReserveState stateFrom,
                          ReserveState stateTo, Readiness readinessFrom, Readiness readinessTo, String note,
                          Long selectionId, String actor) {

    /**
     * For a plan line, the kind of plan item its note begins with ({@code "TRAINING: …"} when added,
     * {@code "TRAINING ✓ …"} when done), so that a page names it in the reader's language; else null.
     */
    public PlanItem.Kind planKind() {
        if (!"PLAN".equals(kind) || note == null) {
            return null;
        }
        for (PlanItem.Kind k : PlanItem.Kind.values()) {
            if (note.startsWith(k.name() + ": ") || note.startsWith(k.name() + " ✓ ")) {
                return k;
            }
        }
        return null;
    }

    /** Whether a plan line records an item done. */
    public boolean planDone() {
        PlanItem.Kind k = planKind();
        return k != null && note.startsWith(k.name() + " ✓ ");
    }

    /** The note without the plan kind it begins with. */
    public String planNote() {
        PlanItem.Kind k = planKind();
        return k == null ? note : note.substring(k.name().length() + (planDone() ? 3 : 2));
    }
}
