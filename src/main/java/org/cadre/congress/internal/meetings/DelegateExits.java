package org.cadre.congress.internal.meetings;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cadre.identity.AuditLog;
import org.cadre.people.PersonNames;
import org.cadre.people.PersonStatus;
import org.cadre.people.PersonStatusChanged;
import org.cadre.people.PersonStatusHistory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A delegate who retires or leaves the company loses their seat: each seat of theirs open on the day of the change,
 * in a term running then, ends on that day with the reason (退休 / 离职) and becomes a vacancy until replaced
 * ({@link Delegates#replace}). Runs inside the transaction of the status change; a seat that would only begin on or
 * after the day is left for the union to correct by hand.
 * <p>
 * When the same person becomes ACTIVE again straight from RETIRED or LEFT (the exit was recorded in error and is
 * corrected), the seats that exit ended are given back: those ended with its reason on the effective date of the
 * exit being undone, i.e. the last status change recorded to RETIRED / LEFT (without one in the history, the
 * person's latest seats ended with that reason). A seat whose vacancy was not filled is reopened (no end, no reason,
 * audited) and the vacancy disappears; a seat already filled by a successor stays as it is, and the union's congress
 * officers (congress:manage) are told through {@link CongressReminders#returningDelegateSeatFilled}. A seat is not
 * reopened either when the person meanwhile holds another open seat in the same term.
 */
@Component
class DelegateExits {

    /** The end reason kept on the seat, in the language of the records. */
    static final Map<PersonStatus, String> REASONS = Map.of(PersonStatus.RETIRED, "退休", PersonStatus.LEFT, "离职");

    /**
     * A seat of the returning person that ended with the exit's reason.
     *
     * @param successorId      the seat that filled its vacancy, or null
     * @param holdsAnotherSeat whether the person holds another open seat in the same term
     */
    record EndedSeat(long id, long termId, LocalDate validTo, Long successorId, boolean holdsAnotherSeat) {
    }

    enum Outcome { REOPEN, FILLED, KEEP }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final PersonStatusHistory statusHistory;
    private final PersonNames names;
    private final CongressReminders reminders;

    DelegateExits(JdbcClient jdbc, AuditLog audit, PersonStatusHistory statusHistory, PersonNames names,
                  CongressReminders reminders) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.statusHistory = statusHistory;
        this.names = names;
        this.reminders = reminders;
    }

    @EventListener
    void on(PersonStatusChanged change) {
        String reason = REASONS.get(change.to());
        if (reason != null) {
            vacate(change, reason);
        } else if (change.to() == PersonStatus.ACTIVE && REASONS.containsKey(change.from())) {
            giveBack(change);
        }
    }

    private void vacate(PersonStatusChanged change, String reason) {
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

    private void giveBack(PersonStatusChanged change) {
        long person = change.personId();
        String reason = REASONS.get(change.from());
        // the change that made them RETIRED / LEFT is the one being undone: the last recorded to that status
        Optional<LocalDate> exitDay = statusHistory.lastChangeTo(person, change.from())
                .map(PersonStatusHistory.StatusChange::effectiveDate);
        List<EndedSeat> ended = jdbc.sql("""
                select d.id, d.term_id, d.valid_to,
                       (select s.id from congress_delegate s where s.replaces_delegate_id = d.id order by s.id limit 1),
                       exists (select 1 from congress_delegate o where o.term_id = d.term_id
                                 and o.person_id = d.person_id and o.id <> d.id and o.valid_to is null)
                from congress_delegate d
                where d.person_id = ? and d.end_reason = ? and d.valid_to is not null
                order by d.id
                for update of d
                """).param(person).param(reason).query((rs, n) -> new EndedSeat(rs.getLong(1), rs.getLong(2),
                rs.getObject(3, LocalDate.class), (Long) rs.getObject(4), rs.getBoolean(5))).list();
        for (EndedSeat seat : endedBy(exitDay, ended)) {
            switch (decide(seat)) {
                case REOPEN -> reopen(seat, reason, person);
                case FILLED -> tellTheUnion(seat, person);
                case KEEP -> {
                }
            }
        }
    }

    /**
     * The seats the exit being undone ended: those ended on its effective date; without a recorded exit, those
     * ended on the latest day any of them ended.
     */
    static List<EndedSeat> endedBy(Optional<LocalDate> exitDay, List<EndedSeat> ended) {
        Optional<LocalDate> day = exitDay.isPresent() ? exitDay
                : ended.stream().map(EndedSeat::validTo).max(Comparator.naturalOrder());
        return day.map(d -> ended.stream().filter(s -> s.validTo().equals(d)).toList()).orElse(List.of());
    }

    /** A vacancy nobody filled is given back, unless the person sits in the term on another seat meanwhile. */
    static Outcome decide(EndedSeat seat) {
        if (seat.successorId() != null) {
            return Outcome.FILLED;
        }
        return seat.holdsAnotherSeat() ? Outcome.KEEP : Outcome.REOPEN;
    }

    private void reopen(EndedSeat seat, String reason, long person) {
        jdbc.sql("update congress_delegate set valid_to = null, end_reason = null where id = ?").param(seat.id())
                .update();
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("validTo", seat.validTo().toString());
        before.put("endReason", reason);
        audit.record("congress.delegate.restored", "congress_delegate", seat.id(),
                "Seat of person " + person + " given back: the exit of " + seat.validTo() + " was undone",
                before, Map.of("validTo", "-"));
    }

    private void tellTheUnion(EndedSeat seat, long person) {
        record Filled(String termName, long successorPerson, LocalDate since) {
        }
        Filled filled = jdbc.sql("""
                select t.name, s.person_id, s.valid_from from congress_delegate s
                join congress_term t on t.id = s.term_id where s.id = ?
                """).param(seat.successorId()).query((rs, n) -> new Filled(rs.getString(1), rs.getLong(2),
                rs.getObject(3, LocalDate.class))).single();
        Map<Long, PersonNames.Named> named = names.byIds(List.of(person, filled.successorPerson()));
        reminders.returningDelegateSeatFilled(seat.id(), seat.termId(), filled.termName(), label(named.get(person)),
                seat.validTo(), label(named.get(filled.successorPerson())), filled.since());
    }

    private static String label(PersonNames.Named p) {
        return p == null ? "" : p.name() + " (" + p.employeeNo() + ")";
    }
}
