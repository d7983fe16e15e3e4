package org.cadre.ballots.internal;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * One-time voting codes: 12 characters from an alphabet without look-alikes (no 0/O, 1/I), 60 random bits, shown
 * in three groups ({@code 7KQM-3XH9-PA2D}). A voter may type them in lower case, with or without dashes or spaces.
 */
final class VotingCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int LENGTH = 12;
    private static final SecureRandom random = new SecureRandom();

    private VotingCodes() {
    }

    /** A new code, without dashes. */
    static String next() {
        return random(LENGTH);
    }

    /** A receipt: 8 characters, shown as two groups. */
    static String nextReceipt() {
        return random(8);
    }

    private static String random(int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed, reduced to its characters; null when it cannot be a code. */
    static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return null;
        }
        return code;
    }

    /** As printed on a slip: groups of four joined by dashes. */
    static String display(String code) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < code.length(); i += 4) {
            if (i > 0) {
                shown.append('-');
            }
            shown.append(code, i, Math.min(i + 4, code.length()));
        }
        return shown.toString();
    }
}
