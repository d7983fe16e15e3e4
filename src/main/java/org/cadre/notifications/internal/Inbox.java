package org.cadre.notifications.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cadre.identity.AccessControl;
import org.cadre.identity.AuditLog;
import org.cadre.shared.NotFoundException;
import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's notifications: newest first, paged in the database, rendered in their language. */
@Component
class Inbox {

    /** An argument that is itself a message key: {@code #{cadres.work.kind.ROTATION_DUE}}. */
    private static final Pattern MESSAGE_ARG = Pattern.compile("#\\{([\\w.\\-]+)}");

    /** A notification as the reader sees it. */
    record Notification(long id, String text, String url, OffsetDateTime createdAt, boolean read) {
    }

    private record Stored(long id, String messageKey, List<String> args, String url, OffsetDateTime createdAt,
                          OffsetDateTime readAt) {
    }

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    Inbox(JdbcClient jdbc, AccessControl access, AuditLog audit, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Page<Notification> page(boolean unreadOnly, PageRequest page, Locale locale) {
        long account = access.requireUser().accountId();
        long total = jdbc.sql("""
                select count(*) from notification_message where account_id = :account and (not :unread or read_at is null)
                """).param("account", account).param("unread", unreadOnly).query(Long.class).single();
        List<Notification> items = jdbc.sql("""
                select id, message_key, args, url, created_at, read_at from notification_message
                where account_id = :account and (not :unread or read_at is null)
                order by created_at desc, id desc limit :limit offset :offset
                """).param("account", account).param("unread", unreadOnly)
                .param("limit", page.limit()).param("offset", page.offset())
                .query((rs, n) -> new Stored(rs.getLong("id"), rs.getString("message_key"), strings(rs.getArray("args")),
                        rs.getString("url"), local(rs.getObject("created_at", OffsetDateTime.class)),
                        rs.getObject("read_at", OffsetDateTime.class)))
                .list().stream().map(s -> render(s, locale)).toList();
        return new Page<>(items, total, page);
    }

    /** Marks one of the user's notifications read and tells where it leads; someone else's is "not found". */
    @Transactional
    String markRead(long id) {
        long account = access.requireUser().accountId();
        record Row(String url, boolean read) {
        }
        Row row = jdbc.sql("""
                select url, read_at is not null as read from notification_message
                where id = :id and account_id = :account for update
                """).param("id", id).param("account", account).query(Row.class).optional()
                .orElseThrow(() -> new NotFoundException("notification", id));
        if (!row.read()) {
            jdbc.sql("update notification_message set read_at = :now where id = :id")
                    .param("now", OffsetDateTime.now(clock)).param("id", id).update();
            audit.record("notification.read", "notification", id, null, Map.of("read", false), Map.of("read", true));
        }
        return row.url();
    }

    @Transactional
    int markAllRead() {
        long account = access.requireUser().accountId();
        int count = jdbc.sql("""
                update notification_message set read_at = :now where account_id = :account and read_at is null
                """).param("now", OffsetDateTime.now(clock)).param("account", account).update();
        if (count > 0) {
            audit.record("notification.all-read", "account", account, String.valueOf(count), null,
                    Map.of("markedRead", count));
        }
        return count;
    }

    private Notification render(Stored s, Locale locale) {
        Object[] args = s.args().stream().map(a -> {
            Matcher m = MESSAGE_ARG.matcher(a);
            return (Object) (m.matches() ? messages.getMessage(m.group(1), null, m.group(1), locale) : a);
        }).toArray();
        String text = messages.getMessage(s.messageKey(), args, s.messageKey(), locale);
        return new Notification(s.id(), text, s.url(), s.createdAt(), s.readAt() != null);
    }

    private OffsetDateTime local(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(clock.getZone()).toOffsetDateTime();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
