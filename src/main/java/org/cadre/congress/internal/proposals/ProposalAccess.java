package org.cadre.congress.internal.proposals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;

import org.cadre.identity.AccessControl;
import org.cadre.identity.CurrentUser;
import org.cadre.identity.DataScope;
import org.cadre.identity.Permissions;
import org.cadre.organization.OrganizationQueries;
import org.cadre.shared.BusinessRuleException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a proposal: the union (congress:manage for the whole company) reviews and decides; a
 * department (proposal:answer whose scope reaches the unit) answers or countersigns; the proposer and co-signers
 * act on their own; everyone who reads the congress sees filed proposals.
 */
@Component
class ProposalAccess {

    private final AccessControl access;
    private final OrganizationQueries organization;
    private final Clock clock;

    ProposalAccess(AccessControl access, OrganizationQueries organization, Clock clock) {
        this.access = access;
        this.organization = organization;
        this.clock = clock;
    }

    /** What the reader reaches in lists. */
    ProposalRepository.Reach reach() {
        if (access.scopeFor(Permissions.CONGRESS_MANAGE).all() || access.scopeFor(Permissions.PROPOSAL_ANSWER).all()) {
            return new ProposalRepository.Reach(true, Set.of(), personId());
        }
        return new ProposalRepository.Reach(false, answerUnits(), personId());
    }

    /** The units whose proposals the user answers (every unit when the scope is the whole company: check first). */
    Set<Long> answerUnits() {
        DataScope scope = access.scopeFor(Permissions.PROPOSAL_ANSWER);
        return scope.isEmpty() ? Set.of() : new HashSet<>(organization.unitIdsWithin(scope, today()));
    }

    boolean answersFor(Long unitId) {
        if (unitId == null) {
            return false;
        }
        DataScope scope = access.scopeFor(Permissions.PROPOSAL_ANSWER);
        return !scope.isEmpty() && organization.isWithin(unitId, scope, today());
    }

    void requireAnswersFor(Long unitId) {
        if (!answersFor(unitId)) {
            throw new AccessDeniedException("proposal:answer does not reach unit " + unitId);
        }
    }

    boolean manages() {
        return access.scopeFor(Permissions.CONGRESS_MANAGE).all();
    }

    void requireManager() {
        if (!manages()) {
            throw new AccessDeniedException("congress:manage is not granted for the whole company");
        }
    }

    /** The signed-in person; an account for no person cannot propose or rate. */
    long requirePerson() {
        Long person = personId();
        if (person == null) {
            throw new BusinessRuleException("proposal.noPerson");
        }
        return person;
    }

    Long personId() {
        return access.currentUser().map(CurrentUser::personId).orElse(null);
    }

    String actor() {
        return access.currentUser().map(CurrentUser::getUsername).orElse("system");
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
