package org.cadre.ballots.internal;

import java.util.List;

import org.cadre.identity.PublicEndpoints;
import org.springframework.stereotype.Component;

/**
 * Voting with a code needs no account: a delegate scans the slip's QR code and votes on a phone. The code is the
 * credential, and no cookie authenticates the request, so the cast needs no CSRF token either.
 */
@Component
class BallotEndpoints implements PublicEndpoints {

    @Override
    public List<String> paths() {
        return List.of("/vote", "/vote/**", "/api/v1/votes", "/api/v1/votes/**");
    }

    @Override
    public List<String> withoutCsrf() {
        return List.of("/vote/**", "/api/v1/votes", "/api/v1/votes/**");
    }
}
