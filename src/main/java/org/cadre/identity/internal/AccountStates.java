package org.cadre.identity.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.cadre.identity.ScopeKind;
import org.cadre.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads one account with its grants; the caller checks that the reader may see it. */
@Component
public class AccountStates {

    private final JdbcClient jdbc;

    AccountStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AccountState> find(long accountId) {
        return read(accountId, "");
    }

    public AccountState require(long accountId) {
        return find(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
    }

    /** The same, locking the account's row until the end of the transaction, so that changes are made one at a time. */
    public AccountState requireForUpdate(long accountId) {
        return read(accountId, " for update").orElseThrow(() -> new NotFoundException("account", accountId));
    }

    /** Another account already linked to the person, if any. */
    public Optional<String> usernameLinkedTo(long personId, Long exceptAccountId) {
        return jdbc.sql("""
                select username from identity_account
                where person_id = :person and (cast(:except as bigint) is null or id <> :except)
                limit 1
                """).param("person", personId).param("except", exceptAccountId).query(String.class).optional();
    }

    private Optional<AccountState> read(long accountId, String lock) {
        return jdbc.sql("""
                select id, username, display_name, person_id, enabled, locked, password_temporary, failed_logins,
                       login_blocked_until, last_login_at
                from identity_account where id = ?""" + lock)
                .param(accountId)
                .query((rs, n) -> new AccountState(rs.getLong("id"), rs.getString("username"),
                        rs.getString("display_name"), (Long) rs.getObject("person_id"), rs.getBoolean("enabled"),
                        rs.getBoolean("locked"), rs.getBoolean("password_temporary"), rs.getInt("failed_logins"),
                        rs.getObject("login_blocked_until", OffsetDateTime.class),
                        rs.getObject("last_login_at", OffsetDateTime.class), grants(accountId)))
                .optional();
    }

    private List<GrantState> grants(long accountId) {
        return jdbc.sql("""
                select g.id, r.code, g.scope_kind, g.scope_unit_id
                from identity_grant g join identity_role r on r.id = g.role_id
                where g.account_id = ? order by g.id
                """).param(accountId)
                .query((rs, n) -> new GrantState(rs.getLong("id"), rs.getString("code"),
                        ScopeKind.valueOf(rs.getString("scope_kind")), (Long) rs.getObject("scope_unit_id")))
                .list();
    }
}
