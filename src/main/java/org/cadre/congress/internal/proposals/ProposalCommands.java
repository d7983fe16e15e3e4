package org.cadre.congress.internal.proposals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cadre.congress.AnswerClass;
import org.cadre.congress.ProposalCategory;
import org.cadre.congress.ProposalKind;
import org.cadre.congress.ProposalState;
import org.cadre.congress.ProposalStep;
import org.cadre.congress.Rating;
import org.cadre.congress.internal.CongressRoll;
import org.cadre.identity.AuditLog;
import org.cadre.organization.OrganizationQueries;
import org.cadre.organization.PersonLookup;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.NotFoundException;
import org.cadre.shared.Text;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every step of a proposal, each checked (permission, scope, state), written to the timeline and the audit log in
 * the same transaction.
 */
@Service
class ProposalCommands {

    static final String READERS = "hasAnyAuthority('congress:read', 'congress:manage', 'proposal:answer')";

    /** What a proposer writes: one matter. Co-signers by employee number (proposals only). */
    record ProposalSpec(String title, ProposalCategory category, String reasons, String measures,
                        List<String> cosignerEmployeeNos) {
    }

    private final ProposalRepository repository;
    private final ProposalAccess access;
    private final CongressRoll roll;
    private final PersonLookup people;
    private final OrganizationQueries organization;
    private final AuditLog audit;
    private final int requiredCosigners;
    private final int reassignmentDays;

    ProposalCommands(ProposalRepository repository, ProposalAccess access, CongressRoll roll, PersonLookup people,
                     OrganizationQueries organization, AuditLog audit,
                     @Value("${cadre.congress.proposals.cosigners:2}") int requiredCosigners,
                     @Value("${cadre.congress.proposals.reassignment-days:3}") int reassignmentDays) {
        this.repository = repository;
        this.access = access;
        this.roll = roll;
        this.people = people;
        this.organization = organization;
        this.audit = audit;
        this.requiredCosigners = requiredCosigners;
        this.reassignmentDays = reassignmentDays;
    }

    int requiredCosigners() {
        return requiredCosigners;
    }

    int reassignmentDays() {
        return reassignmentDays;
    }

    /**
     * Drafts a proposal (a delegate, in the next meeting's proposal window) or a suggestion (any employee, for the
     * next meeting).
     */
    @Transactional
    @PreAuthorize(READERS)
    public long draft(ProposalKind kind, ProposalSpec spec) {
        long person = access.requirePerson();
        LocalDate today = access.today();
        CongressRoll.Meeting meeting = roll.nextMeeting(today)
                .orElseThrow(() -> new BusinessRuleException("proposal.noMeeting"));
        Long delegation = null;
        if (kind == ProposalKind.PROPOSAL) {
            CongressRoll.Seat seat = roll.seatOf(person, today)
                    .orElseThrow(() -> new BusinessRuleException("proposal.notDelegate"));
            delegation = seat.delegationId();
            requireWindow(meeting, today);
        } else if (kind != ProposalKind.SUGGESTION) {
            throw new BusinessRuleException("proposal.kind.refused");
        }
        Clean clean = clean(spec);
        List<Long> cosigners = kind == ProposalKind.PROPOSAL ? cosigners(spec, person, today) : List.of();
        long id = repository.insert(meeting.id(), kind, clean.title, clean.category, clean.reasons, clean.measures,
                person, delegation);
        repository.setCosigners(id, cosigners);
        repository.event(id, access.now(), access.actor(), "drafted", null, ProposalState.DRAFT, null);
        audit.record("proposal.drafted", "congress_proposal", id, clean.title, null,
                Map.of("kind", kind, "meeting", meeting.id(), "cosigners", cosigners));
        return id;
    }

    /** The proposer changes their draft, or revises a returned one. */
    @Transactional
    @PreAuthorize(READERS)
    public void edit(long id, ProposalSpec spec, int version) {
        Proposal p = ownLocked(id);
        if (p.state() != ProposalState.DRAFT && p.state() != ProposalState.RETURNED) {
            throw new BusinessRuleException("proposal.notEditable");
        }
        checkVersion(p, version);
        Clean clean = clean(spec);
        repository.updateContent(id, clean.title, clean.category, clean.reasons, clean.measures);
        if (p.kind() == ProposalKind.PROPOSAL && p.state() == ProposalState.DRAFT) {
            repository.setCosigners(id, cosigners(spec, p.proposerPersonId(), access.today()));
        }
        repository.event(id, access.now(), access.actor(), "edited", p.state(), p.state(), null);
        audit.record("proposal.edited", "congress_proposal", id, clean.title,
                Map.of("title", p.title(), "reasons", p.reasons()), Map.of("title", clean.title, "reasons", clean.reasons));
    }

    /** Submits a draft (to its co-signers, or to the committee) or resubmits a revised one. */
    @Transactional
    @PreAuthorize(READERS)
    public ProposalState submit(long id) {
        Proposal p = ownLocked(id);
        if (p.state() == ProposalState.RETURNED) {
            return step(p, ProposalStep.SUBMIT, Map.of("submitted_on", access.today()), null);
        }
        if (p.kind() == ProposalKind.PROPOSAL) {
            requireWindow(roll.meeting(p.meetingId()).orElseThrow(), access.today());
        }
        if (p.kind() == ProposalKind.PROPOSAL && requiredCosigners > 0) {
            long invited = repository.cosigners(id).size();
            if (invited < requiredCosigners) {
                throw BusinessRuleException.onField("cosigners", "proposal.cosigners.tooFew", requiredCosigners);
            }
            repository.reinviteDeclined(id);
            return step(p, ProposalStep.SUBMIT_FOR_COSIGNING, Map.of("submitted_on", access.today()), null);
        }
        return step(p, ProposalStep.SUBMIT, Map.of("submitted_on", access.today()), null);
    }

    /** The proposer takes a proposal back from its co-signers to change it. */
    @Transactional
    @PreAuthorize(READERS)
    public void withdraw(long id) {
        step(ownLocked(id), ProposalStep.WITHDRAW, Map.of(), null);
    }

    /** A co-signer confirms or declines from their inbox; the last needed confirmation submits the proposal. */
    @Transactional
    @PreAuthorize(READERS)
    public ProposalState cosign(long id, boolean confirm) {
        long person = access.requirePerson();
        Proposal p = repository.lock(id).orElseThrow(() -> new NotFoundException("proposal", id));
        if (p.state() != ProposalState.AWAITING_COSIGNERS
                || repository.answerCosigning(id, person, confirm, access.now()) == 0) {
            throw new BusinessRuleException("proposal.cosign.notInvited");
        }
        repository.event(id, access.now(), access.actor(), confirm ? "cosigned" : "cosign.declined", p.state(),
                p.state(), null);
        audit.record(confirm ? "proposal.cosigned" : "proposal.cosign.declined", "congress_proposal", id, p.title(),
                null, Map.of("person", person));
        long confirmed = repository.cosigners(id).stream().filter(c -> c.state().equals("CONFIRMED")).count();
        if (confirm && confirmed >= requiredCosigners) {
            return step(p, ProposalStep.SUBMIT, Map.of("submitted_on", access.today()), null);
        }
        return p.state();
    }

    /** The committee files it (立案) and sends it to a lead department and co-departments with a deadline. */
    @Transactional
    @PreAuthorize("hasAuthority('congress:manage')")
    public void file(long id, long leadUnitId, List<Long> coUnitIds, LocalDate deadline, String note) {
        access.requireManager();
        Proposal p = locked(id);
        LocalDate today = access.today();
        requireUnit(leadUnitId, "leadUnit");
        Set<Long> co = new LinkedHashSet<>(coUnitIds == null ? List.of() : coUnitIds);
        co.remove(leadUnitId);
        for (Long unit : co) {
            requireUnit(unit, "coUnits");
        }
        if (deadline == null || !deadline.isAfter(today)) {
            throw BusinessRuleException.onField("deadline", "proposal.deadline.future");
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("lead_unit_id", leadUnitId);
        columns.put("deadline", deadline);
        columns.put("assigned_on", today);
        columns.put("filed_on", today);
        step(p, ProposalStep.FILE, columns, Text.blankToNull(note));
        repository.setCodepartments(id, co);
    }

    /** 并案: merged into another proposal of the same meeting, which is handled instead. */
    @Transactional
    @PreAuthorize("hasAuthority('congress:manage')")
    public void merge(long id, long intoId, String note) {
        access.requireManager();
        Proposal p = locked(id);
        Proposal into = repository.find(intoId).orElseThrow(() -> BusinessRuleException.onField("into",
                "proposal.merge.unknown", intoId));
        if (intoId == id || into.state() == ProposalState.MERGED || into.state() == ProposalState.DECLINED
                || into.meetingId() != p.meetingId()) {
            throw BusinessRuleException.onField("into", "proposal.merge.unknown", intoId);
        }
        step(p, ProposalStep.MERGE, Map.of("merged_into_id", intoId), Text.blankToNull(note));
    }

    /** Turns a proposal into a suggestion (合理化建议); it stays before the committee. */
    @Transactional
    @PreAuthorize("hasAuthority('congress:manage')")
    public void convert(long id, String note) {
        access.requireManager();
        Proposal p = locked(id);
        if (p.kind() != ProposalKind.PROPOSAL) {
            throw new BusinessRuleException("proposal.convert.notProposal");
        }
        step(p, ProposalStep.CONVERT, Map.of("kind", ProposalKind.SUGGESTION), Text.blankToNull(note));
    }

    @Transactional
    @PreAuthorize("hasAuthority('congress:manage')")
    public void returnForRevision(long id, String comment) {
        access.requireManager();
        String why = required(comment, "comment");
        step(locked(id), ProposalStep.RETURN, Map.of("review_comment", why), why);
    }

    @Transactional
    @PreAuthorize("hasAuthority('congress:manage')")
    public void decline(long id, String reason) {
        access.requireManager();
        String why = required(reason, "reason");
        step(locked(id), ProposalStep.DECLINE, Map.of("review_comment", why, "closed_on", access.today()), why);
    }

    /** The lead asks to be relieved, within the allowed days of receiving it. */
    @Transactional
    @PreAuthorize("hasAuthority('proposal:answer')")
    public void requestReassignment(long id, String reason) {
        Proposal p = locked(id);
        access.requireAnswersFor(p.leadUnitId());
        String why = required(reason, "reason");
        if (p.assignedOn() != null && ChronoUnit.DAYS.between(p.assignedOn(), access.today()) > reassignmentDays) {
            throw new BusinessRuleException("proposal.reassign.late", reassignmentDays);
        }
        step(p, ProposalStep.REQUEST_REASSIGNMENT, Map.of("reassignment_reason", why), why);
    }

    /** The union decides a reassignment request: another lead (null keeps the same one). */
    @Transactional
    @PreAuthorize("hasAuthority('congress:manage')")
    public void reassign(long id, Long newLeadUnitId, LocalDate deadline, String note) {
        access.requireManager();
        Proposal p = locked(id);
        Map<String, Object> columns = new LinkedHashMap<>();
        if (newLeadUnitId != null && !newLeadUnitId.equals(p.leadUnitId())) {
            requireUnit(newLeadUnitId, "leadUnit");
            columns.put("lead_unit_id", newLeadUnitId);
            columns.put("assigned_on", access.today());
        }
        if (deadline != null) {
            if (!deadline.isAfter(access.today())) {
                throw BusinessRuleException.onField("deadline", "proposal.deadline.future");
            }
            columns.put("deadline", deadline);
        }
        step(p, ProposalStep.REASSIGN, columns, Text.blankToNull(note));
    }

    /** The lead department answers: to its co-departments for countersigning, or straight to the union. */
    @Transactional
    @PreAuthorize("hasAuthority('proposal:answer')")
    public ProposalState answer(long id, String answer) {
        Proposal p = locked(id);
        access.requireAnswersFor(p.leadUnitId());
        String text = required(answer, "answer");
        if (text.length() > 10_000) {
            throw BusinessRuleException.onField("answer", "proposal.validation.tooLong", 10_000);
        }
        if (!repository.codepartments(id).isEmpty()) {
            repository.clearCountersignatures(id);
            return step(p, ProposalStep.DRAFT_ANSWER, Map.of("answer", text), null);
        }
        return step(p, ProposalStep.ANSWER, Map.of("answer", text, "answered_on", access.today()), null);
    }

    /** A co-department countersigns the lead's answer; the last one sends it to the union. */
    @Transactional
    @PreAuthorize("hasAuthority('proposal:answer')")
    public ProposalState countersign(long id, long unitId, String note) {
        Proposal p = locked(id);
        access.requireAnswersFor(unitId);
        if (p.state() != ProposalState.COUNTERSIGNING
                || repository.countersign(id, unitId, access.now(), access.actor(), Text.blankToNull(note)) == 0) {
            throw new BusinessRuleException("proposal.countersign.notAwaited");
        }
        repository.event(id, access.now(), access.actor(), "countersigned", p.state(), p.state(),
                Text.blankToNull(note));
        audit.record("proposal.countersigned", "congress_proposal", id, p.title(), null, Map.of("unit", unitId));
        if (repository.codepartments(id).stream().allMatch(c -> c.countersignedAt() != null)) {
            return step(p, ProposalStep.ANSWER, Map.of("answered_on", access.today()), null);
        }
        return p.state();
    }

    /** The union accepts the answer with its class (D needs a reason), or sends it back to the lead. */
    @Transactional
    @PreAuthorize("hasAuthority('congress:manage')")
    public ProposalState review(long id, boolean accept, AnswerClass answerClass, String reason) {
        access.requireManager();
        Proposal p = locked(id);
        String why = Text.blankToNull(reason);
        if (!accept) {
            Map<String, Object> columns = new LinkedHashMap<>();
            columns.put("answered_on", null);
            return step(p, ProposalStep.SEND_BACK, columns, required(reason, "reason"));
        }
        if (answerClass == null) {
            throw BusinessRuleException.onField("answerClass", "proposal.class.required");
        }
        if (answerClass == AnswerClass.D && why == null) {
            throw BusinessRuleException.onField("reason", "proposal.class.reasonForD");
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("answer_class", answerClass);
        columns.put("class_reason", why);
        if (raters(p).isEmpty()) {
            columns.put("closed_on", access.today());
            return step(p, ProposalStep.ACCEPT_AND_CLOSE, columns, why);
        }
        return step(p, ProposalStep.ACCEPT, columns, why);
    }

    /** The proposer or a co-signer rates the answer; unsatisfied sends it back to the lead, all content closes it. */
    @Transactional
    @PreAuthorize(READERS)
    public ProposalState rate(long id, Rating rating, String comment) {
        long person = access.requirePerson();
        Proposal p = locked(id);
        if (rating == null) {
            throw BusinessRuleException.onField("rating", "proposal.rating.required");
        }
        if (p.state() != ProposalState.RATING || !raters(p).contains(person)) {
            throw new BusinessRuleException("proposal.rating.notYours");
        }
        boolean rated = repository.ratings(id).stream().anyMatch(r -> r.round() == p.round() && r.personId() == person);
        if (rated) {
            throw new BusinessRuleException("proposal.rating.already");
        }
        String note = Text.blankToNull(comment);
        repository.rate(id, p.round(), person, rating, note, access.now());
        repository.event(id, access.now(), access.actor(), "rated." + rating, p.state(), p.state(), note);
        audit.record("proposal.rated", "congress_proposal", id, p.title(), null, Map.of("rating", rating));
        if (!rating.content()) {
            Map<String, Object> columns = new LinkedHashMap<>();
            columns.put("round", p.round() + 1);
            columns.put("answered_on", null);
            columns.put("answer_class", null);
            columns.put("class_reason", null);
            return step(p, ProposalStep.HANDLE_AGAIN, columns, note);
        }
        Set<Long> ratedBy = new java.util.HashSet<>();
        repository.ratings(id).stream().filter(r -> r.round() == p.round()).forEach(r -> ratedBy.add(r.personId()));
        if (ratedBy.containsAll(raters(p))) {
            return step(p, ProposalStep.CLOSE, Map.of("closed_on", access.today()), null);
        }
        return p.state();
    }

    /** The proposer and the co-signers who confirmed; nobody for an opinion. */
    List<Long> raters(Proposal p) {
        if (p.kind() == ProposalKind.OPINION) {
            return List.of();
        }
        List<Long> raters = new ArrayList<>();
        raters.add(p.proposerPersonId());
        repository.cosigners(p.id()).stream().filter(c -> c.state().equals("CONFIRMED"))
                .forEach(c -> raters.add(c.personId()));
        return raters;
    }

    /** Takes a step: checks it is allowed from the state, writes the columns, the timeline and the audit. */
    ProposalState step(Proposal p, ProposalStep step, Map<String, Object> columns, String note) {
        ProposalState to = step.from(p.state());
        repository.change(p.id(), to, columns);
        String action = step.name().toLowerCase(java.util.Locale.ROOT);
        repository.event(p.id(), access.now(), access.actor(), action, p.state(), to, note);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("state", p.state());
        Map<String, Object> after = new LinkedHashMap<>(columns);
        after.put("state", to);
        if (note != null) {
            after.put("note", note);
        }
        audit.record("proposal." + action, "congress_proposal", p.id(), p.title(), before, after);
        return to;
    }

    private Proposal locked(long id) {
        return repository.lock(id).orElseThrow(() -> new NotFoundException("proposal", id));
    }

    private Proposal ownLocked(long id) {
        long person = access.requirePerson();
        Proposal p = locked(id);
        if (p.proposerPersonId() != person) {
            throw new AccessDeniedException("not the proposer");
        }
        return p;
    }

    private static void checkVersion(Proposal p, int version) {
        if (version >= 0 && version != p.version()) {
            throw new OptimisticLockingFailureException("proposal " + p.id() + " changed");
        }
    }

    private void requireWindow(CongressRoll.Meeting meeting, LocalDate today) {
        if (!meeting.acceptsProposalsOn(today)) {
            throw new BusinessRuleException("proposal.windowClosed", meeting.name());
        }
    }

    private void requireUnit(long unitId, String field) {
        if (organization.findUnit(unitId, access.today()).isEmpty()) {
            throw BusinessRuleException.onField(field, "proposal.unit.unknown", unitId);
        }
    }

    private static String required(String text, String field) {
        String value = Text.blankToNull(text);
        if (value == null) {
            throw BusinessRuleException.onField(field, "proposal.validation.required");
        }
        if (value.length() > 1000 && !field.equals("answer")) {
            throw BusinessRuleException.onField(field, "proposal.validation.tooLong", 1000);
        }
        return value;
    }

    private record Clean(String title, ProposalCategory category, String reasons, String measures) {
    }

    private static Clean clean(ProposalSpec spec) {
        String title = Text.blankToNull(spec.title());
        if (title == null) {
            throw BusinessRuleException.onField("title", "proposal.validation.required");
        }
        if (title.length() > 200) {
            throw BusinessRuleException.onField("title", "proposal.validation.tooLong", 200);
        }
        if (spec.category() == null) {
            throw BusinessRuleException.onField("category", "proposal.validation.required");
        }
        String reasons = Text.blankToNull(spec.reasons());
        if (reasons == null) {
            throw BusinessRuleException.onField("reasons", "proposal.validation.required");
        }
        if (reasons.length() > 5000) {
            throw BusinessRuleException.onField("reasons", "proposal.validation.tooLong", 5000);
        }
        String measures = Text.blankToNull(spec.measures());
        if (measures != null && measures.length() > 5000) {
            throw BusinessRuleException.onField("measures", "proposal.validation.tooLong", 5000);
        }
        return new Clean(title, spec.category(), reasons, measures);
    }

    /** Co-signers: delegates with a seat today, not the proposer, each once. */
    private List<Long> cosigners(ProposalSpec spec, long proposer, LocalDate today) {
        List<Long> ids = new ArrayList<>();
        for (String no : spec.cosignerEmployeeNos() == null ? List.<String>of() : spec.cosignerEmployeeNos()) {
            PersonLookup.PersonSummary person = people.findByEmployeeNo(no.strip())
                    .orElseThrow(() -> BusinessRuleException.onField("cosigners", "proposal.cosigners.unknown", no));
            if (person.id() == proposer || roll.seatOf(person.id(), today).isEmpty()) {
                throw BusinessRuleException.onField("cosigners", "proposal.cosigners.notDelegate", no);
            }
            if (!ids.contains(person.id())) {
                ids.add(person.id());
            }
        }
        return ids;
    }
}
