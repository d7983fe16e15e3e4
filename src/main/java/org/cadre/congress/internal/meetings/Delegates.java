package org.cadre.congress.internal.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cadre.congress.internal.CongressRoll;
import org.cadre.identity.AuditLog;
import org.cadre.people.PersonNames;
import org.cadre.people.RosterQuery;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.NotFoundException;
import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.cadre.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delegates of a term: elected (added) one by one or imported, replaced during the term with a reason (the
 * seat ends, a new one opens, both kept), the composition rules and the delegation secretaries.
 */
@Service
public class Delegates {

    static final Set<String> CATEGORIES = Set.of("FRONT_LINE", "TECHNICAL", "MANAGER", "LEADER");

    private final JdbcClient jdbc;
    private final CongressRoll roll;
    private final CongressAccess access;
    private final AuditLog audit;
    private final PersonNames people;

    Delegates(JdbcClient jdbc, CongressRoll roll, CongressAccess access, AuditLog audit, PersonNames people) {
        this.jdbc = jdbc;
        this.roll = roll;
        this.access = access;
        this.audit = audit;
        this.people = people;
    }

    public record Delegation(long id, long termId, String name, Long unitId, int sortOrder, long seats,
                             Long secretaryPersonId, String secretaryName) {
    }

    public record Delegate(long id, long termId, long personId, String employeeNo, String name, long delegationId,
                           String delegationName, String constituency, String category, LocalDate electedOn,
                           LocalDate validFrom, LocalDate validTo, String endReason, Long replacesDelegateId) {

        public boolean open() {
            return validTo == null;
        }
    }

    /** The filter of the delegate list; history = also the seats that ended. */
    public record Filter(Long delegationId, String category, String text, boolean history, String constituency) {

        public Filter(Long delegationId, String category, String text, boolean history) {
            this(delegationId, category, text, history, null);
        }
    }

    public record NewDelegate(String employeeNo, Long delegationId, String constituency, String category,
                              LocalDate electedOn) {
    }

    public List<Delegation> delegations(long termId) {
        LocalDate day = access.today();
        List<Delegation> list = jdbc.sql("""
                select g.id, g.term_id, g.name, g.unit_id, g.sort_order,
                       (select count(*) from congress_delegate d where d.delegation_id = g.id and d.valid_from <= :day
                          and (d.valid_to is null or d.valid_to > :day)) as seats,
                       (select s.person_id from congress_delegation_secretary s where s.delegation_id = g.id
                          and s.valid_to is null) as secretary
                from congress_delegation g where g.term_id = :term order by g.sort_order, g.id
                """).param("day", day).param("term", termId)
                .query((rs, n) -> new Delegation(rs.getLong(1), rs.getLong(2), rs.getString(3), (Long) rs.getObject(4),
                        rs.getInt(5), rs.getLong(6), (Long) rs.getObject(7), null)).list();
        Map<Long, PersonNames.Named> names = people.byIds(list.stream().map(Delegation::secretaryPersonId)
                .filter(java.util.Objects::nonNull).toList());
        return list.stream().map(d -> new Delegation(d.id(), d.termId(), d.name(), d.unitId(), d.sortOrder(), d.seats(),
                d.secretaryPersonId(), d.secretaryPersonId() == null || !names.containsKey(d.secretaryPersonId()) ? null
                        : names.get(d.secretaryPersonId()).name())).toList();
    }

    public Page<Delegate> page(long termId, Filter filter, PageRequest request) {
        // the name or number filter reads the people module's published view, so every match counts
        String like = Text.blankToNull(filter.text()) == null ? null : Text.likeContains(filter.text());
        String where = """
                from congress_delegate d join congress_delegation g on g.id = d.delegation_id
                where d.term_id = :term
                  and (cast(:delegation as bigint) is null or d.delegation_id = :delegation)
                  and (cast(:category as varchar) is null or d.category = :category)
                  and (cast(:constituency as varchar) is null or d.constituency = :constituency)
                  and (cast(:like as varchar) is null or exists (select 1 from %s f
                       where f.person_id = d.person_id
                         and (f.name ilike :like escape '\\' or f.employee_no ilike :like escape '\\')))
                  and (:history or (d.valid_from <= :day and (d.valid_to is null or d.valid_to > :day)))
                """.formatted(RosterQuery.PERSON_FACTS_VIEW);
        LocalDate day = access.today();
        long total = jdbc.sql("select count(*) " + where).param("term", termId).param("delegation", filter.delegationId())
                .param("category", Text.blankToNull(filter.category())).param("like", like)
                .param("constituency", Text.blankToNull(filter.constituency()) == null ? null : filter.constituency().strip())
                .param("history", filter.history()).param("day", day).query(Long.class).single();
        List<Delegate> rows = jdbc.sql("""
                select d.id, d.term_id, d.person_id, d.delegation_id, g.name, d.constituency, d.category, d.elected_on,
                       d.valid_from, d.valid_to, d.end_reason, d.replaces_delegate_id
                """ + where + " order by g.sort_order, d.delegation_id, d.valid_from, d.id limit :limit offset :offset")
                .param("term", termId).param("delegation", filter.delegationId())
                .param("category", Text.blankToNull(filter.category())).param("like", like)
                .param("constituency", Text.blankToNull(filter.constituency()) == null ? null : filter.constituency().strip())
                .param("history", filter.history()).param("day", day)
                .param("limit", request.limit()).param("offset", request.offset())
                .query((rs, n) -> new Delegate(rs.getLong(1), rs.getLong(2), rs.getLong(3), null, null, rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class),
                        rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class), rs.getString(11),
                        (Long) rs.getObject(12))).list();
        return new Page<>(named(rows), total, request);
    }

    List<Delegate> named(List<Delegate> rows) {
        Map<Long, PersonNames.Named> names = people.byIds(rows.stream().map(Delegate::personId).toList());
        return rows.stream().map(d -> {
            PersonNames.Named p = names.get(d.personId());
            return new Delegate(d.id(), d.termId(), d.personId(), p == null ? "" : p.employeeNo(),
                    p == null ? "" : p.name(), d.delegationId(), d.delegationName(), d.constituency(), d.category(),
                    d.electedOn(), d.validFrom(), d.validTo(), d.endReason(), d.replacesDelegateId());
        }).toList();
    }

    public Delegate delegate(long id) {
        return named(jdbc.sql("""
                select d.id, d.term_id, d.person_id, d.delegation_id, g.name, d.constituency, d.category, d.elected_on,
                       d.valid_from, d.valid_to, d.end_reason, d.replaces_delegate_id
                from congress_delegate d join congress_delegation g on g.id = d.delegation_id where d.id = ?
                """).param(id).query((rs, n) -> new Delegate(rs.getLong(1), rs.getLong(2), rs.getLong(3), null, null,
                rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class),
                rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class), rs.getString(11),
                (Long) rs.getObject(12))).optional().map(List::of)
                .orElseThrow(() -> new NotFoundException("congress delegate", id))).get(0);
    }

    /** Elects (adds) one delegate; the seat opens on the day they were elected or today. */
    @Transactional
    public long add(long termId, NewDelegate spec) {
        access.requireManage();
        CongressRoll.Term term = roll.term(termId).orElseThrow(() -> new NotFoundException("congress term", termId));
        String no = Text.blankToNull(spec.employeeNo());
        if (no == null) {
            throw BusinessRuleException.onField("employeeNo", "congress.validation.employeeNo");
        }
        Long person = people.idsByEmployeeNo(List.of(no.strip())).get(no.strip());
        if (person == null) {
            throw BusinessRuleException.onField("employeeNo", "congress.person.unknown", no.strip());
        }
        checkDelegation(termId, spec.delegationId());
        if (spec.category() == null || !CATEGORIES.contains(spec.category())) {
            throw BusinessRuleException.onField("category", "congress.delegate.categoryUnknown");
        }
        if (openSeat(termId, person)) {
            throw BusinessRuleException.onField("employeeNo", "congress.delegate.already", no.strip());
        }
        LocalDate from = spec.electedOn() == null ? access.today() : spec.electedOn();
        if (from.isBefore(term.startsOn())) {
            from = term.startsOn();
        }
        long id = insertSeat(termId, person, spec.delegationId(), spec.constituency(), spec.category(),
                spec.electedOn(), from, null);
        audit.record("congress.delegate.added", "congress_delegate", id, "Delegate elected: " + no.strip(), null, spec);
        return id;
    }

    private boolean openSeat(long termId, long person) {
        return jdbc.sql("select count(*) from congress_delegate where term_id = ? and person_id = ? and valid_to is null")
                .param(termId).param(person).query(Long.class).single() > 0;
    }

    private void checkDelegation(long termId, Long delegationId) {
        if (delegationId == null || jdbc.sql("select count(*) from congress_delegation where id = ? and term_id = ?")
                .param(delegationId).param(termId).query(Long.class).single() == 0) {
            throw BusinessRuleException.onField("delegationId", "congress.delegation.unknown");
        }
    }

    private long insertSeat(long termId, long person, long delegation, String constituency, String category,
                            LocalDate electedOn, LocalDate from, Long replaces) {
        return jdbc.sql("""
                insert into congress_delegate (term_id, person_id, delegation_id, constituency, category, elected_on,
                                               valid_from, replaces_delegate_id)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id
                """).param(termId).param(person).param(delegation).param(Text.blankToNull(constituency)).param(category)
                .param(electedOn).param(from).param(replaces).query(Long.class).single();
    }

    /** Rows of an import, already read and checked: all are inserted, or none. */
    @Transactional
    public int addAll(long termId, List<NewDelegate> rows) {
        access.requireManage();
        CongressRoll.Term term = roll.term(termId).orElseThrow(() -> new NotFoundException("congress term", termId));
        Map<String, Long> ids = people.idsByEmployeeNo(rows.stream().map(NewDelegate::employeeNo).toList());
        LocalDate today = access.today();
        for (NewDelegate row : rows) {
            LocalDate from = row.electedOn() == null ? today : row.electedOn();
            insertSeat(termId, ids.get(row.employeeNo()), row.delegationId(), row.constituency(), row.category(),
                    row.electedOn(), from.isBefore(term.startsOn()) ? term.startsOn() : from, null);
        }
        audit.record("congress.delegate.imported", "congress_term", termId, rows.size() + " delegates imported", null,
                Map.of("count", rows.size()));
        return rows.size();
    }

    /**
     * Replaces a delegate during the term: their seat ends on the day with the reason, and the successor's opens
     * that day in the same delegation (or one given), with the link kept. A vacancy (a seat that ended without a
     * successor, e.g. its delegate retired) is filled the same way from the day given, on or after it ended; the
     * vacated seat keeps its end and reason, and the reason given here (optional then) goes to the audit log.
     */
    @Transactional
    public long replace(long delegateId, String successorEmployeeNo, String category, String reason, LocalDate on) {
        access.requireManage();
        Delegate old = delegate(delegateId);
        boolean vacancy = !old.open() && successorOf(delegateId) == null;
        if (!old.open() && !vacancy) {
            throw new BusinessRuleException("congress.delegate.ended");
        }
        if (!vacancy && Text.blankToNull(reason) == null) {
            throw BusinessRuleException.onField("reason", "congress.delegate.reasonRequired");
        }
        LocalDate day = on == null ? access.today() : on;
        if (vacancy && day.isBefore(old.validTo())) {
            throw BusinessRuleException.onField("on", "congress.delegate.fillDate", old.validTo());
        }
        if (!vacancy && !day.isAfter(old.validFrom())) {
            throw BusinessRuleException.onField("on", "congress.delegate.replaceDate", old.validFrom());
        }
        String no = Text.blankToNull(successorEmployeeNo);
        Long successor = no == null ? null : people.idsByEmployeeNo(List.of(no.strip())).get(no.strip());
        if (successor == null) {
            throw BusinessRuleException.onField("successor", "congress.person.unknown", no == null ? "" : no.strip());
        }
        if (openSeat(old.termId(), successor)) {
            throw BusinessRuleException.onField("successor", "congress.delegate.already", no.strip());
        }
        String cat = Text.blankToNull(category) == null ? old.category() : category;
        if (!CATEGORIES.contains(cat)) {
            throw BusinessRuleException.onField("category", "congress.delegate.categoryUnknown");
        }
        String why = Text.blankToNull(reason) == null ? old.endReason() : reason.strip();
        if (!vacancy) {
            jdbc.sql("update congress_delegate set valid_to = ?, end_reason = ? where id = ?").param(day)
                    .param(why).param(delegateId).update();
        }
        long id = insertSeat(old.termId(), successor, old.delegationId(), old.constituency(), cat, day, day, delegateId);
        audit.record("congress.delegate.replaced", "congress_delegate", delegateId,
                "Delegate " + old.employeeNo() + " replaced by " + no.strip() + ": " + why, old,
                Map.of("successor", id, "reason", String.valueOf(why), "on", day.toString(), "vacancy", vacancy));
        return id;
    }

    // --- composition ------------------------------------------------------------------------------------------

    public Composition.Rules rules(long termId) {
        return jdbc.sql("""
                select front_line_min_pct, managers_max_pct, women_rule, women_min_pct, version
                from congress_composition_rule where term_id = ?
                """).param(termId).query((rs, n) -> new Composition.Rules(rs.getInt(1), rs.getInt(2), rs.getString(3),
                (Integer) rs.getObject(4), rs.getInt(5))).optional().orElse(Composition.Rules.usual());
    }

    @Transactional
    public void saveRules(long termId, Composition.Rules rules) {
        access.requireManage();
        roll.term(termId).orElseThrow(() -> new NotFoundException("congress term", termId));
        for (int pct : new int[] {rules.frontLineMinPct(), rules.managersMaxPct(),
                rules.womenMinPct() == null ? 0 : rules.womenMinPct()}) {
            if (pct < 0 || pct > 100) {
                throw BusinessRuleException.onField("frontLineMinPct", "congress.rules.percent");
            }
        }
        if (!Set.of("WORKFORCE", "FIXED").contains(rules.womenRule())
                || ("FIXED".equals(rules.womenRule()) && rules.womenMinPct() == null)) {
            throw BusinessRuleException.onField("womenMinPct", "congress.rules.women");
        }
        Composition.Rules before = rules(termId);
        jdbc.sql("""
                insert into congress_composition_rule (term_id, front_line_min_pct, managers_max_pct, women_rule,
                                                       women_min_pct)
                values (:t, :f, :m, :w, :wp)
                on conflict (term_id) do update set front_line_min_pct = :f, managers_max_pct = :m, women_rule = :w,
                       women_min_pct = :wp, updated_at = now(), version = congress_composition_rule.version + 1
                """).param("t", termId).param("f", rules.frontLineMinPct()).param("m", rules.managersMaxPct())
                .param("w", rules.womenRule()).param("wp", rules.womenMinPct()).update();
        audit.record("congress.rules.updated", "congress_term", termId, "Composition rules updated", before, rules);
    }

    public List<Composition.Check> composition(long termId) {
        LocalDate day = access.today();
        List<Map<String, Object>> seats = jdbc.sql("""
                select person_id, category from congress_delegate
                where term_id = ? and valid_from <= ? and (valid_to is null or valid_to > ?)
                """).param(termId).param(day).param(day).query().listOfRows();
        List<Long> persons = new ArrayList<>();
        Map<String, Long> byCategory = new HashMap<>();
        for (Map<String, Object> s : seats) {
            persons.add(((Number) s.get("person_id")).longValue());
            byCategory.merge((String) s.get("category"), 1L, Long::sum);
        }
        PersonNames.Headcount delegates = people.headcount(persons);
        PersonNames.Headcount workforce = people.workforce();
        return Composition.check(rules(termId), new Composition.Counts(seats.size(),
                byCategory.getOrDefault("FRONT_LINE", 0L),
                byCategory.getOrDefault("MANAGER", 0L) + byCategory.getOrDefault("LEADER", 0L),
                delegates.women(), workforce.all(), workforce.women()));
    }

    // --- delegation secretaries -------------------------------------------------------------------------------

    /** Sets the delegation's secretary from today: the current one's period ends, history kept. */
    @Transactional
    public void setSecretary(long delegationId, String employeeNo) {
        access.requireManage();
        if (jdbc.sql("select count(*) from congress_delegation where id = ?").param(delegationId).query(Long.class)
                .single() == 0) {
            throw new NotFoundException("delegation", delegationId);
        }
        String no = Text.blankToNull(employeeNo);
        Long person = no == null ? null : people.idsByEmployeeNo(List.of(no.strip())).get(no.strip());
        if (person == null) {
            throw BusinessRuleException.onField("secretary", "congress.person.unknown", no == null ? "" : no.strip());
        }
        LocalDate today = access.today();
        Long before = jdbc.sql("select person_id from congress_delegation_secretary where delegation_id = ? and valid_to is null")
                .param(delegationId).query(Long.class).optional().orElse(null);
        jdbc.sql("delete from congress_delegation_secretary where delegation_id = ? and valid_to is null and valid_from >= ?")
                .param(delegationId).param(today).update();
        jdbc.sql("update congress_delegation_secretary set valid_to = ? where delegation_id = ? and valid_to is null")
                .param(today).param(delegationId).update();
        jdbc.sql("insert into congress_delegation_secretary (delegation_id, person_id, valid_from) values (?, ?, ?)")
                .param(delegationId).param(person).param(today).update();
        audit.record("congress.delegation.secretary", "congress_delegation", delegationId, "Delegation secretary set",
                before, person);
    }

    /**
     * The vacancies of a term: seats that ended without a successor (their delegate retired or left), a replacement
     * due for each; the most recent first, at most {@code limit}.
     */
    public List<Delegate> vacancies(long termId, int limit) {
        return named(jdbc.sql("""
                select d.id, d.term_id, d.person_id, d.delegation_id, g.name, d.constituency, d.category, d.elected_on,
                       d.valid_from, d.valid_to, d.end_reason, d.replaces_delegate_id
                from congress_delegate d join congress_delegation g on g.id = d.delegation_id
                where d.term_id = ? and d.valid_to is not null
                  and not exists (select 1 from congress_delegate s where s.replaces_delegate_id = d.id)
                order by d.valid_to desc, d.id limit ?
                """).params(termId, limit).query((rs, n) -> new Delegate(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                null, null, rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class),
                rs.getString(11), (Long) rs.getObject(12))).list());
    }

    /** The seat that replaced this one, if any. */
    public Long successorOf(long delegateId) {
        return jdbc.sql("select id from congress_delegate where replaces_delegate_id = ?").param(delegateId)
                .query(Long.class).optional().orElse(null);
    }
}
