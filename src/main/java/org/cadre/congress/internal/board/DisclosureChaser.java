package org.cadre.congress.internal.board;

import java.util.Map;

import org.cadre.congress.internal.meetings.CongressReminders;
import org.cadre.identity.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the board's editors of every required disclosure that is overdue, daily at
 * {@code cadre.congress.board.overdue-cron}; the notification's dedupe key (category, due date) lets each through once,
 * on however many nodes.
 */
@Component
class DisclosureChaser {

    private static final Logger log = LoggerFactory.getLogger(DisclosureChaser.class);

    private final Board board;
    private final CongressReminders reminders;
    private final AuditLog audit;

    DisclosureChaser(Board board, CongressReminders reminders, AuditLog audit) {
        this.board = board;
        this.reminders = reminders;
        this.audit = audit;
    }

    @Scheduled(cron = "${cadre.congress.board.overdue-cron:0 0 9 * * *}", zone = "Asia/Shanghai")
    void scheduled() {
        log.info("Overdue disclosure reminders: {} sent", chase());
    }

    /** @return how many notifications were new */
    @Transactional
    int chase() {
        int sent = 0;
        for (Board.Category category : board.categories()) {
            if (category.overdue()) {
                int now = reminders.disclosureOverdue(category.id(), category.name(), category.dueOn());
                if (now > 0) {
                    audit.record("congress.disclosure.reminded", "congress_disclosure_category", category.id(),
                            "Overdue disclosure reminded to " + now + " editors", null,
                            Map.of("dueOn", category.dueOn().toString(), "sent", now));
                }
                sent += now;
            }
        }
        return sent;
    }
}
