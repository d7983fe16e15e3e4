package org.cadre.congress;

/**
 * Where the overdue chaser sends its reminders: in-app notifications (internal.proposals.NotifyingReminders) to the
 * lead department's handlers, then its unit heads, then the union.
 */
public interface Reminders {

    enum Level {
        /** At the deadline: the lead department's handlers. */
        DEADLINE,
        /** Three days overdue: the head of the lead department. */
        UNIT_HEAD,
        /** Seven days overdue: the trade union. */
        UNION
    }

    /**
     * @param unitId      the lead department that owes the answer
     * @param deadline    the answer's deadline (a new deadline is a new reminder)
     * @param daysOverdue 0 on the deadline
     * @return how many accounts were notified now (0: all had it already)
     */
    int remind(Level level, long proposalId, String title, long unitId, String unitName, java.time.LocalDate deadline,
               long daysOverdue);
}
