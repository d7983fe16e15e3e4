package org.cadre.cadres.internal.selection;

import java.util.Optional;

import org.cadre.people.ProfileLink;
import org.springframework.stereotype.Component;

/** The person's profile links to the selection records they are or were a candidate in, as far as the reader reaches. */
@Component
class SelectionProfileLink implements ProfileLink {

    private final SelectionRepository repository;
    private final SelectionAccess access;

    SelectionProfileLink(SelectionRepository repository, SelectionAccess access) {
        this.repository = repository;
        this.access = access;
    }

    @Override
    public Optional<Link> forPerson(long personId) {
        SelectionRepository.Reach reach = access.readReach();
        if (!reach.all() && reach.unitIds().isEmpty()) {
            return Optional.empty();
        }
        return repository.isCandidate(personId, reach)
                ? Optional.of(new Link("selection.profile.link", "/cadres/selections?person=" + personId,
                "selection-records"))
                : Optional.empty();
    }
}
