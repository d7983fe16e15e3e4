package org.cadre.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.HashSet;
import java.util.Set;

import org.cadre.identity.PasswordPolicy;
import org.junit.jupiter.api.Test;

class TemporaryPasswordsTest {

    @Test
    void every_generated_password_passes_the_policy_and_none_repeats() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            String password = TemporaryPasswords.generate();
            assertThatCode(() -> PasswordPolicy.check(password)).doesNotThrowAnyException();
            assertThat(password).hasSize(16).doesNotContainPattern("[0O1lI]");
            assertThat(seen.add(password)).isTrue();
        }
    }
}
