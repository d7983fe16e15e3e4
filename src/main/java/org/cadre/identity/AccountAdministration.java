package org.cadre.identity;

import java.util.Map;

import org.cadre.shared.BusinessRuleException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating accounts and granting roles; used by the administration pages, the API and the demo company. */
@Service
public class AccountAdministration {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AuditLog audit;

    AccountAdministration(JdbcClient jdbc, PasswordEncoder passwords, AuditLog audit) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Transactional
    public long createAccount(String username, String displayName, String rawPassword, Long personId) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{3,64}")) {
            throw BusinessRuleException.onField("username", "account.username.invalid");
        }
        PasswordPolicy.check(rawPassword);
        boolean taken = jdbc.sql("select count(*) from identity_account where lower(username) = lower(?)")
                .param(username).query(Long.class).single() > 0;
        if (taken) {
            throw BusinessRuleException.onField("username", "account.username.taken", username);
        }
        long id = jdbc.sql("""
                insert into identity_account (username, password_hash, display_name, person_id)
                values (?, ?, ?, ?) returning id
                """).params(username, passwords.encode(rawPassword), displayName, personId)
                .query(Long.class).single();
        audit.record("account.created", "account", id, username, null,
                Map.of("username", username, "displayName", displayName, "personId", String.valueOf(personId)));
        return id;
    }

    @Transactional
    public void grant(long accountId, String roleCode, ScopeKind scope, Long scopeUnitId) {
        Long roleId = jdbc.sql("select id from identity_role where code = ?").param(roleCode)
                .query(Long.class).optional()
                .orElseThrow(() -> BusinessRuleException.onField("role", "account.role.unknown", roleCode));
        if ((scope == ScopeKind.UNIT) != (scopeUnitId != null)) {
            throw BusinessRuleException.onField("scopeUnitId", "account.grant.scopeUnit");
        }
        jdbc.sql("""
                insert into identity_grant (account_id, role_id, scope_kind, scope_unit_id) values (?, ?, ?, ?)
                on conflict do nothing
                """).params(accountId, roleId, scope.name(), scopeUnitId).update();
        audit.record("account.granted", "account", accountId, roleCode + " " + scope
                + (scopeUnitId == null ? "" : " " + scopeUnitId), null, null);
    }
}
