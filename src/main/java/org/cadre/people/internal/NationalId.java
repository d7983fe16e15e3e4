package org.cadre.people.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

import org.cadre.people.Gender;

/**
 * 居民身份证号码 (GB 11643): 6 digits of the place, 8 of the birth date, 3 of a sequence whose last digit is odd
 * for men and even for women, and a check character (ISO 7064 MOD 11-2, where 10 is written X).
 */
final class NationalId {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private NationalId() {
    }

    /** Upper case without spaces, the form in which numbers are stored and compared. */
    static String normalize(String id) {
        return id == null ? null : id.strip().replace(" ", "").toUpperCase();
    }

    /** The message key of what is wrong with the number on its own, if anything. */
    static Optional<String> problem(String id) {
        if (id.length() != 18 || !id.substring(0, 17).chars().allMatch(Character::isDigit)) {
            return Optional.of("people.nationalId.format");
        }
        if (checkCharacter(id) != id.charAt(17)) {
            return Optional.of("people.nationalId.checksum");
        }
        if (birthDate(id).isEmpty()) {
            return Optional.of("people.nationalId.birthDate");
        }
        return Optional.empty();
    }

    static char checkCharacter(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    static Optional<LocalDate> birthDate(String id) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Gender gender(String id) {
        return (id.charAt(16) - '0') % 2 == 1 ? Gender.M : Gender.F;
    }

    /** The first four and last four characters, the rest hidden: {@code 3201**********1234}. */
    static String mask(String id) {
        if (id == null) {
            return null;
        }
        if (id.length() <= 8) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
    }
}
