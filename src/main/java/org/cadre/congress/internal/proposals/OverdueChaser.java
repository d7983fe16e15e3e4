package org.cadre.congress.internal.proposals;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.cadre.congress.Reminders;
import org.cadre.identity.AuditLog;
import org.cadre.organization.OrganizationQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chases answers that are due: on the deadline the lead department's handlers, three days overdue the unit head,
 * seven days overdue the union (each level also reaches the ones before it), as in-app notifications
 * ({@link NotifyingReminders}). The chase is recorded once a day per proposal and level; the notification itself reaches
 * an account once per level and deadline. Safe on several nodes: a reminder is sent only by the node that records its
 * key (proposal, level, day) first.
 */
@Component
class OverdueChaser {

    private static final Logger log = LoggerFactory.getLogger(OverdueChaser.class);

    private final ProposalRepository repository;
    private final ProposalAccess access;
    private final OrganizationQueries organization;
    private final Reminders reminders;
    private final AuditLog audit;

    OverdueChaser(ProposalRepository repository, ProposalAccess access, OrganizationQueries organization,
                  Reminders reminders, AuditLog audit) {
        this.audit = audit;
        this.repository = repository;
        this.access = access;
        this.organization = organization;
        this.reminders = reminders;
    }

    static Reminders.Level level(long daysOverdue) {
        if (daysOverdue >= 7) {
            return Reminders.Level.UNION;
        }
        if (daysOverdue >= 3) {
            return Reminders.Level.UNIT_HEAD;
        }
        return Reminders.Level.DEADLINE;
    }

    @Scheduled(cron = "${cadre.congress.proposals.chase-cron:0 30 8 * * *}", zone = "Asia/Shanghai")
    void scheduled() {
        chase(access.today());
    }

    /** Sends the day's reminders; returns how many this node sent. */
    @Transactional
    int chase(LocalDate day) {
        var due = repository.dueOrOverdue(day);
        Map<Long, String> units = organization.unitNames(Set.copyOf(due.stream().map(Proposal::leadUnitId).toList()), day);
        int sent = 0;
        for (Proposal p : due) {
            long overdue = java.time.temporal.ChronoUnit.DAYS.between(p.deadline(), day);
            Reminders.Level level = level(overdue);
            String unitName = units.getOrDefault(p.leadUnitId(), "");
            // the level says who is reminded (translated on the page); the recipient column names the department owing
            if (repository.recordReminder(p.id(), level.name(), day, unitName, access.now())) {
                int notified = reminders.remind(level, p.id(), p.title(), p.leadUnitId(), unitName, p.deadline(), overdue);
                audit.record("proposal.reminded", "congress_proposal", p.id(), p.title(), null,
                        Map.of("level", level.name(), "daysOverdue", overdue, "notified", notified));
                sent++;
            }
        }
        return sent;
    }
}
