package org.cadre.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.cadre.people.Gender;
import org.junit.jupiter.api.Test;

class PersonRulesTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    static final LocalDate BORN = LocalDate.of(1980, 1, 1);

    static PersonData person(LocalDate birth, Gender gender, String nationalId) {
        return new PersonData("E1", "Li Lei", gender, birth, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, nationalId, null, null, null);
    }

    static List<String> keys(PersonData data) {
        return PersonRules.check(data, TODAY).stream().map(Violation::messageKey).toList();
    }

    @Test
    void a_person_with_a_matching_national_id_breaks_no_rule() {
        assertThat(keys(person(BORN, Gender.M, TestNationalIds.of(BORN, Gender.M, 1)))).isEmpty();
    }

    @Test
    void the_birth_date_must_lie_in_the_past() {
        assertThat(keys(person(TODAY, Gender.M, null))).containsExactly("people.birthDate.past");
    }

    @Test
    void the_national_id_must_match_birth_date_and_gender() {
        assertThat(keys(person(BORN.plusDays(1), Gender.M, TestNationalIds.of(BORN, Gender.M, 1))))
                .containsExactly("people.nationalId.birthDateMismatch");
        assertThat(keys(person(BORN, Gender.F, TestNationalIds.of(BORN, Gender.M, 1))))
                .containsExactly("people.nationalId.genderMismatch");
    }

    @Test
    void dates_of_a_career_come_after_birth_and_joining_the_company_not_before_starting_work() {
        PersonData data = new PersonData("E1", "Li Lei", Gender.M, BORN, null, null, null, null, BORN, BORN.plusYears(22),
                BORN.plusYears(21), null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
        List<Violation> violations = PersonRules.check(data, TODAY);
        assertThat(violations).extracting(Violation::field).containsExactly("partyJoinDate", "companyJoinDate");
        assertThat(violations).extracting(Violation::messageKey)
                .containsExactly("people.date.afterBirth", "people.companyJoinDate.beforeWorkStart");
    }
}
