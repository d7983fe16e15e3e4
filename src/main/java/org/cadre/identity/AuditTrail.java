package org.cadre.identity;

import java.time.OffsetDateTime;
import java.util.List;

import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reading the audit log: the history of one thing (shown on its page) and the administrators' search. */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Entry(long id, OffsetDateTime occurredAt, String actorName, String remoteAddr, String action,
                        String entityType, String entityId, String summary, String before, String after) {
    }

    /** Every entry about one thing, newest first. The caller checks that the reader may see the thing. */
    public Page<Entry> forEntity(String entityType, Object entityId, PageRequest page) {
        String id = String.valueOf(entityId);
        long total = jdbc.sql("select count(*) from audit_entry where entity_type = ? and entity_id = ?")
                .params(entityType, id).query(Long.class).single();
        List<Entry> items = jdbc.sql("""
                select id, occurred_at, actor_name, remote_addr, action, entity_type, entity_id, summary,
                       before_state::text as before_state, after_state::text as after_state
                from audit_entry where entity_type = ? and entity_id = ?
                order by occurred_at desc, id desc limit ? offset ?
                """).params(entityType, id, page.limit(), page.offset())
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
                        rs.getString("actor_name"), rs.getString("remote_addr"), rs.getString("action"),
                        rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("summary"),
                        rs.getString("before_state"), rs.getString("after_state")))
                .list();
        return new Page<>(items, total, page);
    }
}
