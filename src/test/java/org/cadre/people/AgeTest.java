package org.cadre.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class AgeTest {

    @Test
    void age_counts_completed_years_and_turns_on_the_birthday() {
        LocalDate born = LocalDate.of(1980, 6, 15);
        assertThat(Age.on(born, LocalDate.of(2020, 6, 14))).isEqualTo(39);
        assertThat(Age.on(born, LocalDate.of(2020, 6, 15))).isEqualTo(40);
    }

    @Test
    void someone_born_on_29_february_comes_of_age_on_1_march_in_common_years() {
        LocalDate born = LocalDate.of(2000, 2, 29);
        assertThat(Age.on(born, LocalDate.of(2018, 2, 28))).isEqualTo(17);
        assertThat(Age.on(born, LocalDate.of(2018, 3, 1))).isEqualTo(18);
    }

    @Test
    void the_birth_date_bounds_of_an_age_range_agree_with_the_age_on_every_day_around_a_birthday() {
        LocalDate asOf = LocalDate.of(2021, 3, 1);
        for (LocalDate born = LocalDate.of(1990, 2, 20); born.isBefore(LocalDate.of(1991, 3, 10));
             born = born.plusDays(1)) {
            int age = Age.on(born, asOf);
            assertThat(!born.isAfter(Age.bornOnOrBefore(30, asOf))).as("%s at least 30", born).isEqualTo(age >= 30);
            assertThat(born.isAfter(Age.bornAfter(30, asOf))).as("%s at most 30", born).isEqualTo(age <= 30);
        }
    }
}
