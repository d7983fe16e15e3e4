package org.cadre.congress.internal.proposals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cadre.congress.Reminders;
import org.cadre.identity.AccountAdministration;
import org.cadre.identity.DataScope;
import org.cadre.identity.Permissions;
import org.cadre.notifications.Notifications;
import org.cadre.organization.OrganizationQueries;
import org.cadre.organization.PostHolders;
import org.cadre.organization.PostLevel;
import org.springframework.stereotype.Component;

/**
 * The proposal reminders as in-app notifications. Who gets one, escalating with the days overdue (each level also
 * reaches the ones before it):
 * <ul>
 * <li>{@link Level#DEADLINE}: the lead department's handlers, the accounts holding proposal:answer with a scope
 * limited to units that reach the lead department (a company-wide grant is not a department's handler);</li>
 * <li>{@link Level#UNIT_HEAD}: the unit heads, the people holding a principal post (中层正职) of the lead department;</li>
 * <li>{@link Level#UNION}: the union, the accounts holding congress:manage.</li>
 * </ul>
 * Each account gets a level's notification once per proposal and deadline (the dedupe key), however often the chaser
 * runs and on however many nodes.
 */
@Component
class NotifyingReminders implements Reminders {

    static final String MESSAGE = "proposal.reminder.notification";

    private final Notifications notifications;
    private final AccountAdministration accounts;
    private final OrganizationQueries organization;
    private final PostHolders posts;
    private final Clock clock;

    NotifyingReminders(Notifications notifications, AccountAdministration accounts, OrganizationQueries organization,
                       PostHolders posts, Clock clock) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.organization = organization;
        this.posts = posts;
        this.clock = clock;
    }

    @Override
    public int remind(Level level, long proposalId, String title, long unitId, String unitName, LocalDate deadline,
                      long daysOverdue) {
        LocalDate today = LocalDate.now(clock);
        List<String> args = List.of("#{enum.ReminderLevel." + level + "}", title, unitName,
                String.valueOf(daysOverdue));
        String url = "/congress/proposals/" + proposalId;
        String dedupe = "congress.proposal:" + proposalId + ":" + level + ":" + deadline;
        Set<Long> to = new HashSet<>(handlers(unitId, today));
        int sent = 0;
        if (level != Level.DEADLINE) {
            for (PostHolders.HeldPost post : posts.postsOfLevels(List.of(PostLevel.MID_PRINCIPAL), List.of(unitId), today)) {
                for (PostHolders.Holder holder : post.holders()) {
                    sent += notifications.sendToPerson(holder.personId(), MESSAGE, args, url, dedupe);
                }
            }
        }
        if (level == Level.UNION) {
            to.addAll(accounts.holdersOf(Permissions.CONGRESS_MANAGE).keySet());
        }
        for (long account : to) {
            if (notifications.send(account, MESSAGE, args, url, dedupe)) {
                sent++;
            }
        }
        return sent;
    }

    /** The accounts that answer for the unit: proposal:answer on a scope of units reaching it. */
    Set<Long> handlers(long unitId, LocalDate day) {
        Set<Long> handlers = new HashSet<>();
        for (Map.Entry<Long, DataScope> holder : accounts.holdersOf(Permissions.PROPOSAL_ANSWER).entrySet()) {
            DataScope scope = holder.getValue();
            if (!scope.all() && organization.isWithin(unitId, scope, day)) {
                handlers.add(holder.getKey());
            }
        }
        return handlers;
    }
}
