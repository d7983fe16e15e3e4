package org.cadre.congress.internal.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cadre.identity.AuditLog;
import org.cadre.people.PersonStatus;
import org.cadre.people.PersonStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A delegate who retires or leaves the company loses their seat: each seat of theirs open on the day of the change,
 * in a term running then, ends on that day with the reason (退休 / 离职) and becomes a vacancy until replaced
 * ({@link Delegates#replace}). Runs inside the transaction of the status change; a seat that would only begin on or
 * after the day is left for the union to correct by hand.
 */
@Component
class DelegateExits {

    /** The end reason kept on the seat, in the language of the records. */
    static final Map<PersonStatus, String> REASONS = Map.of(PersonStatus.RETIRED, "退休", PersonStatus.LEFT, "离职");

    private final JdbcClient jdbc;
    private final AuditLog audit;

    DelegateExits(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @EventListener
    void on(PersonStatusChanged change) {
        String reason = REASONS.get(change.to());
        if (reason == null) {
            return;
        }
        LocalDate day = change.effectiveDate();
        List<Long> seats = jdbc.sql("""
                select d.id from congress_delegate d join congress_term t on t.id = d.term_id
                where d.person_id = :person and d.valid_from < :day and (d.valid_to is null or d.valid_to > :day)
                  and t.starts_on <= :day and t.ends_on >= :day
                for update of d
                """).param("person", change.personId()).param("day", day).query(Long.class).list();
        for (long seat : seats) {
            jdbc.sql("update congress_delegate set valid_to = ?, end_reason = ? where id = ?")
                    .params(day, reason, seat).update();
            audit.record("congress.delegate.vacated", "congress_delegate", seat,
                    "Seat of person " + change.personId() + " vacated on " + day + ": " + change.to(),
                    Map.of("validTo", "-"), Map.of("validTo", day.toString(), "endReason", reason));
        }
    }
}
