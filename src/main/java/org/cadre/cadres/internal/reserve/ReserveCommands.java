package org.cadre.cadres.internal.reserve;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cadre.identity.AuditLog;
import org.cadre.identity.DataScope;
import org.cadre.organization.PersonLookup;
import org.cadre.organization.PostHolders;
import org.cadre.organization.PostLevel;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.NotFoundException;
import org.cadre.shared.Text;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes to the reserve pool: nominations, plan items, reviews and moves of state. Each checks cadre:manage and
 * its scope, keeps a history line and writes the audit log; a refused change changes nothing.
 */
@Service
class ReserveCommands {

    static final int REVIEW_EVERY_MONTHS = 12;

    /** 提名: who, for which level (and post), put forward by whom and why, how ready. */
    record Nomination(String employeeNo, PostLevel targetLevel, Long targetPostId, NominationSource source,
                      String reason, Readiness readiness, LocalDate nominatedOn) {
    }

    /** A plan item; the mentor (导师) is named by employee number. */
    record PlanSpec(PlanItem.Kind kind, String description, LocalDate startsOn, LocalDate endsOn,
                    String mentorEmployeeNo) {
    }

    /** A periodic review; readiness null keeps it, next review due null means 12 months after the review. */
    record ReviewSpec(LocalDate reviewedOn, String reviewer, String conclusion, Readiness readiness,
                      LocalDate nextReviewDue) {
    }

    private final ReserveRepository repository;
    private final ReserveAccess access;
    private final PersonLookup people;
    private final PostHolders posts;
    private final AuditLog audit;

    ReserveCommands(ReserveRepository repository, ReserveAccess access, PersonLookup people, PostHolders posts,
                    AuditLog audit) {
        this.repository = repository;
        this.access = access;
        this.people = people;
        this.posts = posts;
        this.audit = audit;
    }

    @Transactional
    @PreAuthorize("hasAuthority('cadre:manage')")
    public long nominate(Nomination n) {
        DataScope scope = access.manageScope();
        LocalDate today = access.today();
        String employeeNo = required(n.employeeNo(), "employeeNo", 32);
        PersonLookup.PersonSummary person = people.findByEmployeeNo(employeeNo)
                .filter(p -> access.manages(scope, p.unitId()))
                .orElseThrow(() -> BusinessRuleException.onField("employeeNo", "cadres.reserve.unknownPerson", employeeNo));
        if (n.targetLevel() == null) {
            throw BusinessRuleException.onField("targetLevel", "cadres.reserve.validation.required");
        }
        if (!n.targetLevel().isCadre()) {
            throw BusinessRuleException.onField("targetLevel", "cadres.reserve.notCadreLevel");
        }
        long targetUnit = person.unitId();
        if (n.targetPostId() != null) {
            // a post beyond the keeper's scope is as unknown as one that does not exist
            PostHolders.HeldPost post = posts.post(n.targetPostId(), today)
                    .filter(p -> access.manages(scope, p.unitId()))
                    .orElseThrow(() -> BusinessRuleException.onField("targetPostId", "cadres.reserve.unknownPost"));
            if (post.level() != n.targetLevel()) {
                throw BusinessRuleException.onField("targetPostId", "cadres.reserve.postLevelMismatch", post.title());
            }
            targetUnit = post.unitId();
        }
        if (n.source() == null) {
            throw BusinessRuleException.onField("source", "cadres.reserve.validation.required");
        }
        String reason = required(n.reason(), "reason", 1000);
        Readiness readiness = n.readiness() == null ? Readiness.THREE_PLUS_YEARS : n.readiness();
        LocalDate nominatedOn = n.nominatedOn() == null ? today : n.nominatedOn();
        if (nominatedOn.isAfter(today)) {
            throw BusinessRuleException.onField("nominatedOn", "cadres.reserve.validation.future");
        }
        if (repository.activeExists(person.id(), n.targetLevel())) {
            throw BusinessRuleException.onField("targetLevel", "cadres.reserve.duplicate", person.name());
        }
        ReserveEntry entry = new ReserveEntry(0, person.id(), person.employeeNo(), person.name(), person.unitId(),
                n.targetLevel(), n.targetPostId(), targetUnit, n.source(), reason, readiness, nominatedOn,
                ReserveState.RESERVE, nominatedOn.plusMonths(REVIEW_EVERY_MONTHS), null, 0);
        long id;
        try {
            id = repository.insert(entry, access.now());
        } catch (DuplicateKeyException e) {
            // nominated at the same moment by someone else
            throw BusinessRuleException.onField("targetLevel", "cadres.reserve.duplicate", person.name());
        }
        repository.insertHistory(id, access.now(), nominatedOn, "NOMINATED", null, ReserveState.RESERVE, null,
                readiness, reason, null, access.actor());
        audit.record("cadres.reserve.nominated", "cadre_reserve_entry", id,
                person.name() + " → " + n.targetLevel(), null, entry);
        return id;
    }

    @Transactional
    @PreAuthorize("hasAuthority('cadre:manage')")
    public long addPlanItem(long entryId, PlanSpec spec) {
        ReserveEntry entry = activeForChange(entryId);
        if (spec.kind() == null) {
            throw BusinessRuleException.onField("kind", "cadres.reserve.validation.required");
        }
        String description = required(spec.description(), "description", 500);
        if (spec.startsOn() != null && spec.endsOn() != null && spec.endsOn().isBefore(spec.startsOn())) {
            throw BusinessRuleException.onField("endsOn", "cadres.reserve.plan.endsBeforeStart");
        }
        Long mentorId = null;
        String mentorName = null;
        if (spec.kind() == PlanItem.Kind.MENTOR) {
            String mentorNo = required(spec.mentorEmployeeNo(), "mentorEmployeeNo", 32);
            PersonLookup.PersonSummary mentor = people.findByEmployeeNo(mentorNo).orElseThrow(() ->
                    BusinessRuleException.onField("mentorEmployeeNo", "cadres.reserve.unknownMentor", mentorNo));
            if (mentor.id() == entry.personId()) {
                throw BusinessRuleException.onField("mentorEmployeeNo", "cadres.reserve.plan.selfMentor");
            }
            mentorId = mentor.id();
            mentorName = mentor.name();
        }
        PlanItem item = new PlanItem(0, entryId, spec.kind(), description, spec.startsOn(), spec.endsOn(), mentorId,
                mentorName, PlanItem.Status.PLANNED, null);
        long id = repository.insertPlanItem(item, access.now());
        repository.insertHistory(entryId, access.now(), access.today(), "PLAN", null, null, null, null,
                spec.kind() + ": " + description, null, access.actor());
        audit.record("cadres.reserve.planItem.added", "cadre_reserve_entry", entryId,
                entry.name() + ": " + spec.kind() + " " + description, null, item);
        return id;
    }

    @Transactional
    @PreAuthorize("hasAuthority('cadre:manage')")
    public void completePlanItem(long entryId, long itemId) {
        ReserveEntry entry = activeForChange(entryId);
        PlanItem item = repository.planItem(itemId).filter(i -> i.entryId() == entryId)
                .orElseThrow(() -> new NotFoundException("plan item", itemId));
        if (repository.markDone(itemId, access.today()) != 1) {
            throw new BusinessRuleException("cadres.reserve.plan.alreadyDone");
        }
        repository.insertHistory(entryId, access.now(), access.today(), "PLAN", null, null, null, null,
                item.kind() + " ✓ " + item.description(), null, access.actor());
        audit.record("cadres.reserve.planItem.done", "cadre_reserve_entry", entryId,
                entry.name() + ": " + item.description(), Map.of("status", item.status()),
                Map.of("status", PlanItem.Status.DONE));
    }

    @Transactional
    @PreAuthorize("hasAuthority('cadre:manage')")
    public long review(long entryId, ReviewSpec spec) {
        ReserveEntry entry = activeForChange(entryId);
        LocalDate today = access.today();
        if (spec.reviewedOn() == null) {
            throw BusinessRuleException.onField("reviewedOn", "cadres.reserve.validation.required");
        }
        if (spec.reviewedOn().isAfter(today)) {
            throw BusinessRuleException.onField("reviewedOn", "cadres.reserve.validation.future");
        }
        if (spec.reviewedOn().isBefore(entry.nominatedOn())) {
            throw BusinessRuleException.onField("reviewedOn", "cadres.reserve.review.beforeNomination");
        }
        String reviewer = required(spec.reviewer(), "reviewer", 100);
        String conclusion = required(spec.conclusion(), "conclusion", 2000);
        Readiness after = spec.readiness() == null ? entry.readiness() : spec.readiness();
        LocalDate nextDue = spec.nextReviewDue() == null ? spec.reviewedOn().plusMonths(REVIEW_EVERY_MONTHS)
                : spec.nextReviewDue();
        if (!nextDue.isAfter(spec.reviewedOn())) {
            throw BusinessRuleException.onField("nextReviewDue", "cadres.reserve.review.nextNotAfter");
        }
        Review review = new Review(0, entryId, spec.reviewedOn(), reviewer, conclusion, entry.readiness(), after,
                nextDue, access.actor());
        long id = repository.insertReview(review, access.now());
        repository.updateReview(entry, after, nextDue);
        repository.insertHistory(entryId, access.now(), spec.reviewedOn(), after == entry.readiness() ? "REVIEW" : "READINESS",
                null, null, entry.readiness(), after, conclusion, null, access.actor());
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("readiness", entry.readiness());
        before.put("nextReviewDue", entry.nextReviewDue());
        audit.record("cadres.reserve.reviewed", "cadre_reserve_entry", entryId, entry.name() + ": " + conclusion,
                before, review);
        return id;
    }

    /** A move by hand: to inspection, withdrawn (with a reason), back to the pool, appointed. */
    @Transactional
    @PreAuthorize("hasAuthority('cadre:manage')")
    public void transition(long entryId, ReserveState to, String reason) {
        ReserveEntry entry = access.requireManageable(repository.lock(entryId)
                .orElseThrow(() -> new NotFoundException("reserve entry", entryId)));
        if (to == null) {
            throw BusinessRuleException.onField("state", "cadres.reserve.validation.required");
        }
        move(entry, to, Text.blankToNull(reason), null, access.today());
    }

    /**
     * Moves an entry, checking the allowed transitions; withdrawing needs a reason. Used by the commands above and
     * by the selection events (no user, hence no permission check here).
     */
    public void move(ReserveEntry entry, ReserveState to, String reason, Long selectionId, LocalDate day) {
        if (!entry.state().canMoveTo(to)) {
            throw BusinessRuleException.onField("state", "cadres.reserve.transition.refused",
                    label("enum.ReserveState." + entry.state()), label("enum.ReserveState." + to));
        }
        if (to == ReserveState.WITHDRAWN && reason == null) {
            throw BusinessRuleException.onField("reason", "cadres.reserve.transition.reasonRequired");
        }
        if (reason != null && reason.length() > 500) {
            throw BusinessRuleException.onField("reason", "cadres.reserve.validation.tooLong", 500);
        }
        repository.updateState(entry, to, to == ReserveState.WITHDRAWN ? reason : null);
        repository.insertHistory(entry.id(), access.now(), day, "STATE", entry.state(), to, null, null, reason,
                selectionId, access.actor());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", to);
        after.put("reason", reason);
        after.put("selectionId", selectionId);
        audit.record("cadres.reserve.moved", "cadre_reserve_entry", entry.id(),
                entry.name() + ": " + entry.state() + " → " + to, Map.of("state", entry.state()), after);
    }

    private static DefaultMessageSourceResolvable label(String key) {
        return new DefaultMessageSourceResolvable(new String[] {key}, key);
    }

    private ReserveEntry activeForChange(long entryId) {
        ReserveEntry entry = access.requireManageable(repository.lock(entryId)
                .orElseThrow(() -> new NotFoundException("reserve entry", entryId)));
        if (!entry.state().active()) {
            throw new BusinessRuleException("cadres.reserve.closed");
        }
        return entry;
    }

    private static String required(String value, String field, int max) {
        String text = Text.blankToNull(value);
        if (text == null) {
            throw BusinessRuleException.onField(field, "cadres.reserve.validation.required");
        }
        text = text.strip();
        if (text.length() > max) {
            throw BusinessRuleException.onField(field, "cadres.reserve.validation.tooLong", max);
        }
        return text;
    }
}
