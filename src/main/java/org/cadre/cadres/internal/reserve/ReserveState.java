package org.cadre.cadres.internal.reserve;

import java.util.Map;
import java.util.Set;

/** Where a reserve entry stands: 后备 → 考察 → 任职 | 退出. The allowed moves are written once, here. */
public enum ReserveState {
    /** In the pool (后备). */
    RESERVE,
    /** A selection is inspecting the candidate (考察). */
    UNDER_INSPECTION,
    /** Appointed (任职): the entry is closed. */
    APPOINTED,
    /** Withdrawn from the pool (退出), with a reason: the entry is closed. */
    WITHDRAWN;

    private static final Map<ReserveState, Set<ReserveState>> NEXT = Map.of(
            RESERVE, Set.of(UNDER_INSPECTION, WITHDRAWN),
            // back to the pool when the selection drops the candidate
            UNDER_INSPECTION, Set.of(APPOINTED, WITHDRAWN, RESERVE),
            APPOINTED, Set.of(),
            WITHDRAWN, Set.of());

    public boolean canMoveTo(ReserveState next) {
        return NEXT.get(this).contains(next);
    }

    public Set<ReserveState> next() {
        return NEXT.get(this);
    }

    /** Still in the pool: reviewed, listed as a successor, counted. */
    public boolean active() {
        return this == RESERVE || this == UNDER_INSPECTION;
    }
}
