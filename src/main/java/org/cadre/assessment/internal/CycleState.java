package org.cadre.assessment.internal;

import java.util.Map;
import java.util.Set;

/** Where a cycle stands; the allowed steps are written once, here. */
public enum CycleState {
    /** Settings (components, weights, bands, quotas) and appraisees are being prepared. */
    DRAFT,
    /** Scores are being collected: entered, imported, or pulled from the appraisal ballot. */
    COLLECTING,
    /** Totals and proposed grades are computed; the committee calibrates the final grades. */
    CALIBRATING,
    /** Grades are final; the consequences are proposed to the committee. */
    FINALIZED;

    private static final Map<CycleState, Set<CycleState>> NEXT = Map.of(
            DRAFT, Set.of(COLLECTING),
            COLLECTING, Set.of(CALIBRATING),
            CALIBRATING, Set.of(COLLECTING, FINALIZED),
            FINALIZED, Set.of());

    public boolean canMoveTo(CycleState next) {
        return NEXT.get(this).contains(next);
    }

    /** Appraisees may be added or removed. */
    public boolean appraiseesOpen() {
        return this == DRAFT || this == COLLECTING;
    }
}
