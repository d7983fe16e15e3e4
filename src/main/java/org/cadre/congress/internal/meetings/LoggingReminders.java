package org.cadre.congress.internal.meetings;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The reminders written to the log until notifications exist (see {@link CongressReminders}). */
@Component
class LoggingReminders implements CongressReminders {

    private static final Logger log = LoggerFactory.getLogger(LoggingReminders.class);

    @Override
    public void voteOpened(long meetingId, String documentTitle, List<Long> delegatePersonIds) {
        log.info("Reminder: vote opened on '{}' (meeting {}) for {} delegates present", documentTitle, meetingId,
                delegatePersonIds.size());
    }

    @Override
    public void disclosureOverdue(String categoryName, LocalDate dueOn) {
        log.info("Reminder: required disclosure '{}' overdue since {}", categoryName, dueOn);
    }
}
