package org.cadre.ballots;

import java.util.Map;
import java.util.Set;

/** Where a ballot stands; the allowed steps are written once, here. */
public enum BallotState {
    /** Being prepared: questions, rater groups and the voter roll can still change. */
    DRAFT,
    /** Voting: the roll is fixed, codes work. */
    OPEN,
    /** Voting has ended; the ballots are counted and the officer can review the result before publishing it. */
    CLOSED,
    /** The result is public: the projector, the result sheet, receipt checks. */
    PUBLISHED,
    /** Abandoned before it opened. */
    CANCELLED;

    private static final Map<BallotState, Set<BallotState>> NEXT = Map.of(
            DRAFT, Set.of(OPEN, CANCELLED),
            OPEN, Set.of(CLOSED),
            CLOSED, Set.of(PUBLISHED),
            PUBLISHED, Set.of(),
            CANCELLED, Set.of());

    public boolean canMoveTo(BallotState next) {
        return NEXT.get(this).contains(next);
    }

    /** Whether results exist: counted at close. */
    public boolean counted() {
        return this == CLOSED || this == PUBLISHED;
    }
}
