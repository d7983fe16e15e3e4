package org.cadre.ballots.internal;

import org.cadre.ballots.BallotState;
import org.cadre.identity.AccessControl;
import org.cadre.identity.Permissions;
import org.cadre.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see what of a ballot: officers ({@code ballot:manage}) everything but the votes themselves; readers
 * ({@code ballot:read}) a ballot and its result once published. Nobody sees how anyone voted in a secret ballot.
 */
@Component
public class BallotAccess {

    private final BallotRepository ballots;
    private final AccessControl access;

    BallotAccess(BallotRepository ballots, AccessControl access) {
        this.ballots = ballots;
        this.access = access;
    }

    public BallotDefinition require(long ballotId) {
        return ballots.find(ballotId).orElseThrow(() -> new NotFoundException("ballot", ballotId));
    }

    /** A ballot an officer manages. */
    public BallotDefinition manage(long ballotId) {
        if (!can(Permissions.BALLOT_MANAGE)) {
            throw new AccessDeniedException("ballot:manage");
        }
        return require(ballotId);
    }

    public boolean can(String permission) {
        return access.currentUser().map(u -> u.can(permission)).orElse(false);
    }

    /** The result: officers once counted, readers once published. */
    public BallotDefinition results(long ballotId) {
        BallotDefinition ballot = require(ballotId);
        boolean officer = can(Permissions.BALLOT_MANAGE);
        boolean reader = can(Permissions.BALLOT_READ);
        if (officer && ballot.state().counted() || reader && ballot.state() == BallotState.PUBLISHED) {
            return ballot;
        }
        if (officer) {
            throw new org.cadre.shared.BusinessRuleException("ballot.results.notCounted");
        }
        if (reader) {
            throw new org.cadre.shared.BusinessRuleException("ballot.results.notPublished");
        }
        throw new AccessDeniedException("ballot results");
    }

    /** Turnout: officers, and readers of an open or counted ballot (the room sees it live). */
    public BallotDefinition turnout(long ballotId) {
        BallotDefinition ballot = require(ballotId);
        if (!can(Permissions.BALLOT_MANAGE) && !can(Permissions.BALLOT_READ)) {
            throw new AccessDeniedException("ballot turnout");
        }
        return ballot;
    }
}
