package org.cadre.people.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.cadre.people.Gender;

/** Valid national IDs for tests, with the birth date and gender they encode. */
public final class TestNationalIds {

    private static final AtomicInteger PLACES = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000, 800_000));

    private TestNationalIds() {
    }

    /** Place 320102 (Nanjing) and a sequence of the right parity. */
    public static String of(LocalDate birthDate, Gender gender, int sequence) {
        return of("320102", birthDate, gender, sequence);
    }

    /** A number no other test uses: each call takes another place code. */
    public static String unique(LocalDate birthDate, Gender gender) {
        return of(String.valueOf(PLACES.incrementAndGet()), birthDate, gender, 1);
    }

    private static String of(String place, LocalDate birthDate, Gender gender, int sequence) {
        int seq = (sequence % 50) * 2 + (gender == Gender.M ? 1 : 0);
        String body = place + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", seq);
        return body + NationalId.checkCharacter(body + "0");
    }
}
