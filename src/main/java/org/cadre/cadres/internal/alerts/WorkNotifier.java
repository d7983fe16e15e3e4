package org.cadre.cadres.internal.alerts;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.cadre.cadres.CadreWorkNotifications;
import org.cadre.cadres.internal.WorkItem;
import org.cadre.identity.AccountAdministration;
import org.cadre.identity.AuditLog;
import org.cadre.identity.DataScope;
import org.cadre.identity.Permissions;
import org.cadre.notifications.Notifications;
import org.cadre.organization.OrganizationQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends each item of the work queue, once, as an in-app notification to everyone who holds cadre:manage with a scope
 * reaching the item's unit: daily at {@code cadre.alerts.notify-cron}, and when a manager asks. Several application
 * nodes may run it at the same time: the notification's dedupe key (recipient, kind, person, subject, due date) lets
 * only the first insert through.
 */
@Component
class WorkNotifier implements CadreWorkNotifications {

    static final String MESSAGE = "cadres.work.notification";

    private static final Logger log = LoggerFactory.getLogger(WorkNotifier.class);

    private final WorkQueue queue;
    private final AccountAdministration accounts;
    private final Notifications notifications;
    private final OrganizationQueries organization;
    private final AuditLog audit;
    private final Clock clock;
    private final AlertAccess access;

    WorkNotifier(WorkQueue queue, AccountAdministration accounts, Notifications notifications,
                 OrganizationQueries organization, AuditLog audit, Clock clock, AlertAccess access) {
        this.access = access;
        this.queue = queue;
        this.accounts = accounts;
        this.notifications = notifications;
        this.organization = organization;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(cron = "${cadre.alerts.notify-cron:0 0 7 * * *}", zone = "Asia/Shanghai")
    @Transactional
    public void daily() {
        int sent = send();
        log.info("Work queue notifications: {} sent", sent);
    }

    @Override
    @Transactional
    public int sendDue() {
        return send();
    }

    /**
     * "Send now" of a manager: it sends every manager's notifications and answers with the company-wide count, so
     * it needs cadre:manage for the whole company.
     */
    @PreAuthorize("hasAuthority('cadre:manage')")
    @Transactional
    public int sendNow() {
        if (!access.canCompanyWide(Permissions.CADRE_MANAGE)) {
            throw new org.springframework.security.access.AccessDeniedException("cadre:manage for the whole company");
        }
        return send();
    }

    /** @return how many notifications were new; call inside a transaction */
    int send() {
        LocalDate today = LocalDate.now(clock);
        List<WorkItem> items = queue.collect(today, DataScope.everything());
        Map<Long, DataScope> holders = accounts.holdersOf(Permissions.CADRE_MANAGE);
        Map<Long, Set<Long>> reach = new HashMap<>();
        int sent = 0;
        for (WorkItem item : items) {
            for (Map.Entry<Long, DataScope> holder : holders.entrySet()) {
                DataScope scope = holder.getValue();
                boolean reaches = scope.all() || reach.computeIfAbsent(holder.getKey(),
                        k -> organization.unitIdsWithin(scope, today)).contains(item.unitId());
                if (reaches && notifications.send(holder.getKey(), MESSAGE, arguments(item), item.url(), dedupeKey(item))) {
                    sent++;
                }
            }
        }
        audit.record("cadres.work.notified", "cadre-work", today, items.size() + " items, " + sent + " sent", null,
                Map.of("items", items.size(), "sent", sent));
        return sent;
    }

    static List<String> arguments(WorkItem item) {
        return List.of("#{cadres.work.kind." + item.kind() + "}", Objects.toString(item.personName(), ""),
                Objects.toString(item.subject(), ""), item.dueDate().toString());
    }

    /** The same thing due on the same day is the same notification; a new due date is news. */
    static String dedupeKey(WorkItem item) {
        String subject = UUID.nameUUIDFromBytes(Objects.toString(item.subject(), "").getBytes(StandardCharsets.UTF_8)).toString();
        return "cadres.work:" + item.kind() + ":" + Objects.toString(item.personId(), "-") + ":" + item.unitId() + ":"
                + subject + ":" + item.dueDate();
    }
}
