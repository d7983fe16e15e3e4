package org.cadre.people.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cadre.identity.AuditLog;
import org.cadre.identity.DataScope;
import org.cadre.organization.OrganizationQueries;
import org.cadre.people.PersonStatus;
import org.cadre.people.PersonStatusChanged;
import org.cadre.people.internal.Memberships.Membership;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.NotFoundException;
import org.cadre.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to a person — create, edit, status, move of home unit — with its rules, data-scope checks and audit
 * entry (before and after, the national ID masked). Pages, the API and the import all come through here, each with
 * the scope of its own permission.
 */
@Service
class PersonChanges {

    private final PersonRepository people;
    private final Memberships memberships;
    private final PersonAccess access;
    private final OrganizationQueries organization;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    PersonChanges(PersonRepository people, Memberships memberships, PersonAccess access,
                  OrganizationQueries organization, AuditLog audit, ApplicationEventPublisher events) {
        this.events = events;
        this.people = people;
        this.memberships = memberships;
        this.access = access;
        this.organization = organization;
        this.audit = audit;
    }

    /** A new person in {@code data.unitId()}, a member of it from joining the company (or from today). */
    @Transactional
    public long create(PersonData input, DataScope scope) {
        PersonData data = input.withDefaults();
        List<Violation> violations = problemsOfNew(data, scope);
        if (!violations.isEmpty()) {
            throw new PersonViolations(violations);
        }
        long id = people.insert(data, data.unitId());
        LocalDate memberFrom = data.companyJoinDate() != null ? data.companyJoinDate() : access.today();
        memberships.open(id, data.unitId(), memberFrom);
        Person created = people.find(id).orElseThrow();
        audit.record("person.created", "person", id, data.employeeNo() + " " + data.name(), null,
                created.auditState());
        return id;
    }

    /** Replaces the personnel fields, if nobody changed the person since {@code data.version()} was read. */
    @Transactional
    public void update(long id, PersonData input, DataScope scope) {
        Person before = inScope(id, scope);
        if (input.version() == null) {
            throw BusinessRuleException.onField("version", "people.version.required");
        }
        if (input.version() != before.version()) {
            throw new OptimisticLockingFailureException("person " + id + " changed since version " + input.version());
        }
        if (input.unitId() != null && input.unitId() != before.unitId()) {
            throw BusinessRuleException.onField("unitId", "people.unit.useMove");
        }
        PersonData data = input.withDefaults();
        List<Violation> violations = problemsOfEdit(before, data);
        if (!violations.isEmpty()) {
            throw new PersonViolations(violations);
        }
        if (!people.update(id, data, input.version())) {
            throw new OptimisticLockingFailureException("person " + id + " changed since version " + input.version());
        }
        Person after = people.find(id).orElseThrow();
        audit.record("person.updated", "person", id, after.data().employeeNo() + " " + after.data().name(),
                before.auditState(), after.auditState());
    }

    /** A status change made on the roster (page, API, import): effective today, no reason given. */
    @Transactional
    public void changeStatus(long id, PersonStatus status, DataScope scope) {
        changeStatus(id, status, access.today(), null, scope);
    }

    /**
     * Changes the status from {@code effective} on: kept in the status history, audited (before and after) and
     * published as {@link PersonStatusChanged}; nothing happens when the person already has it.
     *
     * @return whether the status changed
     */
    @Transactional
    public boolean changeStatus(long id, PersonStatus status, LocalDate effective, String reason, DataScope scope) {
        Person before = inScope(id, scope);
        if (status == null) {
            throw BusinessRuleException.onField("status", "people.field.required");
        }
        if (effective == null) {
            throw BusinessRuleException.onField("effectiveDate", "people.field.required");
        }
        String why = Text.blankToNull(reason);
        if (why != null && why.length() > 500) {
            throw BusinessRuleException.onField("reason", "people.status.reasonTooLong", 500);
        }
        if (before.status() == status) {
            return false;
        }
        people.setStatus(id, status);
        people.insertStatusChange(id, before.status(), status, effective, why, access.actor());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", status.name());
        after.put("effectiveDate", effective.toString());
        if (why != null) {
            after.put("reason", why);
        }
        audit.record("person.statusChanged", "person", id,
                before.data().employeeNo() + " " + before.status() + " -> " + status + " from " + effective,
                Map.of("status", String.valueOf(before.status())), after);
        events.publishEvent(new PersonStatusChanged(id, before.status(), status, effective));
        return true;
    }

    /** Replaces the person's photo (its type already recognized by the caller), with its audit entry. */
    @Transactional
    public void replacePhoto(long id, PersonRepository.Photo photo, DataScope scope) {
        inScope(id, scope);
        people.savePhoto(id, photo);
        audit.record("person.photoChanged", "person", id, photo.content().length + " bytes", null,
                Map.of("contentType", photo.contentType(), "bytes", photo.content().length));
    }

    /** Moves a person to another home unit from {@code effectiveDate} on; both must lie within the scope. */
    @Transactional
    public void move(long id, long unitId, LocalDate effectiveDate, DataScope scope) {
        inScope(id, scope);
        if (effectiveDate == null) {
            throw BusinessRuleException.onField("effectiveDate", "people.field.required");
        }
        List<Violation> problems = unitProblems(unitId, scope, effectiveDate, "unitId");
        if (!problems.isEmpty()) {
            Violation v = problems.get(0);
            throw BusinessRuleException.onField(v.field(), v.messageKey(), v.arguments());
        }
        moveHomeUnit(id, unitId, effectiveDate, true);
    }

    /**
     * Closes the open membership at {@code effectiveDate} and opens one in the new unit. A move dated on the open
     * row's first day corrects that row's unit; one dated before it is refused when {@code strict} (a person's own
     * move), and treated as a correction otherwise (the organization has decided, e.g. an appointment). The
     * person's unit changes at once when the move is dated today or earlier, else on its day ({@link TodaysUnits}).
     *
     * @return whether anything changed
     */
    @Transactional
    public boolean moveHomeUnit(long personId, long unitId, LocalDate effectiveDate, boolean strict) {
        Person person = people.find(personId).orElse(null);
        if (person == null) {
            return false;
        }
        Optional<Membership> open = memberships.openRow(personId);
        if (open.isPresent() && open.get().unitId() == unitId) {
            return false;
        }
        Map<String, Object> before = new LinkedHashMap<>();
        if (open.isEmpty()) {
            memberships.open(personId, unitId, effectiveDate);
        } else {
            Membership current = open.get();
            before.put("unitId", current.unitId());
            before.put("since", current.validFrom());
            if (effectiveDate.isAfter(current.validFrom())) {
                memberships.close(current.id(), effectiveDate);
                memberships.open(personId, unitId, effectiveDate);
            } else if (strict && effectiveDate.isBefore(current.validFrom())) {
                throw BusinessRuleException.onField("effectiveDate", "people.move.beforeCurrent",
                        current.validFrom());
            } else {
                memberships.correctUnit(current.id(), unitId);
            }
        }
        // unit_id is where the person belongs today: a move dated later takes effect on its day (TodaysUnits)
        people.setUnit(personId, memberships.unitOn(personId, access.today()).orElse(person.unitId()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("unitId", unitId);
        after.put("since", effectiveDate);
        audit.record("person.moved", "person", personId,
                "unit " + before.getOrDefault("unitId", "-") + " -> " + unitId + " from " + effectiveDate,
                before.isEmpty() ? null : before, after);
        return true;
    }

    /** What is wrong with a new person's data, including their unit. */
    List<Violation> problemsOfNew(PersonData data, DataScope scope) {
        List<Violation> violations = validate(data.withDefaults(), null);
        violations.addAll(unitProblems(data.unitId(), scope, access.today(), "unitId"));
        return violations;
    }

    /** What is wrong with new data for a stored person; an absent national ID stands for the stored one. */
    List<Violation> problemsOfEdit(Person before, PersonData data) {
        PersonData checked = data.nationalId() == null ? data.withNationalId(before.data().nationalId()) : data;
        return validate(checked.withDefaults(), before.id());
    }

    /** The rules, plus those that need the database: unique employee number and national ID. */
    List<Violation> validate(PersonData data, Long exceptId) {
        List<Violation> violations = new ArrayList<>(PersonRules.check(data, access.today()));
        if (data.employeeNo() != null && people.employeeNoTaken(data.employeeNo(), exceptId)) {
            violations.add(new Violation("employeeNo", "people.employeeNo.taken", data.employeeNo()));
        }
        if (data.nationalId() != null && violations.stream().noneMatch(v -> v.field().equals("nationalId"))) {
            people.nationalIdHolder(data.nationalId(), exceptId).ifPresent(holder ->
                    violations.add(access.nationalIdTaken(holder)));
        }
        return violations;
    }

    /** What keeps a unit from being a person's home unit on a date: it does not exist then, or lies out of scope. */
    List<Violation> unitProblems(Long unitId, DataScope scope, LocalDate on, String field) {
        if (unitId == null) {
            return new ArrayList<>(List.of(new Violation(field, "people.field.required")));
        }
        if (organization.findUnit(unitId, on).isEmpty()) {
            return new ArrayList<>(List.of(new Violation(field, "people.unit.unknown", unitId)));
        }
        if (!access.reachesUnit(scope, unitId)) {
            return new ArrayList<>(List.of(new Violation(field, "people.unit.outsideScope")));
        }
        return new ArrayList<>();
    }

    private Person inScope(long id, DataScope scope) {
        return people.find(id).filter(p -> access.manages(scope, p.unitId()))
                .orElseThrow(() -> new NotFoundException("person", id));
    }
}
