package org.cadre.assessment.internal;

import java.util.Optional;

import org.cadre.identity.AccessControl;
import org.cadre.identity.Permissions;
import org.cadre.organization.PersonLookup;
import org.cadre.people.ProfileLink;
import org.springframework.stereotype.Component;

/** The person's profile links to their results across years, for a reader whose assessment:read scope reaches them. */
@Component
class AssessmentProfileLink implements ProfileLink {

    private final AccessControl accessControl;
    private final AssessmentAccess access;
    private final PersonLookup people;

    AssessmentProfileLink(AccessControl accessControl, AssessmentAccess access, PersonLookup people) {
        this.accessControl = accessControl;
        this.access = access;
        this.people = people;
    }

    @Override
    public Optional<Link> forPerson(long personId) {
        var scope = accessControl.scopeFor(Permissions.ASSESSMENT_READ);
        if (scope.isEmpty()) {
            return Optional.empty();
        }
        return people.findById(personId).filter(p -> access.reaches(scope, p.id(), p.unitId()))
                .map(p -> new Link("assessment.profile.link", "/assessment/people/" + personId, "assessment-results"));
    }
}
