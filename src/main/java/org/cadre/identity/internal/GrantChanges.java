package org.cadre.identity.internal;

import org.cadre.identity.AccountAdministration;
import org.cadre.identity.AuditLog;
import org.cadre.identity.ScopeKind;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adding and removing an account's grants (a removal signs the account out, since sessions keep their grants). The company always keeps at least one usable system administrator: the
 * last company-wide SYSTEM_ADMIN grant of an enabled, unlocked account cannot be removed.
 */
@Service
@PreAuthorize("hasAuthority('account:manage')")
public class GrantChanges {

    static final String SYSTEM_ADMIN = "SYSTEM_ADMIN";

    private final AccountAdministration accounts;
    private final AccountStates states;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final LiveSessions sessions;

    GrantChanges(AccountAdministration accounts, AccountStates states, JdbcClient jdbc, AuditLog audit,
                 LiveSessions sessions) {
        this.accounts = accounts;
        this.states = states;
        this.jdbc = jdbc;
        this.audit = audit;
        this.sessions = sessions;
    }

    @Transactional
    public long add(long accountId, String roleCode, ScopeKind scope, Long unitId) {
        return accounts.grant(accountId, roleCode, scope, scope == ScopeKind.UNIT ? unitId : null);
    }

    @Transactional
    public void remove(long accountId, long grantId) {
        // one removal at a time may decide who is the last administrator
        jdbc.sql("select id from identity_role where code = ? for update").param(SYSTEM_ADMIN).query(Long.class).list();
        AccountState before = states.requireForUpdate(accountId);
        GrantState grant = before.grants().stream().filter(g -> g.id() == grantId).findFirst()
                .orElseThrow(() -> new NotFoundException("grant", grantId));
        if (SYSTEM_ADMIN.equals(grant.role()) && grant.scope() == ScopeKind.ALL && otherAdministrators(grantId) == 0) {
            throw new BusinessRuleException("account.grant.lastAdmin");
        }
        jdbc.sql("delete from identity_grant where id = ?").param(grantId).update();
        audit.record("account.grantRemoved", "account", accountId, before.username() + ": " + grant.role() + " "
                + grant.scope() + (grant.unitId() == null ? "" : " " + grant.unitId()), before, states.require(accountId));
        // a session keeps the grants it signed in with: the holder signs in again without this one
        sessions.endAfterCommit(before.username());
    }

    private long otherAdministrators(long grantId) {
        return jdbc.sql("""
                select count(*) from identity_grant g
                join identity_role r on r.id = g.role_id
                join identity_account a on a.id = g.account_id
                where r.code = ? and g.scope_kind = 'ALL' and g.id <> ? and a.enabled and not a.locked
                """).params(SYSTEM_ADMIN, grantId).query(Long.class).single();
    }
}
