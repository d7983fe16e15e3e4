package org.cadre.organization.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cadre.identity.AuditLog;
import org.cadre.identity.Permissions;
import org.cadre.organization.AppointmentRequest;
import org.cadre.organization.Appointments;
import org.cadre.organization.OrganizationQueries;
import org.cadre.organization.PersonLookup.PersonSummary;
import org.cadre.organization.PrimaryAssignmentChanged;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.NotFoundException;
import org.cadre.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appointing people to posts, ending assignments and transferring people (任职、免职、调任、兼职). Needs
 * assignment:manage with a scope reaching the unit of every post concerned and, unless that scope is the whole
 * company, the unit the person belongs to today. Publishes
 * {@link PrimaryAssignmentChanged} when a person's primary post comes to lie in another unit, or a primary assignment
 * is reopened. Annulling (an assignment recorded in error) and reopening (an end recorded in error) undo mistakes.
 */
@Service
class AppointmentCommands implements Appointments {

    record End(@NotNull(message = "{org.validation.required}") LocalDate endDate,
               @NotNull(message = "{org.validation.required}") EndReason reason,
               @Size(max = 100, message = "{org.validation.tooLong}") String decisionBody,
               @Size(max = 100, message = "{org.validation.tooLong}") String documentNo) {
    }

    /** 调任: the person's open primary assignment ends on the date, and the new primary post is held from then on. */
    record Transfer(@NotNull(message = "{org.validation.required}") Long personId,
                    @NotNull(message = "{org.validation.required}") Long toPostId,
                    @NotNull(message = "{org.validation.required}") LocalDate effectiveDate,
                    @Size(max = 100, message = "{org.validation.tooLong}") String decisionBody,
                    LocalDate decisionDate,
                    @Size(max = 100, message = "{org.validation.tooLong}") String documentNo,
                    @Size(max = 500, message = "{org.validation.tooLong}") String overCountReason) {
    }

    private final PostRepository posts;
    private final AssignmentRepository assignments;
    private final OrganizationQueries organization;
    private final People people;
    private final Scopes scopes;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AppointmentCommands(PostRepository posts, AssignmentRepository assignments, OrganizationQueries organization,
                        People people, Scopes scopes, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.posts = posts;
        this.assignments = assignments;
        this.organization = organization;
        this.people = people;
        this.scopes = scopes;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long appoint(AppointmentRequest request) {
        UnitVersion.requireDate(request.effectiveDate());
        Post post = lockOpenPost(request.postId(), request.effectiveDate(), "postId");
        assignments.lockPerson(request.personId());
        return appointTo(post, request);
    }

    @Override
    public Optional<Long> findPostId(long unitId, String title) {
        return posts.findActiveId(unitId, title);
    }

    @Override
    @Transactional
    public void end(long assignmentId, LocalDate endDate, String reason, String decisionBody, String documentNo) {
        EndReason why;
        try {
            why = EndReason.valueOf(String.valueOf(reason));
        } catch (IllegalArgumentException e) {
            throw BusinessRuleException.onField("reason", "org.validation.required");
        }
        end(assignmentId, new End(endDate, why, decisionBody, documentNo));
    }

    @Override
    @Transactional
    public long transfer(AppointmentRequest request) {
        return transfer(new Transfer(request.personId(), request.postId(), request.effectiveDate(),
                request.decisionBody(), request.decisionDate(), request.documentNo(), request.overCountReason()));
    }

    /** Ends an open assignment; the row keeps everything it had and gains its end. */
    @Transactional
    public void end(long assignmentId, End command) {
        Assignment assignment = assignments.lock(assignmentId)
                .orElseThrow(() -> new NotFoundException("assignment", assignmentId));
        UnitVersion.requireDate(command.endDate());
        Post post = posts.find(assignment.postId()).orElseThrow();
        scopes.requireUnit(Permissions.ASSIGNMENT_MANAGE, post.unitId(), command.endDate());
        requireManageable(assignment.personId());
        assignment.requireEndableOn(command.endDate(), "endDate");
        if (command.reason() == EndReason.ANNULLED) {
            throw BusinessRuleException.onField("reason", "assignment.end.notAnnulment");
        }
        endAssignment(assignment, post, command);
    }

    @Override
    @Transactional
    public void annul(long assignmentId, String reason) {
        String why = requiredReason(reason);
        Assignment assignment = assignments.lock(assignmentId)
                .orElseThrow(() -> new NotFoundException("assignment", assignmentId));
        Post post = posts.find(assignment.postId()).orElseThrow();
        scopes.requireUnit(Permissions.ASSIGNMENT_MANAGE, post.unitId(), assignment.period().from());
        requireManageable(assignment.personId());
        if (!assignment.period().isOpen()) {
            throw new BusinessRuleException("assignment.annul.notOpen", post.title(), assignment.period().to().toString());
        }
        assignments.annul(assignmentId, why);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("validTo", assignment.period().from());
        after.put("endReason", EndReason.ANNULLED);
        after.put("annulReason", why);
        audit.record("assignment.annulled", "assignment", assignmentId,
                "person " + assignment.personId() + " × " + post.title() + " (" + why + ")", assignment, after);
    }

    @Override
    @Transactional
    public void reopen(long assignmentId, String reason) {
        String why = requiredReason(reason);
        Assignment assignment = assignments.lock(assignmentId)
                .orElseThrow(() -> new NotFoundException("assignment", assignmentId));
        assignments.lockPerson(assignment.personId());
        Post post = posts.lock(assignment.postId()).orElseThrow();
        LocalDate day = assignment.period().to();
        if (day == null) {
            throw new BusinessRuleException("assignment.reopen.notEnded", post.title());
        }
        if (assignment.annulled()) {
            throw new BusinessRuleException("assignment.reopen.annulled", post.title());
        }
        scopes.requireUnit(Permissions.ASSIGNMENT_MANAGE, post.unitId(), day);
        requireManageable(assignment.personId());
        LocalDate today = LocalDate.now(clock);
        if (!post.active()) {
            throw new BusinessRuleException("assignment.reopen.postClosed", post.title());
        }
        // held again from its end on: the unit must be open then and, for an end in the past, still today
        for (LocalDate on : day.isBefore(today) ? List.of(day, today) : List.of(day)) {
            if (organization.findUnit(post.unitId(), on).isEmpty()) {
                throw new BusinessRuleException("assignment.reopen.unitGone", post.title(), on.toString());
            }
        }
        List<Assignment> othersOfPost = assignments.ofPostReaching(post.id(), day).stream()
                .filter(a -> a.id() != assignmentId).toList();
        List<Assignment> othersOfPerson = assignments.ofPersonReaching(assignment.personId(), day).stream()
                .filter(a -> a.id() != assignmentId).toList();
        try {
            // the same rules as an appointment from the end day on; a reason once given for going beyond the
            // approved count still stands
            AppointmentRules.check(assignment.personId(), post, assignment.kind(), day, assignment.overCountReason(),
                    othersOfPost, othersOfPerson);
        } catch (BusinessRuleException e) {
            throw new BusinessRuleException("assignment.reopen.conflict", post.title(), new DefaultMessageSourceResolvable(new String[] {e.messageKey()}, e.arguments(), e.messageKey()));
        }
        assignments.reopen(assignmentId);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("validTo", null);
        after.put("endReason", null);
        after.put("endDecisionBody", null);
        after.put("endDocumentNo", null);
        after.put("reopenReason", why);
        audit.record("assignment.reopened", "assignment", assignmentId,
                "person " + assignment.personId() + " → " + post.title() + " again (" + why + ")", assignment, after);
        if (assignment.isPrimary()) {
            // the primary post is this one again from its former end on: the home unit follows (no-op if the same)
            events.publishEvent(new PrimaryAssignmentChanged(assignment.personId(), post.unitId(), day));
        }
    }

    private static String requiredReason(String reason) {
        String why = Text.blankToNull(reason);
        if (why == null) {
            throw BusinessRuleException.onField("reason", "org.validation.required");
        }
        if (why.length() > 500) {
            throw BusinessRuleException.onField("reason", "org.validation.tooLong");
        }
        return why;
    }

    /** Ends the person's primary assignment and appoints them to another primary post: both or neither. */
    @Transactional
    public long transfer(Transfer command) {
        LocalDate day = command.effectiveDate();
        UnitVersion.requireDate(day);
        assignments.lockPerson(command.personId());
        requireManageable(command.personId());
        Assignment current = assignments.lockOpenPrimary(command.personId())
                .orElseThrow(() -> BusinessRuleException.onField("personId", "assignment.transfer.noPrimary"));
        Post from = posts.find(current.postId()).orElseThrow();
        scopes.requireUnit(Permissions.ASSIGNMENT_MANAGE, from.unitId(), day);
        if (current.postId() == command.toPostId()) {
            throw BusinessRuleException.onField("toPostId", "assignment.transfer.samePost", from.title());
        }
        current.requireEndableOn(day, "effectiveDate");
        endAssignment(current, from, new End(day, EndReason.TRANSFERRED, command.decisionBody(), command.documentNo()));
        Post to = lockOpenPost(command.toPostId(), day, "toPostId");
        return appointTo(to, new AppointmentRequest(command.personId(), command.toPostId(), true, day,
                command.decisionBody(), command.decisionDate(), command.documentNo(), command.overCountReason()));
    }

    private Post lockOpenPost(long postId, LocalDate day, String field) {
        Post post = posts.lock(postId).orElseThrow(() -> new NotFoundException("post", postId));
        scopes.requireUnit(Permissions.ASSIGNMENT_MANAGE, post.unitId(), day);
        if (!post.active()) {
            throw BusinessRuleException.onField(field, "post.inactive", post.title());
        }
        if (organization.findUnit(post.unitId(), day).isEmpty()) {
            throw BusinessRuleException.onField("effectiveDate", "org.unit.notOpenOn", day.toString());
        }
        return post;
    }

    private long appointTo(Post post, AppointmentRequest request) {
        long personId = request.personId();
        LocalDate day = request.effectiveDate();
        requireManageable(personId);
        AssignmentKind kind = request.primary() ? AssignmentKind.PRIMARY : AssignmentKind.CONCURRENT;
        boolean beyondApprovedCount = AppointmentRules.check(personId, post, kind, day, request.overCountReason(),
                assignments.ofPostReaching(post.id(), day), assignments.ofPersonReaching(personId, day));
        // the reason justifies going beyond the approved count; kept only where it did
        Assignment assignment = new Assignment(0, personId, post.id(), kind, Period.startingOn(day),
                Text.blankToNull(request.decisionBody()), request.decisionDate(),
                Text.blankToNull(request.documentNo()), null, null, null,
                beyondApprovedCount ? request.overCountReason().strip() : null, null);
        long id = assignments.insert(assignment);
        audit.record(beyondApprovedCount ? "assignment.appointedBeyondCount" : "assignment.appointed", "assignment",
                id, "person " + personId + " → " + post.title(), null, assignment.withId(id));
        if (kind == AssignmentKind.PRIMARY) {
            Optional<Long> previousUnit = assignments.unitOfPrimaryEndedBy(personId, day);
            if (previousUnit.isEmpty() || previousUnit.get() != post.unitId()) {
                events.publishEvent(new PrimaryAssignmentChanged(personId, post.unitId(), day));
            }
        }
        return id;
    }

    /**
     * Whether the caller may appoint, transfer or remove this person: anyone with assignment:manage on the whole
     * company, otherwise only people who belong today to a unit within its scope. Without this a manager of one
     * unit could appoint anybody to a post there, as primary even, and so pull them into their scope.
     */
    public boolean manages(PersonSummary person) {
        return scopes.allows(Permissions.ASSIGNMENT_MANAGE, person.unitId(), LocalDate.now(clock));
    }

    /** A person beyond the caller's reach is answered like one who does not exist: we do not say which. */
    private void requireManageable(long personId) {
        // without the people module nobody's unit is known: only a company-wide scope may name people at all
        boolean manageable = people.known()
                ? people.byId(personId).filter(this::manages).isPresent()
                : scopes.wholeCompany(Permissions.ASSIGNMENT_MANAGE);
        if (!manageable) {
            throw BusinessRuleException.onField("personId", "assignment.person.unknown", String.valueOf(personId));
        }
    }

    private void endAssignment(Assignment assignment, Post post, End command) {
        assignments.end(assignment.id(), command.endDate(), command.reason(),
                Text.blankToNull(command.decisionBody()), Text.blankToNull(command.documentNo()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("validTo", command.endDate());
        after.put("endReason", command.reason());
        after.put("endDecisionBody", command.decisionBody());
        after.put("endDocumentNo", command.documentNo());
        audit.record("assignment.ended", "assignment", assignment.id(),
                "person " + assignment.personId() + " ← " + post.title() + " (" + command.reason() + ")",
                assignment, after);
    }
}
