package org.cadre.congress.internal.meetings;

import java.time.LocalDate;
import java.util.List;

import org.cadre.identity.AccountAdministration;
import org.cadre.identity.Permissions;
import org.cadre.notifications.Notifications;
import org.springframework.stereotype.Component;

/**
 * The congress reminders as in-app notifications: a secret vote opened goes to every account of the delegates present
 * (leading to their ballot), an overdue required disclosure to the accounts holding disclosure:manage (leading to the
 * board). Both are deduped: a vote once per delegate, a disclosure once per category and due date.
 */
@Component
class NotifyingCongressReminders implements CongressReminders {

    static final String VOTE_OPENED = "congress.reminder.voteOpened";
    static final String DISCLOSURE_OVERDUE = "congress.reminder.disclosureOverdue";

    private final Notifications notifications;
    private final AccountAdministration accounts;

    NotifyingCongressReminders(Notifications notifications, AccountAdministration accounts) {
        this.notifications = notifications;
        this.accounts = accounts;
    }

    @Override
    public int voteOpened(long voteId, long ballotId, String documentTitle, List<Long> delegatePersonIds) {
        int sent = 0;
        for (long person : delegatePersonIds) {
            sent += notifications.sendToPerson(person, VOTE_OPENED, List.of(documentTitle), "/my/ballots/" + ballotId,
                    "congress.vote:" + voteId);
        }
        return sent;
    }

    @Override
    public int disclosureOverdue(long categoryId, String categoryName, LocalDate dueOn) {
        int sent = 0;
        for (long account : accounts.holdersOf(Permissions.DISCLOSURE_MANAGE).keySet()) {
            if (notifications.send(account, DISCLOSURE_OVERDUE, List.of(categoryName, dueOn.toString()),
                    "/congress/board?category=" + categoryId, "congress.disclosure:" + categoryId + ":" + dueOn)) {
                sent++;
            }
        }
        return sent;
    }
}
