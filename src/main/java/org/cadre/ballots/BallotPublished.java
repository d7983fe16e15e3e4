package org.cadre.ballots;

/** The result of a ballot was published; {@code origin} says which module asked for the ballot. */
public record BallotPublished(long ballotId, String origin) {
}
