package org.cadre.ballots;

/**
 * Implemented by a module that asks for ballots (assessment, selection, congress), to say who may read the published
 * result, turnout and room page of one of its ballots besides the officers who run it and the voters on its roll.
 * The ballot engine asks every implementation; each answers only for the origins it owns (its prefix, e.g.
 * {@code assessment-cycle:}) and false for every other.
 */
public interface BallotReaders {

    /** Whether the signed-in user may read the ballot asked for with this origin, by the owning module's rules. */
    boolean mayRead(String origin, long ballotId);
}
