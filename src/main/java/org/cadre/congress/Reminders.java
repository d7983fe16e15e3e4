package org.cadre.congress;

/**
 * Where the overdue chaser sends its reminders. The default writes them to the log; the notifications module,
 * when it comes, implements this (a bean of this type replaces the default).
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
     * @param daysOverdue 0 on the deadline
     */
    void remind(Level level, long proposalId, String title, long unitId, String unitName, long daysOverdue);
}
