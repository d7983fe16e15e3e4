package org.cadre.identity;

import java.time.Clock;
import java.time.OffsetDateTime;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only record of every change: who, when, what (state before and after), from which address. Call it
 * inside the transaction of the change, so that the change and its record commit or roll back together.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, AccessControl access, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param action     what happened, e.g. {@code unit.renamed}
     * @param entityType the kind of thing changed, e.g. {@code unit}
     * @param entityId   its id
     * @param before     its state before (a record or map; null for a creation)
     * @param after      its state after (null for a deletion)
     */
    public void record(String action, String entityType, Object entityId, String summary, Object before, Object after) {
        var user = access.currentUser();
        jdbc.sql("""
                insert into audit_entry (occurred_at, actor_id, actor_name, remote_addr, action, entity_type, entity_id,
                                         summary, before_state, after_state)
                values (:at, :actorId, :actorName, :addr, :action, :type, :id, :summary,
                        cast(:before as jsonb), cast(:after as jsonb))
                """)
                .param("at", OffsetDateTime.now(clock))
                .param("actorId", user.map(CurrentUser::accountId).orElse(null))
                .param("actorName", user.map(CurrentUser::getUsername).orElse("system"))
                .param("addr", remoteAddress())
                .param("action", action)
                .param("type", entityType)
                .param("id", entityId == null ? null : String.valueOf(entityId))
                .param("summary", summary == null ? null : truncate(summary, 500))
                .param("before", before == null ? null : json.writeValueAsString(before))
                .param("after", after == null ? null : json.writeValueAsString(after))
                .update();
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
