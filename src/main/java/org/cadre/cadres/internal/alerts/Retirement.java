package org.cadre.cadres.internal.alerts;

import java.time.LocalDate;

import org.cadre.people.Gender;

/**
 * The day a cadre reaches the retirement age (到龄退休): the birthday of that age. Someone born on 29 February reaches
 * it on 28 February in a common year, as {@link LocalDate#plusYears} and PostgreSQL's {@code date + interval} both
 * count, so that the queue (SQL) and the dates shown (Java) agree.
 */
final class Retirement {

    private Retirement() {
    }

    static int age(Gender gender, AlertSettings settings) {
        return gender == Gender.F ? settings.retirementAgeWomen() : settings.retirementAgeMen();
    }

    static LocalDate date(LocalDate birthDate, Gender gender, AlertSettings settings) {
        return birthDate.plusYears(age(gender, settings));
    }
}
