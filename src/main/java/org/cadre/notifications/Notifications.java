package org.cadre.notifications;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.cadre.identity.AccountAdministration;
import org.cadre.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sends in-app notifications to accounts and tells how many are unread. */
@Service
public class Notifications {

    static final int MAX_ARG = 500;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccountAdministration accounts;

    Notifications(JdbcClient jdbc, Clock clock, AccountAdministration accounts) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accounts = accounts;
    }

    /**
     * Sends a notification unless this account already got one with the same dedupe key.
     *
     * @param accountId  who gets it
     * @param messageKey the message shown, e.g. {@code cadres.work.notification}
     * @param args       its arguments; one written {@code #{key}} is rendered as that message
     * @param url        where it leads, relative to the application, or null
     * @param dedupeKey  what makes it the same notification (e.g. kind, subject and due date), or null to always send
     * @return whether it was sent (false: sent before)
     */
    @Transactional
    public boolean send(long accountId, String messageKey, List<String> args, String url, String dedupeKey) {
        if (Text.blankToNull(messageKey) == null) {
            throw new IllegalArgumentException("messageKey is required");
        }
        String[] values = args.stream().map(a -> a == null ? "" : a.length() > MAX_ARG ? a.substring(0, MAX_ARG) : a)
                .toArray(String[]::new);
        return jdbc.sql("""
                insert into notification_message (account_id, message_key, args, url, dedupe_key, created_at)
                values (:account, :key, :args, :url, :dedupe, :now)
                on conflict do nothing
                """).param("account", accountId).param("key", messageKey).param("args", values)
                .param("url", url).param("dedupe", dedupeKey).param("now", OffsetDateTime.now(clock))
                .update() == 1;
    }

    /** Sends a notification every time (no dedupe key). */
    @Transactional
    public boolean send(long accountId, String messageKey, List<String> args, String url) {
        return send(accountId, messageKey, args, url, null);
    }

    /**
     * Sends a notification to every usable account of a person (none when the person has no account), each once per
     * dedupe key; see {@link #send(long, String, List, String, String)}.
     *
     * @return how many accounts got it now
     */
    @Transactional
    public int sendToPerson(long personId, String messageKey, List<String> args, String url, String dedupeKey) {
        int sent = 0;
        for (long account : accounts.accountIdsOf(personId)) {
            if (send(account, messageKey, args, url, dedupeKey)) {
                sent++;
            }
        }
        return sent;
    }

    public long unreadCount(long accountId) {
        return jdbc.sql("select count(*) from notification_message where account_id = ? and read_at is null")
                .param(accountId).query(Long.class).single();
    }
}
