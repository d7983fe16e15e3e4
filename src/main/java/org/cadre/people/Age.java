package org.cadre.people;

import java.time.LocalDate;
import java.time.Period;

/** Age in completed years on a date (周岁), and the birth-date bounds that an age range stands for. */
public final class Age {

    private Age() {
    }

    public static int on(LocalDate birthDate, LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    /** People at least {@code age} years old on {@code date} were born on or before this day. */
    public static LocalDate bornOnOrBefore(int age, LocalDate date) {
        return date.minusYears(age);
    }

    /** People at most {@code age} years old on {@code date} were born after this day. */
    public static LocalDate bornAfter(int age, LocalDate date) {
        return date.minusYears(age + 1L);
    }
}
