package org.cadre.congress.internal.meetings;

import java.time.LocalDate;
import java.util.List;

/**
 * Where the congress reminds people: a vote opened, to the delegates present; a required disclosure overdue, to the
 * board's editors; a returning delegate's seat already filled, to the union's congress officers. {@link NotifyingCongressReminders} sends them as in-app notifications.
 */
public interface CongressReminders {

    /** @return how many accounts were notified now */
    int voteOpened(long voteId, long ballotId, String documentTitle, List<Long> delegatePersonIds);

    /** @return how many accounts were notified now (0: all had it already for this due date) */
    int disclosureOverdue(long categoryId, String categoryName, LocalDate dueOn);

    /**
     * A delegate whose exit was undone finds the seat that exit vacated filled by a successor: the union's congress
     * officers (congress:manage) decide what follows. Once per seat and day it fell vacant.
     *
     * @return how many accounts were notified now
     */
    int returningDelegateSeatFilled(long seatId, long termId, String termName, String delegate, LocalDate vacatedOn,
                                    String successor, LocalDate filledOn);
}
