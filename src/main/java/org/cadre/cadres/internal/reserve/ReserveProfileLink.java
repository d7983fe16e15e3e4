package org.cadre.cadres.internal.reserve;

import java.util.Optional;

import org.cadre.identity.AccessControl;
import org.cadre.identity.Permissions;
import org.cadre.people.ProfileLink;
import org.springframework.stereotype.Component;

/** A person's profile links to their reserve entries when they have any the reader may see. */
@Component
class ReserveProfileLink implements ProfileLink {

    private final AccessControl accessControl;
    private final ReserveAccess access;
    private final ReserveRepository repository;

    ReserveProfileLink(AccessControl accessControl, ReserveAccess access, ReserveRepository repository) {
        this.accessControl = accessControl;
        this.access = access;
        this.repository = repository;
    }

    @Override
    public Optional<Link> forPerson(long personId) {
        if (accessControl.scopeFor(Permissions.CADRE_READ).isEmpty()
                && accessControl.scopeFor(Permissions.CADRE_MANAGE).isEmpty()) {
            return Optional.empty();
        }
        if (!repository.anyVisible(personId, access.readReach())) {
            return Optional.empty();
        }
        return Optional.of(new Link("cadres.reserve.profile.link", "/cadres/reserve/people/" + personId,
                "reserve-entries"));
    }
}
