package org.cadre.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #FREE_ATTEMPTS} failed logins an account is blocked for a while,
 * doubling with each further failure (kept in the database, so it holds across several application nodes).
 */
@Component
class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;
    private static final Duration FIRST_BLOCK = Duration.ofMinutes(1);
    private static final Duration LONGEST_BLOCK = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        Integer failures = jdbc.sql("""
                update identity_account set failed_logins = failed_logins + 1
                where lower(username) = lower(?) returning failed_logins
                """).param(username).query(Integer.class).optional().orElse(0);
        if (failures >= FREE_ATTEMPTS) {
            jdbc.sql("update identity_account set login_blocked_until = ? where lower(username) = lower(?)")
                    .param(OffsetDateTime.now(clock).plus(blockFor(failures))).param(username).update();
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        jdbc.sql("""
                update identity_account set failed_logins = 0, login_blocked_until = null, last_login_at = ?
                where lower(username) = lower(?)
                """).param(OffsetDateTime.now(clock)).param(event.getAuthentication().getName()).update();
    }

    static Duration blockFor(int failures) {
        int doublings = Math.min(failures - FREE_ATTEMPTS, 10);
        Duration block = FIRST_BLOCK.multipliedBy(1L << doublings);
        return block.compareTo(LONGEST_BLOCK) > 0 ? LONGEST_BLOCK : block;
    }
}
