package org.cadre.identity.internal;

import java.util.List;
import java.util.Optional;

import org.cadre.identity.PersonDirectory;
import org.cadre.identity.PersonDirectory.PersonRef;
import org.cadre.identity.UnitDirectory;
import org.cadre.identity.UnitDirectory.UnitOption;
import org.cadre.shared.BusinessRuleException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * People and units as identity sees them, through the directories that the people and organization modules provide.
 * Without a directory (identity on its own), raw ids are shown and accepted.
 */
@Component
public class Directories {

    private final ObjectProvider<PersonDirectory> persons;
    private final ObjectProvider<UnitDirectory> units;

    Directories(ObjectProvider<PersonDirectory> persons, ObjectProvider<UnitDirectory> units) {
        this.persons = persons;
        this.units = units;
    }

    public boolean hasPersons() {
        return persons.getIfAvailable() != null;
    }

    public boolean hasUnits() {
        return units.getIfAvailable() != null;
    }

    /** The linked person as far as known: with only the id when no directory answers. */
    public Optional<PersonRef> person(Long personId) {
        if (personId == null) {
            return Optional.empty();
        }
        PersonDirectory directory = persons.getIfAvailable();
        if (directory == null) {
            return Optional.of(new PersonRef(personId, null, null, 0));
        }
        return directory.findById(personId).or(() -> Optional.of(new PersonRef(personId, null, null, 0)));
    }

    /**
     * The person an administrator means: an employee number looked up in the directory, or, without a directory,
     * the person's id itself.
     */
    public long resolvePerson(String reference, String field) {
        String ref = reference == null ? "" : reference.strip();
        PersonDirectory directory = persons.getIfAvailable();
        if (directory != null) {
            return directory.findByEmployeeNo(ref).map(PersonRef::id)
                    .orElseThrow(() -> BusinessRuleException.onField(field, "account.person.unknown", ref));
        }
        try {
            return Long.parseLong(ref);
        } catch (NumberFormatException e) {
            throw BusinessRuleException.onField(field, "account.person.unknown", ref);
        }
    }

    /** Refuses a person id that the directory does not know (any id passes without a directory). */
    public void checkPerson(long personId, String field) {
        PersonDirectory directory = persons.getIfAvailable();
        if (directory != null && directory.findById(personId).isEmpty()) {
            throw BusinessRuleException.onField(field, "account.person.unknown", String.valueOf(personId));
        }
    }

    /** Refuses a unit id that the directory does not know (any id passes without a directory). */
    public void checkUnit(long unitId, String field) {
        UnitDirectory directory = units.getIfAvailable();
        if (directory != null && directory.unitName(unitId).isEmpty()) {
            throw BusinessRuleException.onField(field, "account.grant.unitUnknown", String.valueOf(unitId));
        }
    }

    /** The unit's name, or its id in brackets when no directory answers. */
    public String unitLabel(Long unitId) {
        if (unitId == null) {
            return null;
        }
        UnitDirectory directory = units.getIfAvailable();
        return Optional.ofNullable(directory).flatMap(d -> d.unitName(unitId)).orElse("#" + unitId);
    }

    public List<UnitOption> searchUnits(String text, int limit) {
        UnitDirectory directory = units.getIfAvailable();
        if (directory == null || text == null || text.isBlank()) {
            return List.of();
        }
        return directory.search(text.strip(), limit);
    }
}
