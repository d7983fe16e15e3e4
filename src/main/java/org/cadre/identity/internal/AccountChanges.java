package org.cadre.identity.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.cadre.identity.AccessControl;
import org.cadre.identity.AuditLog;
import org.cadre.shared.BusinessRuleException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator does to an account: enable or disable it, lock or unlock it, clear a login block, reset its
 * password, link it to a person. Each change is audited with the account's state before and after; locking,
 * disabling and resetting also sign the account out everywhere.
 */
@Service
@PreAuthorize("hasAuthority('account:manage')")
public class AccountChanges {

    private final JdbcClient jdbc;
    private final AccountStates states;
    private final AuditLog audit;
    private final AccessControl access;
    private final PasswordEncoder passwords;
    private final LiveSessions sessions;
    private final Directories directories;
    private final Clock clock;

    AccountChanges(JdbcClient jdbc, AccountStates states, AuditLog audit, AccessControl access,
                   PasswordEncoder passwords, LiveSessions sessions, Directories directories, Clock clock) {
        this.jdbc = jdbc;
        this.states = states;
        this.audit = audit;
        this.access = access;
        this.passwords = passwords;
        this.sessions = sessions;
        this.directories = directories;
        this.clock = clock;
    }

    @Transactional
    public void setEnabled(long accountId, boolean enabled) {
        AccountState before = states.requireForUpdate(accountId);
        if (!enabled) {
            refuseForSelf(accountId, "account.self.disable");
        }
        if (before.enabled() == enabled) {
            return;
        }
        jdbc.sql("update identity_account set enabled = ?, version = version + 1 where id = ?")
                .params(enabled, accountId).update();
        audited(enabled ? "account.enabled" : "account.disabled", before);
        if (!enabled) {
            sessions.endAfterCommit(before.username());
        }
    }

    @Transactional
    public void setLocked(long accountId, boolean locked) {
        AccountState before = states.requireForUpdate(accountId);
        if (locked) {
            refuseForSelf(accountId, "account.self.lock");
        }
        if (before.locked() == locked) {
            return;
        }
        jdbc.sql("update identity_account set locked = ?, version = version + 1 where id = ?")
                .params(locked, accountId).update();
        audited(locked ? "account.locked" : "account.unlocked", before);
        if (locked) {
            sessions.endAfterCommit(before.username());
        }
    }

    /** Lets the account sign in again at once after too many failed attempts. */
    @Transactional
    public void clearLoginBlock(long accountId) {
        AccountState before = states.requireForUpdate(accountId);
        jdbc.sql("""
                update identity_account set failed_logins = 0, login_blocked_until = null, version = version + 1
                where id = ?""").param(accountId).update();
        audited("account.loginBlockCleared", before);
    }

    /**
     * Replaces the password with a generated one that its holder must change at the next sign-in. The password is
     * returned to be shown once to the administrator; it is kept nowhere but as a hash.
     */
    @Transactional
    public String resetPassword(long accountId) {
        AccountState before = states.requireForUpdate(accountId);
        String temporary = TemporaryPasswords.generate();
        jdbc.sql("""
                update identity_account
                set password_hash = ?, password_temporary = true, password_changed_at = ?,
                    failed_logins = 0, login_blocked_until = null, version = version + 1
                where id = ?""").params(passwords.encode(temporary), OffsetDateTime.now(clock), accountId).update();
        audited("account.passwordReset", before);
        sessions.endAfterCommit(before.username());
        return temporary;
    }

    /** @param reference an employee number (a person id when no person directory is present) */
    @Transactional
    public void linkPerson(long accountId, String reference) {
        AccountState before = states.requireForUpdate(accountId);
        long personId = directories.resolvePerson(reference, "person");
        states.usernameLinkedTo(personId, accountId).ifPresent(other -> {
            throw BusinessRuleException.onField("person", "account.person.taken", other);
        });
        jdbc.sql("update identity_account set person_id = ?, version = version + 1 where id = ?")
                .params(personId, accountId).update();
        audited("account.personLinked", before);
        // a session keeps the person it signed in as (own record, own ballots): it must sign in again
        sessions.endAfterCommit(before.username());
    }

    @Transactional
    public void unlinkPerson(long accountId) {
        AccountState before = states.requireForUpdate(accountId);
        if (before.personId() == null) {
            return;
        }
        jdbc.sql("update identity_account set person_id = null, version = version + 1 where id = ?")
                .param(accountId).update();
        audited("account.personUnlinked", before);
        sessions.endAfterCommit(before.username());
    }

    private void refuseForSelf(long accountId, String messageKey) {
        if (access.requireUser().accountId() == accountId) {
            throw new BusinessRuleException(messageKey);
        }
    }

    private void audited(String action, AccountState before) {
        audit.record(action, "account", before.id(), before.username(), before, states.require(before.id()));
    }
}
