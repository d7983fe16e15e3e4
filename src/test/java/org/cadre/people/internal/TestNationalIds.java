package org.cadre.people.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.cadre.people.Gender;

/** Valid national IDs for tests: place 320102 (Nanjing), the birth date, a sequence of the right parity. */
public final class TestNationalIds {

    private TestNationalIds() {
    }

    public static String of(LocalDate birthDate, Gender gender, int sequence) {
        int seq = (sequence % 50) * 2 + (gender == Gender.M ? 1 : 0);
        String body = "320102" + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", seq);
        return body + NationalId.checkCharacter(body + "0");
    }
}
