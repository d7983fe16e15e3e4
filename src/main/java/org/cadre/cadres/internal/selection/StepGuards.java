package org.cadre.cadres.internal.selection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cadre.people.PersonNames;
import org.springframework.stereotype.Component;

/** What blocks a selection's next step today ({@link Blockers}), with what it needs read from the database. */
@Component
class StepGuards {

    private final SelectionRepository repository;
    private final PersonNames people;
    private final Clock clock;

    StepGuards(SelectionRepository repository, PersonNames people, Clock clock) {
        this.repository = repository;
        this.people = people;
        this.clock = clock;
    }

    List<Blockers.Blocker> blockers(Selection s, List<Candidate> candidates) {
        Map<Long, String> names = new HashMap<>();
        people.byIds(candidates.stream().map(Candidate::personId).toList()).forEach((k, v) -> names.put(k, v.name()));
        return Blockers.of(s, candidates, repository.objections(s.id()), repository.judges(s.id()), names,
                LocalDate.now(clock));
    }
}
