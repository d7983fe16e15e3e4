package org.cadre.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.cadre.people.Gender;
import org.junit.jupiter.api.Test;

class NationalIdTest {

    @Test
    void a_well_known_valid_number_passes_with_its_birth_date_and_gender() {
        String id = "11010519491231002X";
        assertThat(NationalId.problem(id)).isEmpty();
        assertThat(NationalId.birthDate(id)).contains(LocalDate.of(1949, 12, 31));
        assertThat(NationalId.gender(id)).isEqualTo(Gender.F);
    }

    @Test
    void a_wrong_check_digit_is_refused() {
        assertThat(NationalId.problem("110105194912310021")).contains("people.nationalId.checksum");
    }

    @Test
    void a_number_of_the_wrong_length_or_with_letters_is_refused_as_malformed() {
        assertThat(NationalId.problem("11010519491231002")).contains("people.nationalId.format");
        assertThat(NationalId.problem("1101051949123100XX")).contains("people.nationalId.format");
    }

    @Test
    void an_impossible_birth_date_is_refused_even_with_a_right_check_digit() {
        String body = "32010219800230001";
        assertThat(NationalId.problem(body + NationalId.checkCharacter(body + "0")))
                .contains("people.nationalId.birthDate");
    }

    @Test
    void the_seventeenth_digit_is_odd_for_men_and_even_for_women() {
        LocalDate born = LocalDate.of(1985, 7, 9);
        assertThat(NationalId.gender(TestNationalIds.of(born, Gender.M, 3))).isEqualTo(Gender.M);
        assertThat(NationalId.gender(TestNationalIds.of(born, Gender.F, 3))).isEqualTo(Gender.F);
        assertThat(NationalId.problem(TestNationalIds.of(born, Gender.F, 3))).isEmpty();
    }

    @Test
    void masking_keeps_the_first_four_and_last_four_characters() {
        assertThat(NationalId.mask("320102198001011234")).isEqualTo("3201**********1234");
        assertThat(NationalId.mask(null)).isNull();
    }

    @Test
    void numbers_are_compared_in_upper_case_without_spaces() {
        assertThat(NationalId.normalize(" 11010519491231002x ")).isEqualTo("11010519491231002X");
    }
}
