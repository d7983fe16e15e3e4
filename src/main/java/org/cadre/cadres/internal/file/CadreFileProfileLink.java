package org.cadre.cadres.internal.file;

import java.util.Optional;

import org.cadre.identity.Permissions;
import org.cadre.people.PersonParticulars;
import org.cadre.people.ProfileLink;
import org.springframework.stereotype.Component;

/** The person's profile links to their cadre file, for a reader whose cadre:read or cadre:manage scope reaches them. */
@Component
class CadreFileProfileLink implements ProfileLink {

    private final FileAccess access;
    private final PersonParticulars people;

    CadreFileProfileLink(FileAccess access, PersonParticulars people) {
        this.access = access;
        this.people = people;
    }

    @Override
    public Optional<Link> forPerson(long personId) {
        return people.find(personId)
                .filter(p -> access.reaches(Permissions.CADRE_READ, p) || access.reaches(Permissions.CADRE_MANAGE, p))
                .map(p -> new Link("cadres.file.profile.link", "/cadres/files/" + personId, "cadre-file"));
    }
}
