package org.cadre.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #FREE_ATTEMPTS} wrong passwords (at sign-in, or when changing one's
 * own) an account is blocked for a while, doubling with each further failure (kept in the database, so it holds
 * across several application nodes).
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
        jdbc.sql("select id from identity_account where lower(username) = lower(?)").param(username)
                .query(Long.class).optional().ifPresent(this::failed);
    }

    /**
     * One more wrong password for the account, at sign-in or when changing one's own (which would otherwise allow
     * unlimited guesses from a session left open).
     *
     * @return until when the account is now blocked, if this failure blocks it
     */
    Optional<OffsetDateTime> failed(long accountId) {
        Integer failures = jdbc.sql("""
                update identity_account set failed_logins = failed_logins + 1 where id = ? returning failed_logins
                """).param(accountId).query(Integer.class).optional().orElse(0);
        if (failures < FREE_ATTEMPTS) {
            return Optional.empty();
        }
        OffsetDateTime until = OffsetDateTime.now(clock).plus(blockFor(failures));
        jdbc.sql("update identity_account set login_blocked_until = ? where id = ?").params(until, accountId).update();
        return Optional.of(until);
    }

    /** Until when the account is blocked, if it is now. */
    Optional<OffsetDateTime> blockedUntil(long accountId) {
        return jdbc.sql("select login_blocked_until from identity_account where id = ? and login_blocked_until > ?")
                .params(accountId, OffsetDateTime.now(clock)).query(OffsetDateTime.class).optional();
    }

    /** The right password, given to change it: the count of wrong ones starts again, as after a sign-in. */
    void passed(long accountId) {
        jdbc.sql("update identity_account set failed_logins = 0, login_blocked_until = null where id = ?")
                .param(accountId).update();
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
