package org.cadre.identity.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import org.cadre.identity.AccessControl;
import org.cadre.identity.AuditLog;
import org.cadre.identity.CurrentUser;
import org.cadre.identity.PasswordPolicy;
import org.cadre.shared.BusinessRuleException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's own account: what it is and holds, and changing its password. */
@Service
@PreAuthorize("isAuthenticated()")
public class OwnAccount {

    private final JdbcClient jdbc;
    private final AccountStates states;
    private final AccessControl access;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final LoginThrottle throttle;
    private final Clock clock;

    OwnAccount(JdbcClient jdbc, AccountStates states, AccessControl access, PasswordEncoder passwords, AuditLog audit,
               LoginThrottle throttle, Clock clock) {
        this.jdbc = jdbc;
        this.states = states;
        this.access = access;
        this.passwords = passwords;
        this.audit = audit;
        this.throttle = throttle;
        this.clock = clock;
    }

    public AccountState current() {
        return states.require(access.requireUser().accountId());
    }

    /**
     * The current password proves that it is the holder, not someone at an unattended desk; wrong ones count as
     * failed sign-ins, and block the account as those do. A refusal commits (it has changed nothing but that count,
     * which must stay); every other write comes after the last check.
     */
    @Transactional(noRollbackFor = BusinessRuleException.class)
    public void changePassword(String currentPassword, String newPassword) {
        CurrentUser me = access.requireUser();
        AccountState before = states.requireForUpdate(me.accountId());
        throttle.blockedUntil(me.accountId()).ifPresent(until -> {
            throw blocked(until);
        });
        String hash = jdbc.sql("select password_hash from identity_account where id = ?").param(me.accountId())
                .query(String.class).single();
        if (currentPassword == null || !passwords.matches(currentPassword, hash)) {
            throw throttle.failed(me.accountId()).map(this::blocked)
                    .orElseGet(() -> BusinessRuleException.onField("currentPassword", "account.password.currentWrong"));
        }
        throttle.passed(me.accountId());
        try {
            PasswordPolicy.check(newPassword);
        } catch (BusinessRuleException e) {
            throw BusinessRuleException.onField("newPassword", e.messageKey(), e.arguments());
        }
        if (passwords.matches(newPassword, hash)) {
            throw BusinessRuleException.onField("newPassword", "account.password.unchanged");
        }
        jdbc.sql("""
                update identity_account set password_hash = ?, password_temporary = false, password_changed_at = ?,
                       version = version + 1
                where id = ?""").params(passwords.encode(newPassword), OffsetDateTime.now(clock), me.accountId())
                .update();
        audit.record("account.passwordChanged", "account", me.accountId(), before.username(), before,
                states.require(me.accountId()));
    }

    private BusinessRuleException blocked(OffsetDateTime until) {
        return BusinessRuleException.onField("currentPassword", "account.password.blocked",
                until.atZoneSameInstant(clock.getZone()).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
    }
}
