package org.cadre.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    @Test
    void the_block_starts_at_one_minute_after_five_failures_and_doubles_up_to_an_hour() {
        assertThat(LoginThrottle.blockFor(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(LoginThrottle.blockFor(6)).isEqualTo(Duration.ofMinutes(2));
        assertThat(LoginThrottle.blockFor(8)).isEqualTo(Duration.ofMinutes(8));
        assertThat(LoginThrottle.blockFor(40)).isEqualTo(Duration.ofHours(1));
    }
}
