package org.cadre.cadres.internal.tenure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cadre.organization.AppointmentRequest;
import org.cadre.organization.Appointments;
import org.cadre.organization.AssignmentRecord;
import org.cadre.organization.CurrentPost;
import org.cadre.organization.OrganizationQueries;
import org.cadre.organization.PersonLookup;
import org.cadre.organization.PersonLookup.PersonSummary;
import org.cadre.organization.PostHolders;
import org.cadre.identity.AuditLog;
import org.cadre.people.PersonStatus;
import org.cadre.people.PersonStatuses;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.NotFoundException;
import org.cadre.shared.Text;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording deployment events (干部调配): each changes the person's assignments through the organization's
 * {@link Appointments} (which checks assignment:manage and its scope) and closes or opens the terms concerned, all
 * in one transaction; events are never edited, only revoked with a reason. A retirement or resignation also changes
 * the person's status on the roster (RETIRED, LEFT) through the people module's {@link PersonStatuses} (which checks
 * people:manage and its scope), in the same transaction. Needs cadre:manage with a scope that reaches the person and
 * the units concerned.
 */
@Service
class DeploymentCommands {

    /**
     * An event as a form or the API gives it.
     *
     * @param toPostId         the post the person goes to (appointment, concurrent post, promotion, demotion,
     *                         transfer, rotation)
     * @param fromAssignmentId for a removal, the assignment it ends (default: the primary one)
     */
    record EventSpec(DeploymentKind kind, String employeeNo, Long toPostId, Long fromAssignmentId,
                     LocalDate effectiveDate, String reason, String documentNo, LocalDate documentDate,
                     String issuingBody, String overCountReason) {
    }

    private final DeploymentRepository events;
    private final TermRepository terms;
    private final Appointments appointments;
    private final OrganizationQueries organization;
    private final PostHolders posts;
    private final PersonLookup people;
    private final TenureAccess access;
    private final AuditLog audit;
    private final PersonStatuses statuses;

    DeploymentCommands(DeploymentRepository events, TermRepository terms, Appointments appointments,
                       OrganizationQueries organization, PostHolders posts, PersonLookup people, TenureAccess access,
                       AuditLog audit, PersonStatuses statuses) {
        this.statuses = statuses;
        this.events = events;
        this.terms = terms;
        this.appointments = appointments;
        this.organization = organization;
        this.posts = posts;
        this.people = people;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    @PreAuthorize("hasAuthority('cadre:manage')")
    public long record(EventSpec spec) {
        if (spec.kind() == null) {
            throw BusinessRuleException.onField("kind", "cadres.tenure.validation.required");
        }
        PersonSummary person = managedPerson(spec.employeeNo());
        return record(spec, person, null);
    }

    /** Records the event for a person already resolved; {@code selectionId} when a selection decided it. */
    long record(EventSpec spec, PersonSummary person, Long selectionId) {
        LocalDate day = spec.effectiveDate();
        if (day == null) {
            throw BusinessRuleException.onField("effectiveDate", "cadres.tenure.validation.required");
        }
        String reason = required("reason", spec.reason(), 500);
        String documentNo = optional("documentNo", spec.documentNo(), 100);
        String issuingBody = optional("issuingBody", spec.issuingBody(), 100);
        DeploymentKind kind = spec.kind();
        if (kind.needsPost() && spec.toPostId() == null) {
            throw BusinessRuleException.onField("toPostId", "cadres.tenure.validation.required");
        }
        List<CurrentPost> current = organization.currentPosts(List.of(person.id()), day)
                .getOrDefault(person.id(), List.of());
        Optional<CurrentPost> primary = current.stream().filter(CurrentPost::primary).findFirst();
        Long fromAssignment = null;
        Long fromPost = null;
        Long toAssignment = null;
        long unitId;
        List<CurrentPost> ended = new ArrayList<>();
        switch (kind.change()) {
            case APPOINT_PRIMARY, APPOINT_CONCURRENT -> {
                boolean asPrimary = kind.change() == DeploymentKind.Change.APPOINT_PRIMARY;
                toAssignment = appointments.appoint(new AppointmentRequest(person.id(), spec.toPostId(), asPrimary, day,
                        issuingBody, spec.documentDate(), documentNo, spec.overCountReason()));
                unitId = requireReached(person.id(), toAssignment).unitId();
            }
            case MOVE_PRIMARY -> {
                CurrentPost from = primary.orElseThrow(() ->
                        BusinessRuleException.onField("employeeNo", "cadres.deployment.noPrimary", person.name()));
                fromAssignment = from.assignmentId();
                fromPost = from.postId();
                requireUnit(from.unitId());
                // the ledger counts what the kind says: refused, before anything changes, when the levels disagree
                var toLevel = posts.post(spec.toPostId(), day).map(PostHolders.HeldPost::level);
                String misfit = toLevel.map(level -> kind.misfit(from.level(), level)).orElse(null);
                if (misfit != null) {
                    throw BusinessRuleException.onField("toPostId", misfit, label("enum.PostLevel." + from.level()),
                            label("enum.PostLevel." + toLevel.get()));
                }
                toAssignment = appointments.transfer(new AppointmentRequest(person.id(), spec.toPostId(), true, day,
                        issuingBody, spec.documentDate(), documentNo, spec.overCountReason()));
                unitId = requireReached(person.id(), toAssignment).unitId();
                ended.add(from);
            }
            case END_ONE -> {
                CurrentPost target = spec.fromAssignmentId() == null
                        ? primary.orElseThrow(() -> BusinessRuleException.onField("employeeNo",
                                "cadres.deployment.noPrimary", person.name()))
                        : current.stream().filter(p -> p.assignmentId() == spec.fromAssignmentId()).findFirst()
                        .orElseThrow(() -> BusinessRuleException.onField("fromAssignmentId",
                                "cadres.deployment.notHeld", person.name()));
                requireUnit(target.unitId());
                appointments.end(target.assignmentId(), day, kind.endReason(), issuingBody, documentNo);
                fromAssignment = target.assignmentId();
                fromPost = target.postId();
                unitId = target.unitId();
                ended.add(target);
            }
            case END_ALL -> {
                if (current.isEmpty()) {
                    throw BusinessRuleException.onField("employeeNo", "cadres.deployment.noPost", person.name());
                }
                CurrentPost main = primary.orElse(current.get(0));
                for (CurrentPost post : current) {
                    requireUnit(post.unitId());
                    appointments.end(post.assignmentId(), day, kind.endReason(), issuingBody, documentNo);
                    ended.add(post);
                }
                fromAssignment = main.assignmentId();
                fromPost = main.postId();
                unitId = main.unitId();
            }
            default -> throw new IllegalStateException(kind.name());
        }
        for (CurrentPost post : ended) {
            terms.openOfAssignment(post.assignmentId()).ifPresent(t -> {
                terms.end(t.id(), day, kind.name());
                audit.record("cadre.term.ended", "cadre_term", t.id(), person.name() + " " + t.title() + " (" + kind + ")",
                        t, Map.of("actualEnd", day, "endReason", kind.name()));
            });
        }
        if (toAssignment != null && selectionId == null) {
            startTermFor(person, toAssignment, day, "deployment");
        }
        PersonStatus exit = kind == DeploymentKind.RETIREMENT ? PersonStatus.RETIRED
                : kind == DeploymentKind.RESIGNATION ? PersonStatus.LEFT : null;
        if (exit != null) {
            statuses.change(person.id(), exit, day, reason);
        }
        DeploymentEvent event = new DeploymentEvent(0, kind, person.id(), person.name(), person.employeeNo(), unitId,
                day, fromAssignment, fromPost, kind.needsPost() ? spec.toPostId() : null, toAssignment, reason, documentNo, spec.documentDate(),
                issuingBody, selectionId, null, null, null, false, access.now(), access.actor());
        long id = events.insert(event);
        audit.record("cadre.deployment.recorded", "cadre_deployment_event", id,
                person.name() + " " + kind + " " + day, null, event);
        return id;
    }

    /** Starts a term of office on a new cadre assignment (none when the post is not a cadre post, or one is open). */
    void startTermFor(PersonSummary person, long assignmentId, LocalDate start, String source) {
        AssignmentRecord a = assignment(person.id(), assignmentId);
        if (!a.level().isCadre() || terms.openOfAssignment(assignmentId).isPresent()) {
            return;
        }
        Term term = new Term(0, Term.Kind.POST, person.id(), person.name(), person.employeeNo(), assignmentId, a.postId(),
                a.postTitle(), a.unitId(), start, start.plusYears(org.cadre.cadres.internal.TermEnds.DEFAULT_TERM_YEARS),
                null, null, source);
        long id = terms.insert(term);
        audit.record("cadre.term.started", "cadre_term", id, person.name() + " " + a.postTitle(), null, term);
    }

    /**
     * What revoking the event with undo would do, or why it cannot ({@link Undo}); null for a revoked event. Needs
     * cadre:manage with a scope reaching the event's unit.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('cadre:manage')")
    public Undo undoPlan(long id) {
        DeploymentEvent event = events.find(id).orElseThrow(() -> new NotFoundException("deployment", id));
        access.requireManaged("deployment", id, event.unitId());
        return event.revoked() ? null : plan(event);
    }

    private Undo plan(DeploymentEvent event) {
        List<Term> personTerms = terms.ofPerson(event.personId());
        List<Long> withContract = terms.withContract(personTerms.stream().map(Term::id).toList());
        boolean exit = event.kind() == DeploymentKind.RETIREMENT || event.kind() == DeploymentKind.RESIGNATION;
        return Undo.of(event, events.ofPerson(event.personId()), organization.assignmentHistory(event.personId()),
                personTerms, withContract, access.mayUndo(exit));
    }

    /**
     * Revokes an event recorded in error: it stays, marked, with the reason, and leaves the ledger. With
     * {@code undo} it also undoes what the event did ({@link Undo}: the post it gave annulled, the posts and terms
     * it ended reopened, the term it started annulled, an exit's roster status back to ACTIVE), all or nothing; an
     * undo that is not possible is refused with the reason, changing nothing. Without it the assignments, terms and
     * roster status stay as they are, to be corrected apart.
     *
     * @return whether the event's change was undone
     */
    @Transactional
    @PreAuthorize("hasAuthority('cadre:manage')")
    public boolean revoke(long id, String reason, boolean undo) {
        DeploymentEvent event = events.lock(id).orElseThrow(() -> new NotFoundException("deployment", id));
        access.requireManaged("deployment", id, event.unitId());
        if (event.revoked()) {
            throw new BusinessRuleException("cadres.deployment.alreadyRevoked");
        }
        String why = required("revokeReason", reason, 500);
        Map<String, Object> after = new LinkedHashMap<>();
        if (undo) {
            Undo plan = plan(event);
            if (!plan.possible()) {
                throw plan.refusedAsRule();
            }
            undo(event, plan, why, after);
        }
        events.revoke(id, why, undo, access.now(), access.actor());
        after.put("revokedBy", access.actor());
        after.put("revokeReason", why);
        after.put("revokeUndone", undo);
        audit.record("cadre.deployment.revoked", "cadre_deployment_event", id,
                event.personName() + " " + event.kind() + " " + event.effectiveDate(), event, after);
        return undo;
    }

    private void undo(DeploymentEvent event, Undo plan, String why, Map<String, Object> after) {
        // kept in the assignment, term and status histories: which event was revoked, and why
        String note = cut("撤销" + label(event.kind()) + "记录（" + event.effectiveDate() + "）：" + why, 500);
        if (plan.restoreStatus()) {
            // first: the organization serves only people it may name, and a retired person stays on the roster
            statuses.change(event.personId(), PersonStatus.ACTIVE, event.effectiveDate(), note);
        }
        for (Term t : plan.annulTerms()) {
            terms.annul(t.id());
            audit.record("cadre.term.annulled", "cadre_term", t.id(), event.personName() + " " + t.title(), t,
                    Map.of("actualEnd", t.startDate(), "endReason", TermRepository.ANNULLED, "why", note));
        }
        if (plan.annul() != null) {
            appointments.annul(plan.annul().id(), note);
        }
        // after the annulment, so that the primary post it gave no longer stands in the way of the one reopened
        for (AssignmentRecord a : plan.reopen()) {
            appointments.reopen(a.id(), note);
        }
        for (Term t : plan.reopenTerms()) {
            terms.reopen(t.id());
            Map<String, Object> reopened = new LinkedHashMap<>();
            reopened.put("actualEnd", null);
            reopened.put("endReason", null);
            reopened.put("why", note);
            audit.record("cadre.term.reopened", "cadre_term", t.id(), event.personName() + " " + t.title(), t, reopened);
        }
        after.put("annulledAssignment", plan.annul() == null ? null : plan.annul().id());
        after.put("reopenedAssignments", plan.reopen().stream().map(AssignmentRecord::id).toList());
        after.put("reopenedTerms", plan.reopenTerms().stream().map(Term::id).toList());
        after.put("annulledTerms", plan.annulTerms().stream().map(Term::id).toList());
        after.put("statusRestored", plan.restoreStatus());
    }

    private static String label(DeploymentKind kind) {
        return switch (kind) {
            case APPOINTMENT -> "任职";
            case PROMOTION -> "提拔";
            case DEMOTION -> "降职";
            case TRANSFER -> "交流";
            case ROTATION -> "轮岗";
            case CONCURRENT_POST -> "兼职";
            case REMOVAL -> "免职";
            case RESIGNATION -> "辞职";
            case RETIREMENT -> "退休";
        };
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static org.springframework.context.support.DefaultMessageSourceResolvable label(String key) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] {key}, key);
    }

    PersonSummary managedPerson(String employeeNo) {
        String no = Text.blankToNull(employeeNo);
        if (no == null) {
            throw BusinessRuleException.onField("employeeNo", "cadres.tenure.validation.required");
        }
        return people.findByEmployeeNo(no).filter(p -> access.manageReach().reaches(p.unitId(), null))
                .orElseThrow(() -> BusinessRuleException.onField("employeeNo", "cadres.tenure.person.unknown", no));
    }

    private AssignmentRecord requireReached(long personId, long assignmentId) {
        AssignmentRecord a = assignment(personId, assignmentId);
        if (!access.manageReach().reaches(a.unitId(), null)) {
            throw BusinessRuleException.onField("toPostId", "cadres.deployment.postBeyondScope", a.postTitle());
        }
        return a;
    }

    private void requireUnit(long unitId) {
        if (!access.manageReach().reaches(unitId, null)) {
            throw BusinessRuleException.onField("employeeNo", "cadres.deployment.beyondScope");
        }
    }

    private AssignmentRecord assignment(long personId, long assignmentId) {
        return organization.assignmentHistory(personId).stream().filter(a -> a.id() == assignmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("assignment", assignmentId));
    }

    static String required(String field, String text, int max) {
        String value = Text.blankToNull(text);
        if (value == null) {
            throw BusinessRuleException.onField(field, "cadres.tenure.validation.required");
        }
        return optional(field, value, max);
    }

    static String optional(String field, String text, int max) {
        String value = Text.blankToNull(text);
        if (value != null && value.length() > max) {
            throw BusinessRuleException.onField(field, "cadres.tenure.validation.tooLong", max);
        }
        return value;
    }
}
