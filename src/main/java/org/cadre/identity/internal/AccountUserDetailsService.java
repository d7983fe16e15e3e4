package org.cadre.identity.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.cadre.identity.CurrentUser;
import org.cadre.identity.Grant;
import org.cadre.identity.ScopeKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads an account with its grants; an account blocked after failed logins counts as locked until the block ends. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountUserDetailsService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public CurrentUser loadUserByUsername(String username) {
        return findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
    }

    Optional<CurrentUser> findByUsername(String username) {
        return jdbc.sql("select id from identity_account where lower(username) = lower(?)").param(username)
                .query(Long.class).optional().flatMap(this::findById);
    }

    Optional<CurrentUser> findById(long accountId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return jdbc.sql("""
                select id, username, display_name, person_id, password_hash, enabled,
                       locked or coalesce(login_blocked_until > :now, false) as locked
                from identity_account where id = :id
                """)
                .param("id", accountId).param("now", now)
                .query((rs, n) -> new CurrentUser(rs.getLong("id"), rs.getString("username"),
                        rs.getString("display_name"), (Long) rs.getObject("person_id"), grants(accountId),
                        rs.getBoolean("locked"), rs.getBoolean("enabled"), rs.getString("password_hash")))
                .optional();
    }

    private List<Grant> grants(long accountId) {
        return jdbc.sql("""
                select r.code, g.scope_kind, g.scope_unit_id,
                       array(select p.permission from identity_role_permission p where p.role_id = r.id) as permissions
                from identity_grant g join identity_role r on r.id = g.role_id
                where g.account_id = ?
                order by g.id
                """)
                .param(accountId)
                .query((rs, n) -> new Grant(rs.getString("code"),
                        new HashSet<>(Arrays.asList((String[]) rs.getArray("permissions").getArray())),
                        ScopeKind.valueOf(rs.getString("scope_kind")), (Long) rs.getObject("scope_unit_id")))
                .list();
    }
}
