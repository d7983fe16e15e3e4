package org.cadre.congress.internal.meetings;

import org.cadre.ballots.BallotReaders;
import org.cadre.identity.Permissions;
import org.springframework.stereotype.Component;

/** A congress vote's result is public to the congress: whoever reads the congress (congress:read or manage). */
@Component
class CongressVoteReaders implements BallotReaders {

    static final String PREFIX = "congress-vote:";

    private final CongressAccess access;

    CongressVoteReaders(CongressAccess access) {
        this.access = access;
    }

    @Override
    public boolean mayRead(String origin, long ballotId) {
        return origin.startsWith(PREFIX)
                && (access.can(Permissions.CONGRESS_READ) || access.can(Permissions.CONGRESS_MANAGE));
    }
}
