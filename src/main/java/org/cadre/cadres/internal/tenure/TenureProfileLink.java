package org.cadre.cadres.internal.tenure;

import java.util.Optional;

import org.cadre.organization.PersonLookup;
import org.cadre.people.ProfileLink;
import org.springframework.stereotype.Component;

/** The profile links to the person's terms, contracts and deployment events, for a reader whose scope reaches them. */
@Component
class TenureProfileLink implements ProfileLink {

    private final org.cadre.identity.AccessControl accessControl;
    private final TenureAccess access;
    private final PersonLookup people;

    TenureProfileLink(org.cadre.identity.AccessControl accessControl, TenureAccess access, PersonLookup people) {
        this.accessControl = accessControl;
        this.access = access;
        this.people = people;
    }

    @Override
    public Optional<Link> forPerson(long personId) {
        if (accessControl.scopeFor(org.cadre.identity.Permissions.CADRE_READ).isEmpty()
                && accessControl.scopeFor(org.cadre.identity.Permissions.CADRE_MANAGE).isEmpty()) {
            return Optional.empty();
        }
        TenureAccess.Reach reach = access.readReach();
        return people.findById(personId).filter(p -> reach.reaches(p.unitId(), p.id()))
                .map(p -> new Link("cadres.tenure.profile.link", "/cadres/people/" + personId + "/tenure", "cadre-tenure"));
    }
}
