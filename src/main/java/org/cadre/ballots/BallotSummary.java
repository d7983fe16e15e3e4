package org.cadre.ballots;

import java.time.OffsetDateTime;

/** A ballot as lists show it. */
public record BallotSummary(long id, String title, BallotMode mode, BallotState state, String origin, int eligible,
                            int voted, OffsetDateTime openedAt, OffsetDateTime closedAt, OffsetDateTime publishedAt) {
}
