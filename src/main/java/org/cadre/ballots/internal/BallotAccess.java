package org.cadre.ballots.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.cadre.ballots.BallotReaders;
import org.cadre.ballots.BallotResults;
import org.cadre.ballots.BallotState;
import org.cadre.identity.AccessControl;
import org.cadre.identity.CurrentUser;
import org.cadre.identity.DataScope;
import org.cadre.identity.Permissions;
import org.cadre.organization.OrganizationQueries;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see what of a ballot. Nobody sees how anyone voted in a secret ballot; beyond that:
 * <ul>
 * <li>officers ({@code ballot:manage}) whose data scope reaches the ballot's unit (a company-wide ballot: a
 * company-wide grant) manage it and see everything: roll, codes, turnout, the counted result with roll-call names;
 * <li>readers see the published result (without roll-call names), and turnout and the room page once it is open:
 * voters on its roll; for a ballot another module asked for (an origin), whoever that module says
 * ({@link BallotReaders}); for a stand-alone ballot, {@code ballot:read} whose scope reaches its unit.
 * </ul>
 * Everyone else, and everyone for a ballot beyond their reach, gets "not found": we do not say which ballots exist.
 */
@Component
public class BallotAccess {

    private final BallotRepository ballots;
    private final AccessControl access;
    private final OrganizationQueries organization;
    private final ObjectProvider<BallotReaders> readers;
    private final Clock clock;

    BallotAccess(BallotRepository ballots, AccessControl access, OrganizationQueries organization,
                 ObjectProvider<BallotReaders> readers, Clock clock) {
        this.ballots = ballots;
        this.access = access;
        this.organization = organization;
        this.readers = readers;
        this.clock = clock;
    }

    public BallotDefinition require(long ballotId) {
        return ballots.find(ballotId).orElseThrow(() -> new NotFoundException("ballot", ballotId));
    }

    /** The ballots the officer's {@code ballot:manage} reaches (for the list). */
    public BallotRepository.Reach manageReach() {
        return reach(access.scopeFor(Permissions.BALLOT_MANAGE));
    }

    /** A ballot an officer manages; one beyond the officer's scope is not found. */
    public BallotDefinition manage(long ballotId) {
        DataScope scope = access.scopeFor(Permissions.BALLOT_MANAGE);
        if (scope.isEmpty()) {
            throw new AccessDeniedException("ballot:manage");
        }
        BallotDefinition ballot = require(ballotId);
        if (!reach(scope).reaches(ballot.unitId())) {
            throw new NotFoundException("ballot", ballotId);
        }
        return ballot;
    }

    /** Whether the user manages this ballot: holds {@code ballot:manage} with a scope that reaches its unit. */
    public boolean manages(BallotDefinition ballot) {
        DataScope scope = access.scopeFor(Permissions.BALLOT_MANAGE);
        return !scope.isEmpty() && reach(scope).reaches(ballot.unitId());
    }

    /** The result: officers in scope once counted, readers once published. */
    public BallotDefinition results(long ballotId) {
        BallotDefinition ballot = require(ballotId);
        if (manages(ballot)) {
            if (!ballot.state().counted()) {
                throw new BusinessRuleException("ballot.results.notCounted");
            }
            return ballot;
        }
        if (!reads(ballot) || !visible(ballot.state())) {
            throw new NotFoundException("ballot", ballotId);
        }
        if (ballot.state() != BallotState.PUBLISHED) {
            throw new BusinessRuleException("ballot.results.notPublished");
        }
        return ballot;
    }

    /**
     * The result as this user may see it: roll-call names only for the officers who manage the ballot. A voter
     * sees how the vote went, not how each colleague voted.
     */
    public BallotResults shown(BallotDefinition ballot, BallotResults results) {
        return manages(ballot) ? results : results.withoutNames();
    }

    /**
     * Turnout and the room page: officers in scope in every state; readers once the ballot is open (a draft shows
     * its questions and names before they are final, so it stays with the officers).
     */
    public BallotDefinition turnout(long ballotId) {
        BallotDefinition ballot = require(ballotId);
        if (manages(ballot) || reads(ballot) && visible(ballot.state())) {
            return ballot;
        }
        throw new NotFoundException("ballot", ballotId);
    }

    /** A reader of the ballot (not as an officer): on its roll, by its module's say, or by ballot:read in scope. */
    private boolean reads(BallotDefinition ballot) {
        CurrentUser user = access.currentUser().orElse(null);
        if (user == null) {
            return false;
        }
        if (user.personId() != null && ballots.onRoll(ballot.id(), user.personId())) {
            return true;
        }
        if (ballot.origin() != null) {
            return readers.orderedStream().anyMatch(r -> r.mayRead(ballot.origin(), ballot.id()));
        }
        DataScope scope = access.scopeFor(Permissions.BALLOT_READ);
        return !scope.isEmpty() && reach(scope).reaches(ballot.unitId());
    }

    private static boolean visible(BallotState state) {
        return state == BallotState.OPEN || state.counted();
    }

    private BallotRepository.Reach reach(DataScope scope) {
        if (scope.all()) {
            return new BallotRepository.Reach(true, java.util.Set.of());
        }
        return new BallotRepository.Reach(false, organization.unitIdsWithin(scope, LocalDate.now(clock)));
    }

    /** Whether the officer's scope of {@code ballot:manage} may give a new ballot this unit (null: company-wide). */
    boolean mayCreateFor(Long unitId) {
        DataScope scope = access.requireScope(Permissions.BALLOT_MANAGE);
        return unitId == null ? scope.all() : reach(scope).reaches(unitId);
    }
}
