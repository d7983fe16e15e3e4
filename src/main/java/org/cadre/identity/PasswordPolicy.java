package org.cadre.identity;

import org.cadre.shared.BusinessRuleException;

/** At least 10 characters with letters and digits; long passphrases are welcome. */
public final class PasswordPolicy {

    private PasswordPolicy() {
    }

    public static void check(String password) {
        if (password == null || password.length() < 10 || password.length() > 128
                || password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            throw BusinessRuleException.onField("password", "account.password.weak");
        }
    }
}
