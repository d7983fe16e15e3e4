package org.cadre.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.cadre.shared.Text;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Reading the audit log: the history of one thing (shown on its page) and the auditors' search. */
@Service
public class AuditTrail {

    private static final String COLUMNS = """
            select id, occurred_at, actor_name, remote_addr, action, entity_type, entity_id, summary,
                   before_state::text as before_state, after_state::text as after_state
            """;

    private static final String SEARCH = """
            from audit_entry
            where (cast(:actor as text) is null or lower(actor_name) = lower(cast(:actor as text)))
              and (cast(:action as text) is null or action = cast(:action as text))
              and (cast(:type as text) is null or entity_type = cast(:type as text))
              and (cast(:entityId as text) is null or entity_id = cast(:entityId as text))
              and (cast(:from as timestamptz) is null or occurred_at >= cast(:from as timestamptz))
              and (cast(:to as timestamptz) is null or occurred_at < cast(:to as timestamptz))
              and (cast(:text as text) is null or summary ilike cast(:text as text) escape '\\')
            """;

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, AccessControl access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    public record Entry(long id, OffsetDateTime occurredAt, String actorName, String remoteAddr, String action,
                        String entityType, String entityId, String summary, String before, String after) {
    }

    /**
     * What an auditor looks for; every part is optional (blank means any).
     *
     * @param actor  the user name of whoever made the change (exact, any case)
     * @param from   first day, inclusive, in the company's time zone
     * @param to     last day, inclusive
     * @param text   part of the summary
     */
    public record Search(String actor, String action, String entityType, String entityId,
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String text) {

        public Search {
            actor = Text.blankToNull(actor);
            action = Text.blankToNull(action);
            entityType = Text.blankToNull(entityType);
            entityId = Text.blankToNull(entityId);
            text = Text.blankToNull(text);
        }

        public static Search everything() {
            return new Search(null, null, null, null, null, null, null);
        }
    }

    /** Every entry about one thing, newest first. The caller checks that the reader may see the thing. */
    public Page<Entry> forEntity(String entityType, Object entityId, PageRequest page) {
        String id = String.valueOf(entityId);
        long total = jdbc.sql("select count(*) from audit_entry where entity_type = ? and entity_id = ?")
                .params(entityType, id).query(Long.class).single();
        List<Entry> items = jdbc.sql(COLUMNS + """
                from audit_entry where entity_type = ? and entity_id = ?
                order by occurred_at desc, id desc limit ? offset ?
                """).params(entityType, id, page.limit(), page.offset())
                .query(AuditTrail::entry).list();
        return new Page<>(items, total, page);
    }

    /**
     * The auditors' search over the whole log, newest first. The log is the whole company's, so it takes audit:read
     * granted company-wide; a grant scoped to a unit shows only the history of the things within it.
     */
    @PreAuthorize("hasAuthority('audit:read')")
    public Page<Entry> search(Search search, PageRequest page) {
        if (!access.requireScope(Permissions.AUDIT_READ).all()) {
            throw new AccessDeniedException("audit:read is not granted for the whole company");
        }
        OffsetDateTime from = search.from() == null ? null : search.from().atStartOfDay(clock.getZone()).toOffsetDateTime();
        OffsetDateTime to = search.to() == null ? null
                : search.to().plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
        String text = search.text() == null ? null : Text.likeContains(search.text());
        long total = jdbc.sql("select count(*) " + SEARCH)
                .param("actor", search.actor()).param("action", search.action()).param("type", search.entityType())
                .param("entityId", search.entityId()).param("from", from).param("to", to).param("text", text)
                .query(Long.class).single();
        List<Entry> items = jdbc.sql(COLUMNS + SEARCH + "order by occurred_at desc, id desc limit :limit offset :offset")
                .param("actor", search.actor()).param("action", search.action()).param("type", search.entityType())
                .param("entityId", search.entityId()).param("from", from).param("to", to).param("text", text)
                .param("limit", page.limit()).param("offset", page.offset())
                .query(AuditTrail::entry).list();
        return new Page<>(items, total, page);
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
                rs.getString("actor_name"), rs.getString("remote_addr"), rs.getString("action"),
                rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("summary"),
                rs.getString("before_state"), rs.getString("after_state"));
    }
}
