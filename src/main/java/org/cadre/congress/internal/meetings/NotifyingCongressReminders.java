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
 * board), a returning delegate's filled seat to the accounts holding congress:manage (leading to the term's
 * delegates). All are deduped: a vote once per delegate, a disclosure once per category and due date, a filled seat
 * once per seat and day it fell vacant.
 */
@Component
class NotifyingCongressReminders implements CongressReminders {

    static final String VOTE_OPENED = "congress.reminder.voteOpened";
    static final String DISCLOSURE_OVERDUE = "congress.reminder.disclosureOverdue";
    static final String SEAT_FILLED = "congress.reminder.seatFilled";

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

    @Override
    public int returningDelegateSeatFilled(long seatId, long termId, String termName, String delegate,
                                           LocalDate vacatedOn, String successor, LocalDate filledOn) {
        int sent = 0;
        for (long account : accounts.holdersOf(Permissions.CONGRESS_MANAGE).keySet()) {
            if (notifications.send(account, SEAT_FILLED, List.of(delegate, vacatedOn.toString(), termName, successor,
                    filledOn.toString()), "/congress/terms/" + termId + "/delegates",
                    "congress.seatFilled:" + seatId + ":" + vacatedOn)) {
                sent++;
            }
        }
        return sent;
    }
}
