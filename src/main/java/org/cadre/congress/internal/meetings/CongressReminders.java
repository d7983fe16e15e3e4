package org.cadre.congress.internal.meetings;

import java.util.List;

/**
 * Where the congress would remind people (a vote opened for the delegates present, a required disclosure overdue for
 * the board's editors). The notifications module is not there yet: {@link LoggingReminders} writes them to the log,
 * and a notifications-backed bean marked {@code @Primary} replaces it later.
 */
public interface CongressReminders {

    void voteOpened(long meetingId, String documentTitle, List<Long> delegatePersonIds);

    void disclosureOverdue(String categoryName, java.time.LocalDate dueOn);
}
