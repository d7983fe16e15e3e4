package org.cadre.people.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a person's data beyond the shape of each field: born in the past, a valid national ID that matches
 * the birth date and gender, and dates in their natural order. Uniqueness needs the database and is checked by
 * {@link PersonChanges}.
 */
final class PersonRules {

    private PersonRules() {
    }

    static List<Violation> check(PersonData d, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        LocalDate birth = d.birthDate();
        if (birth != null && !birth.isBefore(today)) {
            violations.add(new Violation("birthDate", "people.birthDate.past"));
        }
        if (d.nationalId() != null) {
            Optional<String> problem = NationalId.problem(d.nationalId());
            if (problem.isPresent()) {
                violations.add(new Violation("nationalId", problem.get()));
            } else if (birth != null && !NationalId.birthDate(d.nationalId()).orElseThrow().equals(birth)) {
                violations.add(new Violation("nationalId", "people.nationalId.birthDateMismatch"));
            } else if (d.gender() != null && NationalId.gender(d.nationalId()) != d.gender()) {
                violations.add(new Violation("nationalId", "people.nationalId.genderMismatch"));
            }
        }
        if (birth != null) {
            after(violations, "partyJoinDate", d.partyJoinDate(), birth, "people.date.afterBirth");
            after(violations, "workStartDate", d.workStartDate(), birth, "people.date.afterBirth");
            after(violations, "companyJoinDate", d.companyJoinDate(), birth, "people.date.afterBirth");
        }
        if (d.workStartDate() != null && d.companyJoinDate() != null
                && d.companyJoinDate().isBefore(d.workStartDate())) {
            violations.add(new Violation("companyJoinDate", "people.companyJoinDate.beforeWorkStart"));
        }
        return violations;
    }

    private static void after(List<Violation> violations, String field, LocalDate date, LocalDate birth, String key) {
        if (date != null && !date.isAfter(birth)) {
            violations.add(new Violation(field, key));
        }
    }
}
