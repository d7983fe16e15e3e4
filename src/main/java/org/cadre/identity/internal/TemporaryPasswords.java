package org.cadre.identity.internal;

import java.security.SecureRandom;

/**
 * Passwords generated for a person (the first administrator, a reset): 16 characters without look-alikes (0/O, 1/l/I),
 * always with letters and digits so that they pass the password policy.
 */
public final class TemporaryPasswords {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String ALPHABET = LETTERS + DIGITS;
    private static final SecureRandom random = new SecureRandom();

    private TemporaryPasswords() {
    }

    public static String generate() {
        char[] password = new char[16];
        for (int i = 0; i < password.length; i++) {
            password[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        // One letter and one digit at random places, whatever the draw gave.
        int letterAt = random.nextInt(password.length);
        int digitAt = (letterAt + 1 + random.nextInt(password.length - 1)) % password.length;
        password[letterAt] = LETTERS.charAt(random.nextInt(LETTERS.length()));
        password[digitAt] = DIGITS.charAt(random.nextInt(DIGITS.length()));
        return new String(password);
    }
}
