package org.cadre.identity.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.cadre.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The administrators' list of accounts, filtered and paged in the database. */
@Service
@PreAuthorize("hasAuthority('account:manage')")
public class AccountQueries {

    private static final String FILTER = """
            from identity_account a
            where (cast(:text as text) is null
                   or a.username ilike cast(:text as text) escape '\\' or a.display_name ilike cast(:text as text) escape '\\')
              and (cast(:role as text) is null or exists (
                       select 1 from identity_grant g join identity_role r on r.id = g.role_id
                       where g.account_id = a.id and r.code = cast(:role as text)))
              and (cast(:status as text) is null
                   or (cast(:status as text) = 'ACTIVE' and a.enabled and not a.locked
                       and not coalesce(a.login_blocked_until > :now, false))
                   or (cast(:status as text) = 'LOCKED' and a.locked)
                   or (cast(:status as text) = 'BLOCKED' and a.login_blocked_until > :now)
                   or (cast(:status as text) = 'DISABLED' and not a.enabled))
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @param text part of the user name or display name */
    public record Filter(String text, String role, AccountStatus status) {

        public Filter {
            text = Text.blankToNull(text);
            role = Text.blankToNull(role);
        }
    }

    public record Row(long id, String username, String displayName, Long personId, boolean enabled, boolean locked,
                      boolean blocked, List<String> roles, OffsetDateTime lastLoginAt) {
    }

    public Page<Row> search(Filter filter, PageRequest page) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String text = filter.text() == null ? null : Text.likeContains(filter.text());
        String status = filter.status() == null ? null : filter.status().name();
        long total = jdbc.sql("select count(*) " + FILTER)
                .param("text", text).param("role", filter.role()).param("status", status).param("now", now)
                .query(Long.class).single();
        List<Row> rows = jdbc.sql("""
                select a.id, a.username, a.display_name, a.person_id, a.enabled, a.locked, a.last_login_at,
                       coalesce(a.login_blocked_until > :now, false) as blocked,
                       array(select distinct r.code from identity_grant g join identity_role r on r.id = g.role_id
                             where g.account_id = a.id order by r.code) as roles
                """ + FILTER + """
                order by lower(a.username) limit :limit offset :offset
                """)
                .param("text", text).param("role", filter.role()).param("status", status).param("now", now)
                .param("limit", page.limit()).param("offset", page.offset())
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                        (Long) rs.getObject("person_id"), rs.getBoolean("enabled"), rs.getBoolean("locked"),
                        rs.getBoolean("blocked"), Arrays.asList((String[]) rs.getArray("roles").getArray()),
                        rs.getObject("last_login_at", OffsetDateTime.class)))
                .list();
        return new Page<>(rows, total, page);
    }
}
