package org.cadre.ballots;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * What other modules may ask of the ballot engine. The caller checks its own permission (an assessment officer
 * creates an appraisal ballot through the assessment module); the ballot pages and API check {@code ballot:*}.
 */
@Service
public class Ballots {

    /** A new DRAFT ballot; refuses a spec that breaks a rule (a PICK question without candidates…). */
    public long create(BallotSpec spec) {
        throw new UnsupportedOperationException();
    }

    /** Fixes the roll and issues a one-time code to every voter; refuses an empty roll. */
    public void open(long ballotId) {
        throw new UnsupportedOperationException();
    }

    /** Ends voting and counts: the sealed ballots of a secret ballot are opened, shuffled and stored unlinkably. */
    public void close(long ballotId) {
        throw new UnsupportedOperationException();
    }

    /** Makes the counted result public and tells the module that asked for the ballot ({@link BallotPublished}). */
    public void publish(long ballotId) {
        throw new UnsupportedOperationException();
    }

    /** The counted result; only once the ballot is CLOSED or PUBLISHED. */
    public BallotResults results(long ballotId) {
        throw new UnsupportedOperationException();
    }

    public Turnout turnout(long ballotId) {
        throw new UnsupportedOperationException();
    }

    public Optional<BallotSummary> find(long ballotId) {
        throw new UnsupportedOperationException();
    }

    /** The ballots another module asked for, e.g. every ballot of {@code assessment-cycle:12}, newest first. */
    public List<BallotSummary> byOrigin(String origin) {
        throw new UnsupportedOperationException();
    }
}
