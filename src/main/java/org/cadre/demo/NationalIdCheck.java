package org.cadre.demo;

/** The check digit of an 18-digit resident ID number (GB 11643-1999, ISO 7064 MOD 11-2). */
final class NationalIdCheck {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private NationalIdCheck() {
    }

    static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }
}
