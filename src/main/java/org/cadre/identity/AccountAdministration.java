package org.cadre.identity;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cadre.identity.internal.AccountState;
import org.cadre.identity.internal.AccountStates;
import org.cadre.identity.internal.Directories;
import org.cadre.shared.BusinessRuleException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating accounts and granting roles; used by the administration pages, the API, the first administrator and the
 * demo company. The callers check the permission (the first administrator is created before anyone signs in).
 */
@Service
public class AccountAdministration {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final AccountStates states;
    private final Directories directories;

    AccountAdministration(JdbcClient jdbc, PasswordEncoder passwords, AuditLog audit, AccountStates states,
                          Directories directories) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.audit = audit;
        this.states = states;
        this.directories = directories;
    }

    /**
     * Who holds a permission, and where: each usable (enabled, not locked) account whose roles carry it, with the
     * union of the scopes of those grants (as {@link CurrentUser#scopeFor} computes it at sign-in).
     */
    @Transactional(readOnly = true)
    public Map<Long, DataScope> holdersOf(String permission) {
        Map<Long, List<Grant>> grants = new LinkedHashMap<>();
        Map<Long, Long> persons = new HashMap<>();
        jdbc.sql("""
                select a.id, a.person_id, g.scope_kind, g.scope_unit_id
                from identity_account a
                join identity_grant g on g.account_id = a.id
                join identity_role_permission rp on rp.role_id = g.role_id and rp.permission = :permission
                where a.enabled and not a.locked
                order by a.id, g.id
                """).param("permission", permission).query((ResultSet rs) -> {
                    long account = rs.getLong("id");
                    persons.put(account, (Long) rs.getObject("person_id"));
                    grants.computeIfAbsent(account, k -> new ArrayList<>()).add(new Grant("", Set.of(permission),
                            ScopeKind.valueOf(rs.getString("scope_kind")), (Long) rs.getObject("scope_unit_id")));
                });
        Map<Long, DataScope> holders = new LinkedHashMap<>();
        grants.forEach((account, held) -> {
            DataScope scope = new CurrentUser(account, "", "", persons.get(account), held, false, true, null)
                    .scopeFor(permission);
            if (!scope.isEmpty()) {
                holders.put(account, scope);
            }
        });
        return holders;
    }

    /** The usable (enabled, not locked) accounts that stand for a person; usually one, none for most people. */
    @Transactional(readOnly = true)
    public List<Long> accountIdsOf(long personId) {
        return jdbc.sql("select id from identity_account where person_id = ? and enabled and not locked order by id")
                .param(personId).query(Long.class).list();
    }

    /** @param personId the person the account stands for, or null */
    @Transactional
    public long createAccount(String username, String displayName, String rawPassword, Long personId) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{3,64}")) {
            throw BusinessRuleException.onField("username", "account.username.invalid");
        }
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 100) {
            throw BusinessRuleException.onField("displayName", "account.displayName.invalid");
        }
        PasswordPolicy.check(rawPassword);
        boolean taken = jdbc.sql("select count(*) from identity_account where lower(username) = lower(?)")
                .param(username).query(Long.class).single() > 0;
        if (taken) {
            throw BusinessRuleException.onField("username", "account.username.taken", username);
        }
        if (personId != null) {
            directories.checkPerson(personId, "person");
            states.usernameLinkedTo(personId, null).ifPresent(other -> {
                throw BusinessRuleException.onField("person", "account.person.taken", other);
            });
        }
        long id = jdbc.sql("""
                insert into identity_account (username, password_hash, display_name, person_id)
                values (?, ?, ?, ?) returning id
                """).params(username, passwords.encode(rawPassword), displayName.strip(), personId)
                .query(Long.class).single();
        audit.record("account.created", "account", id, username, null, states.require(id));
        return id;
    }

    /** Gives the account a role within a scope; {@code scopeUnitId} is the unit when the scope is UNIT. */
    @Transactional
    public long grant(long accountId, String roleCode, ScopeKind scope, Long scopeUnitId) {
        AccountState before = states.requireForUpdate(accountId);
        Long roleId = jdbc.sql("select id from identity_role where code = ?").param(roleCode)
                .query(Long.class).optional()
                .orElseThrow(() -> BusinessRuleException.onField("role", "account.role.unknown", roleCode));
        if (scope == null) {
            throw BusinessRuleException.onField("scope", "account.grant.scopeMissing");
        }
        if ((scope == ScopeKind.UNIT) != (scopeUnitId != null)) {
            throw BusinessRuleException.onField("unitId", "account.grant.scopeUnit");
        }
        if (scopeUnitId != null) {
            directories.checkUnit(scopeUnitId, "unitId");
        }
        long grantId = jdbc.sql("""
                insert into identity_grant (account_id, role_id, scope_kind, scope_unit_id) values (?, ?, ?, ?)
                on conflict do nothing returning id
                """).params(accountId, roleId, scope.name(), scopeUnitId).query(Long.class).optional()
                .orElseThrow(() -> BusinessRuleException.onField("role", "account.grant.exists", roleCode));
        audit.record("account.granted", "account", accountId, before.username() + ": " + roleCode + " " + scope
                + (scopeUnitId == null ? "" : " " + scopeUnitId), before, states.require(accountId));
        return grantId;
    }
}
