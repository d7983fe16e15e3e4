package org.cadre.cadres.internal.selection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cadre.ballots.BallotMode;
import org.cadre.ballots.BallotResults;
import org.cadre.ballots.BallotSpec;
import org.cadre.ballots.Ballots;
import org.cadre.ballots.QuestionKind;
import org.cadre.ballots.Scale;
import org.cadre.cadres.internal.SelectionEvents;
import org.cadre.identity.AuditLog;
import org.cadre.organization.AppointmentRequest;
import org.cadre.organization.Appointments;
import org.cadre.organization.CurrentPost;
import org.cadre.organization.OrganizationQueries;
import org.cadre.organization.PostLevel;
import org.cadre.organization.PostRef;
import org.cadre.people.EducationLevel;
import org.cadre.people.PersonParticulars;
import org.cadre.people.PersonNames;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.HolidayCalendar;
import org.cadre.shared.NotFoundException;
import org.cadre.shared.Text;
import org.cadre.shared.WorkingDays;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change of a selection record: creating it, candidates, the recommendation ballot, the steps (regular or by
 * a recorded exception), inspection, the committee's decision, the public notice and its objections, the
 * appointment, probation, and the open competition's eligibility check and scoring. Needs selection:manage with a
 * scope reaching the post's unit; each change is audited and all-or-nothing.
 */
@Service
@PreAuthorize("hasAuthority('selection:manage')")
class SelectionCommands {

    static final int NOTICE_WORKING_DAYS = 5;
    static final String ORIGIN_PREFIX = "selection:";

    record NewSelection(String title, Long postId, Integer postsCount, SelectionMethod method, LocalDate motionDate,
                        String documentNo, String documentTitle, SelectionRepository.StoredFile file,
                        EducationLevel minEducation, Integer minWorkYears, Integer maxAge, PostLevel minLevel) {
    }

    /** What entering a step may need beyond its record: who goes into inspection, the notice's dates. */
    record StepExtras(Collection<Long> forInspection, LocalDate noticeStart, LocalDate noticeEnd) {

        static final StepExtras NONE = new StepExtras(List.of(), null, null);
    }

    record Inspection(String team, Integer interviewed, Set<InspectionCheck> checks, String report) {
    }

    record Votes(int agree, int disagree, int abstain) {
    }

    record Decision(LocalDate meetingDate, Integer membersDue, Integer membersPresent, Map<Long, Votes> votes) {
    }

    record Appointment(LocalDate effectiveDate, String documentNo, String decisionBody, boolean primary,
                       String overCountReason, SelectionRepository.StoredFile file) {
    }

    private final SelectionRepository repository;
    private final SelectionAccess access;
    private final OrganizationQueries organization;
    private final Appointments appointments;
    private final PersonNames people;
    private final PersonParticulars particulars;
    private final Ballots ballots;
    private final WorkingDays workingDays;
    private final StepGuards guards;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final org.springframework.context.MessageSource messages;

    SelectionCommands(SelectionRepository repository, SelectionAccess access, OrganizationQueries organization,
                      Appointments appointments, PersonNames people, PersonParticulars particulars, Ballots ballots,
                      WorkingDays workingDays, StepGuards guards, AuditLog audit,
                      ApplicationEventPublisher events, org.springframework.context.MessageSource messages) {
        this.guards = guards;
        this.messages = messages;
        this.repository = repository;
        this.access = access;
        this.organization = organization;
        this.appointments = appointments;
        this.people = people;
        this.particulars = particulars;
        this.ballots = ballots;
        this.workingDays = workingDays;
        this.audit = audit;
        this.events = events;
    }

    // --- motion

    @Transactional
    public long create(NewSelection command) {
        String title = Text.blankToNull(command.title());
        if (title == null) {
            throw BusinessRuleException.onField("title", "selection.validation.required");
        }
        if (command.postId() == null) {
            throw BusinessRuleException.onField("postId", "selection.validation.required");
        }
        PostRef post = organization.findPost(command.postId())
                .filter(PostRef::active).orElseThrow(() -> BusinessRuleException.onField("postId",
                        "selection.post.unknown", command.postId()));
        access.requireUnit(post.unitId(), command.postId());
        if (command.postsCount() == null || command.postsCount() < 1) {
            throw BusinessRuleException.onField("postsCount", "selection.validation.positive");
        }
        if (command.method() == null) {
            throw BusinessRuleException.onField("method", "selection.validation.required");
        }
        if (command.motionDate() == null) {
            throw BusinessRuleException.onField("day", "selection.validation.required");
        }
        requireNotNegative("minWorkYears", command.minWorkYears());
        requireNotNegative("maxAge", command.maxAge());
        Eligibility requirements = command.method() == SelectionMethod.OPEN_COMPETITION
                ? new Eligibility(command.minEducation(), command.minWorkYears(), command.maxAge(), command.minLevel())
                : new Eligibility(null, null, null, null);
        long id = repository.insert(title, post.id(), post.unitId(), command.postsCount(), command.method(),
                requirements, access.actor(), access.now());
        repository.insertStep(id, null, SelectionState.MOTION, new StepRecord(command.motionDate(),
                command.documentNo(), command.documentTitle(), command.file(), null, null, null), access.actor(),
                access.now());
        audit.record("selection.created", "selection", id, "Selection: " + title + " (" + post.title() + ")", null,
                repository.find(id).orElseThrow());
        return id;
    }

    private static void requireNotNegative(String field, Integer value) {
        if (value != null && value < 0) {
            throw BusinessRuleException.onField(field, "selection.validation.notNegative");
        }
    }

    // --- candidates

    /** Adds candidates (or applicants) by employee number; refuses an unknown number, naming it. */
    @Transactional
    public int addCandidates(long id, List<String> employeeNos) {
        Selection s = lock(id);
        boolean open = s.competition() ? s.state() == SelectionState.REGISTRATION
                : s.state() == SelectionState.MOTION || s.state() == SelectionState.RECOMMENDATION;
        if (!open) {
            throw new BusinessRuleException("selection.candidates.closed", Label.of(s.state()));
        }
        if (s.ballotId() != null) {
            throw new BusinessRuleException("selection.candidates.ballotExists");
        }
        if (employeeNos.isEmpty()) {
            throw BusinessRuleException.onField("employeeNos", "selection.validation.required");
        }
        Map<String, Long> ids = people.idsByEmployeeNo(employeeNos);
        Map<Long, PersonNames.Named> named = people.byIds(ids.values());
        Set<Long> already = new java.util.HashSet<>(repository.candidates(id).stream().map(Candidate::personId)
                .toList());
        List<Long> adding = new ArrayList<>();
        for (String no : employeeNos) {
            Long personId = ids.get(no);
            if (personId == null || !access.reachesPerson(named.get(personId).unitId())) {
                throw BusinessRuleException.onField("employeeNos", "selection.person.unknown", no);
            }
            if (!already.add(personId)) {
                throw BusinessRuleException.onField("employeeNos", "selection.candidate.twice",
                        named.get(personId).name());
            }
            adding.add(personId);
        }
        adding.forEach(p -> repository.insertCandidate(id, p));
        audit.record("selection.candidatesAdded", "selection", id, "Candidates added: " + employeeNos, null, adding);
        return adding.size();
    }

    /** Withdraws a candidate (退出) before the appointment; the reserve pool hears of it. */
    @Transactional
    public void dropCandidate(long id, long candidateId, String reason) {
        Selection s = lock(id);
        if (s.state().terminal() || s.state() == SelectionState.APPOINTED) {
            throw new BusinessRuleException("selection.candidates.closed", Label.of(s.state()));
        }
        Candidate c = activeCandidate(id, candidateId);
        if (Text.blankToNull(reason) == null) {
            throw BusinessRuleException.onField("reason", "selection.validation.required");
        }
        drop(s, c);
        audit.record("selection.candidateDropped", "selection", id, "Candidate withdrawn: " + c.personId()
                + ": " + reason.strip(), c, null);
    }

    private void drop(Selection s, Candidate c) {
        repository.setStatus(c.id(), Candidate.Status.DROPPED);
        events.publishEvent(new SelectionEvents.CandidateDropped(s.id(), c.personId(), access.today()));
    }

    private Candidate activeCandidate(long id, long candidateId) {
        Candidate c = repository.candidate(id, candidateId)
                .orElseThrow(() -> new NotFoundException("candidate", candidateId));
        if (!c.active()) {
            throw new BusinessRuleException("selection.candidate.notActive");
        }
        return c;
    }

    // --- democratic recommendation

    /**
     * Creates the recommendation ballot (a draft on the ballot engine): a question per candidate (agree, disagree,
     * abstain) and, when asked, a pick of up to as many as there are posts with write-ins. Needs more candidates than
     * posts and someone to vote.
     */
    @Transactional
    public long createBallot(long id, BallotMode mode, List<String> voterEmployeeNos, boolean pick) {
        Selection s = lock(id);
        if (s.state() != SelectionState.RECOMMENDATION) {
            throw new BusinessRuleException("selection.ballot.wrongStep", Label.of(s.state()));
        }
        if (s.ballotId() != null) {
            throw new BusinessRuleException("selection.ballot.exists");
        }
        List<Candidate> active = repository.candidates(id).stream().filter(Candidate::active).toList();
        if (active.size() <= s.postsCount()) {
            throw new BusinessRuleException("selection.ballot.tooFewCandidates", active.size(), s.postsCount());
        }
        Map<String, Long> voterIds = people.idsByEmployeeNo(voterEmployeeNos);
        for (String no : voterEmployeeNos) {
            if (!voterIds.containsKey(no)) {
                throw BusinessRuleException.onField("voters", "selection.person.unknown", no);
            }
        }
        if (voterIds.isEmpty()) {
            throw BusinessRuleException.onField("voters", "selection.validation.required");
        }
        Map<Long, PersonNames.Named> names = people.byIds(active.stream().map(Candidate::personId).toList());
        List<BallotSpec.QuestionSpec> questions = new ArrayList<>();
        for (int i = 0; i < active.size(); i++) {
            Candidate c = active.get(i);
            questions.add(new BallotSpec.QuestionSpec(QuestionKind.CHOICE, names.get(c.personId()).name(),
                    c.personId(), Scale.AGREEMENT, List.of(), null, false, null, null));
            repository.setBallotPosition(c.id(), i);
        }
        if (pick) {
            questions.add(BallotSpec.QuestionSpec.pick(s.title(), active.stream()
                    .map(c -> BallotSpec.OptionSpec.candidate(names.get(c.personId()).name(), c.personId()))
                    .toList(), s.postsCount(), true));
        }
        BallotSpec spec = new BallotSpec(s.title(), null, mode, null, null, null, ORIGIN_PREFIX + id,
                List.of(new BallotSpec.GroupSpec(messages.getMessage("selection.ballot.group", null, "—",
                        org.springframework.context.i18n.LocaleContextHolder.getLocale()), BigDecimal.ONE,
                        voterEmployeeNos.stream().map(voterIds::get).distinct().toList())), questions,
                s.unitId());
        long ballotId = ballots.create(spec);
        repository.setBallot(id, ballotId);
        audit.record("selection.ballotCreated", "selection", id, "Recommendation ballot " + ballotId, null,
                Map.of("ballotId", ballotId, "mode", spec.mode(), "voters", voterIds.size()));
        return ballotId;
    }

    /**
     * Takes the recommendation rates of a published ballot: per candidate agree / disagree / abstain and the rate
     * (agree of ballots cast). Runs in the transaction that publishes the ballot, as the system.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public int applyBallot(long id, long ballotId) {
        Selection s = repository.lock(id).orElseThrow(() -> new NotFoundException("selection", id));
        if (s.ballotId() == null || s.ballotId() != ballotId) {
            return 0;
        }
        BallotResults results = ballots.results(ballotId);
        int saved = 0;
        for (Candidate c : repository.candidates(id)) {
            BallotResults.QuestionResult q = results.questions().stream()
                    .filter(r -> r.kind() == QuestionKind.CHOICE && Long.valueOf(c.personId()).equals(r.subjectPersonId()))
                    .findFirst().orElse(null);
            if (q == null) {
                continue;
            }
            int agree = count(q, Scale.Answer.AGREE);
            int disagree = count(q, Scale.Answer.DISAGREE);
            int abstain = count(q, Scale.Answer.ABSTAIN);
            repository.saveRecommendation(c.id(), agree, disagree, abstain, results.cast(),
                    rate(agree, results.cast()));
            saved++;
        }
        audit.record("selection.recommendationCounted", "selection", id, "Recommendation ballot " + ballotId
                + " published", null, Map.of("candidates", saved, "cast", results.cast()));
        return saved;
    }

    static BigDecimal rate(int agree, int cast) {
        return cast == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(agree * 100L).divide(BigDecimal.valueOf(cast), 2, RoundingMode.HALF_UP);
    }

    private static int count(BallotResults.QuestionResult q, Scale.Answer answer) {
        BallotResults.AnswerResult a = q.answer(answer.name());
        return a == null || a.total() == null ? 0 : a.total().intValue();
    }

    // --- steps

    /**
     * Moves the selection to another step. The regular next step needs nothing blocking it; any other move of the
     * path needs an exception with its reason and approver. The appointment and the end of probation have their own
     * commands.
     */
    @Transactional
    public void advance(long id, SelectionState to, StepRecord record, StepExtras extras) {
        Selection s = lock(id);
        if (to == null) {
            throw BusinessRuleException.onField("to", "selection.validation.required");
        }
        if (to == SelectionState.APPOINTED || to == SelectionState.CONFIRMED || to == SelectionState.REMOVED) {
            throw new BusinessRuleException("selection.transition.ownForm", Label.of(to));
        }
        if (record.day() == null) {
            throw BusinessRuleException.onField("day", "selection.validation.required");
        }
        if ((record.exceptionReason() == null) != (record.exceptionApprover() == null)) {
            throw BusinessRuleException.onField(record.exceptionReason() == null ? "exceptionReason"
                    : "exceptionApprover", "selection.exception.incomplete");
        }
        boolean regular = s.state().allows(s.method(), to);
        s.state().requireMove(s.method(), to, record.byException());
        List<Candidate> candidates = repository.candidates(id);
        if (regular && to != SelectionState.CANCELLED) {
            List<Blockers.Blocker> blockers = guards.blockers(s, candidates);
            if (!blockers.isEmpty()) {
                throw blockers.get(0).refusal();
            }
        }
        List<Candidate> active = candidates.stream().filter(Candidate::active).toList();
        switch (to) {
            case CANCELLED -> {
                if (record.note() == null) {
                    throw BusinessRuleException.onField("note", "selection.cancel.reason");
                }
                active.forEach(c -> drop(s, c));
            }
            case SCORING -> {
                if (regular) {
                    active.stream().filter(c -> !Boolean.TRUE.equals(c.eligible())).forEach(c -> drop(s, c));
                }
            }
            case INSPECTION -> enterInspection(s, active, extras.forInspection(), record.day());
            case PUBLIC_NOTICE -> {
                requireNotice(extras.noticeStart(), extras.noticeEnd());
                repository.saveNotice(id, extras.noticeStart(), extras.noticeEnd());
                if (regular) {
                    active.stream().filter(c -> !Boolean.TRUE.equals(c.decisionPassed())).forEach(c -> drop(s, c));
                }
            }
            default -> {
            }
        }
        repository.insertStep(id, s.state(), to, record, access.actor(), access.now());
        repository.updateState(id, to);
        audit.record(regular ? "selection.stepTaken" : "selection.stepByException", "selection", id,
                s.title() + ": " + s.state() + " → " + to
                        + (regular ? "" : " (" + record.exceptionReason() + "; " + record.exceptionApprover() + ")"),
                Map.of("state", s.state()), Map.of("state", to, "day", record.day(),
                        "documentNo", String.valueOf(record.documentNo())));
    }

    private void enterInspection(Selection s, List<Candidate> active, Collection<Long> chosen, LocalDate day) {
        Set<Long> chosenIds = new java.util.HashSet<>(chosen == null ? List.of() : chosen);
        List<Candidate> inspected = active.stream().filter(c -> chosenIds.contains(c.id())).toList();
        if (inspected.isEmpty()) {
            throw BusinessRuleException.onField("forInspection", "selection.inspection.noneChosen");
        }
        if (s.competition() && inspected.stream().anyMatch(c -> !Boolean.TRUE.equals(c.eligible()))) {
            throw BusinessRuleException.onField("forInspection", "selection.inspection.ineligible");
        }
        for (Candidate c : active) {
            if (chosenIds.contains(c.id())) {
                events.publishEvent(new SelectionEvents.CandidateUnderInspection(s.id(), c.personId(), day));
            } else {
                drop(s, c);
            }
        }
    }

    /** A public notice of at least five working days, ending on or after it starts. */
    void requireNotice(LocalDate start, LocalDate end) {
        if (start == null) {
            throw BusinessRuleException.onField("noticeStart", "selection.validation.required");
        }
        if (end == null) {
            throw BusinessRuleException.onField("noticeEnd", "selection.validation.required");
        }
        HolidayCalendar calendar = workingDays.calendar(start, end);
        int days = calendar.workingDaysBetween(start, end);
        if (days < NOTICE_WORKING_DAYS) {
            throw BusinessRuleException.onField("noticeEnd", "selection.notice.tooShort", days,
                    calendar.endOfWorkingDays(start, NOTICE_WORKING_DAYS).toString());
        }
    }

    // --- inspection

    @Transactional
    public void saveInspection(long id, Inspection inspection) {
        Selection s = lock(id);
        requireState(s, SelectionState.INSPECTION);
        if (inspection.interviewed() != null && inspection.interviewed() < 0) {
            throw BusinessRuleException.onField("interviewed", "selection.validation.notNegative");
        }
        Set<InspectionCheck> checks = inspection.checks() == null || inspection.checks().isEmpty()
                ? EnumSet.noneOf(InspectionCheck.class) : EnumSet.copyOf(inspection.checks());
        repository.saveInspection(id, Text.blankToNull(inspection.team()), inspection.interviewed(), checks,
                Text.blankToNull(inspection.report()));
        audit.record("selection.inspectionSaved", "selection", id, s.title(), Map.of("checks", s.checks()),
                Map.of("checks", checks, "interviewed", String.valueOf(inspection.interviewed())));
    }

    // --- decision

    /**
     * Records the committee's meeting: at least two thirds of the members due must be present; each candidate passes
     * with the votes of more than half of the members due.
     */
    @Transactional
    public void saveDecision(long id, Decision decision) {
        Selection s = lock(id);
        requireState(s, SelectionState.DECISION);
        if (decision.meetingDate() == null) {
            throw BusinessRuleException.onField("meetingDate", "selection.validation.required");
        }
        if (decision.membersDue() == null) {
            throw BusinessRuleException.onField("membersDue", "selection.validation.required");
        }
        if (decision.membersPresent() == null) {
            throw BusinessRuleException.onField("membersPresent", "selection.validation.required");
        }
        int due = decision.membersDue();
        int present = decision.membersPresent();
        CommitteeVote.requireQuorum(due, present);
        List<Candidate> active = repository.candidates(id).stream().filter(Candidate::active).toList();
        Map<Long, PersonNames.Named> names = people.byIds(active.stream().map(Candidate::personId).toList());
        Map<Long, Boolean> passed = new LinkedHashMap<>();
        for (Candidate c : active) {
            Votes v = decision.votes().get(c.id());
            if (v == null) {
                throw new BusinessRuleException("selection.decision.votesMissing", names.get(c.personId()).name());
            }
            CommitteeVote.requireVotes(names.get(c.personId()).name(), present, v.agree(), v.disagree(), v.abstain());
            passed.put(c.id(), CommitteeVote.passes(due, v.agree()));
        }
        repository.saveMeeting(id, decision.meetingDate(), due, present);
        for (Candidate c : active) {
            Votes v = decision.votes().get(c.id());
            repository.saveDecision(c.id(), v.agree(), v.disagree(), v.abstain(), passed.get(c.id()));
        }
        audit.record("selection.decisionSaved", "selection", id, s.title(), null, Map.of("due", due, "present",
                present, "passed", passed));
    }

    // --- public notice

    @Transactional
    public long addObjection(long id, LocalDate receivedOn, String content, String handler) {
        Selection s = lock(id);
        requireState(s, SelectionState.PUBLIC_NOTICE);
        if (receivedOn == null) {
            throw BusinessRuleException.onField("receivedOn", "selection.validation.required");
        }
        if (Text.blankToNull(content) == null) {
            throw BusinessRuleException.onField("content", "selection.validation.required");
        }
        if (Text.blankToNull(handler) == null) {
            throw BusinessRuleException.onField("handler", "selection.validation.required");
        }
        long objectionId = repository.insertObjection(id, receivedOn, content.strip(), handler.strip());
        audit.record("selection.objectionReceived", "selection", id, s.title() + ": objection of " + receivedOn,
                null, Map.of("objectionId", objectionId, "content", content.strip(), "handler", handler.strip()));
        return objectionId;
    }

    @Transactional
    public void resolveObjection(long id, long objectionId, String finding, Objection.Outcome outcome) {
        Selection s = lock(id);
        requireState(s, SelectionState.PUBLIC_NOTICE);
        if (Text.blankToNull(finding) == null) {
            throw BusinessRuleException.onField("finding", "selection.validation.required");
        }
        if (outcome == null) {
            throw BusinessRuleException.onField("outcome", "selection.validation.required");
        }
        if (repository.resolveObjection(id, objectionId, finding.strip(), outcome, access.today()) == 0) {
            throw new BusinessRuleException("selection.objection.notOpen");
        }
        audit.record("selection.objectionResolved", "selection", id, s.title() + ": objection " + objectionId,
                null, Map.of("finding", finding.strip(), "outcome", outcome));
    }

    // --- appointment and probation

    /**
     * 任职: once the notice is over and every objection resolved, appoints each candidate the committee passed to the
     * post (through the organization, whose rules on approved counts apply), ending their primary post first when
     * the new one is primary. A promotion starts a year's probation.
     */
    @Transactional
    public void appoint(long id, Appointment command) {
        Selection s = lock(id);
        s.state().requireMove(s.method(), SelectionState.APPOINTED, false);
        List<Candidate> candidates = repository.candidates(id);
        List<Blockers.Blocker> blockers = guards.blockers(s, candidates);
        if (!blockers.isEmpty()) {
            throw blockers.get(0).refusal();
        }
        if (Text.blankToNull(command.documentNo()) == null) {
            throw BusinessRuleException.onField("documentNo", "selection.validation.required");
        }
        if (command.effectiveDate() == null) {
            throw BusinessRuleException.onField("effectiveDate", "selection.validation.required");
        }
        List<Candidate> appointees = candidates.stream().filter(Candidate::active)
                .filter(c -> c.decisionPassed() == null || c.decisionPassed()).toList();
        if (appointees.isEmpty()) {
            throw new BusinessRuleException("selection.appoint.nobody");
        }
        if (appointees.size() > s.postsCount()) {
            throw new BusinessRuleException("selection.appoint.tooMany", appointees.size(), s.postsCount());
        }
        PostRef post = organization.findPost(s.postId()).orElseThrow();
        LocalDate day = command.effectiveDate();
        String documentNo = command.documentNo().strip();
        Map<Long, List<CurrentPost>> held = organization.currentPosts(
                appointees.stream().map(Candidate::personId).toList(), day);
        for (Candidate c : appointees) {
            List<CurrentPost> posts = held.getOrDefault(c.personId(), List.of());
            boolean promotion = Eligibility.promotion(post.level(), posts.stream().map(CurrentPost::level).toList());
            if (command.primary()) {
                posts.stream().filter(CurrentPost::primary).filter(p -> p.since().isBefore(day)).forEach(p ->
                        appointments.end(p.assignmentId(), day, "TRANSFERRED", command.decisionBody(), documentNo));
            }
            long assignmentId = appointments.appoint(new AppointmentRequest(c.personId(), post.id(),
                    command.primary(), day, Text.blankToNull(command.decisionBody()), s.meetingDate(), documentNo,
                    Text.blankToNull(command.overCountReason())));
            LocalDate probationEnd = promotion ? day.plusYears(1) : null;
            repository.saveAppointed(c.id(), assignmentId, promotion, probationEnd);
            events.publishEvent(new SelectionEvents.CandidateAppointed(id, c.personId(), post.id(), assignmentId, day,
                    documentNo, promotion));
        }
        repository.saveAppointment(id, documentNo, day);
        repository.insertStep(id, s.state(), SelectionState.APPOINTED, new StepRecord(day, documentNo, null,
                command.file(), null, null, null), access.actor(), access.now());
        repository.updateState(id, SelectionState.APPOINTED);
        audit.record("selection.appointed", "selection", id, s.title() + ": " + documentNo,
                Map.of("state", s.state()), Map.of("state", SelectionState.APPOINTED, "effectiveDate", day,
                        "appointees", appointees.stream().map(Candidate::personId).toList()));
    }

    /**
     * Ends a probation: 转正 (confirmed) or 免职 (removed, which ends the assignment on the day). When no probation
     * is left open the selection is CONFIRMED, or REMOVED if nobody was confirmed.
     */
    @Transactional
    public void closeProbation(long id, long candidateId, Candidate.ProbationOutcome outcome, LocalDate day,
                               String documentNo, String note) {
        Selection s = lock(id);
        requireState(s, SelectionState.APPOINTED);
        Candidate c = repository.candidate(id, candidateId)
                .orElseThrow(() -> new NotFoundException("candidate", candidateId));
        if (!c.onProbation()) {
            throw new BusinessRuleException("selection.probation.notOpen");
        }
        if (outcome == null) {
            throw BusinessRuleException.onField("outcome", "selection.validation.required");
        }
        if (day == null) {
            throw BusinessRuleException.onField("day", "selection.validation.required");
        }
        if (outcome == Candidate.ProbationOutcome.REMOVED) {
            if (Text.blankToNull(note) == null) {
                throw BusinessRuleException.onField("note", "selection.probation.removalReason");
            }
            appointments.end(c.assignmentId(), day, "REMOVED", null, Text.blankToNull(documentNo));
        }
        repository.closeProbation(c.id(), outcome, day, Text.blankToNull(note));
        events.publishEvent(new SelectionEvents.ProbationEnded(id, c.personId(), c.assignmentId(), day,
                outcome == Candidate.ProbationOutcome.REMOVED));
        audit.record("selection.probationClosed", "selection", id, s.title() + ": " + c.personId() + " " + outcome,
                null, Map.of("outcome", outcome, "day", day));
        List<Candidate> after = repository.candidates(id);
        if (after.stream().noneMatch(Candidate::onProbation)) {
            SelectionState end = after.stream().anyMatch(x -> x.probationOutcome() == Candidate.ProbationOutcome.CONFIRMED)
                    ? SelectionState.CONFIRMED : SelectionState.REMOVED;
            s.state().requireMove(s.method(), end, false);
            repository.insertStep(id, s.state(), end, new StepRecord(day, Text.blankToNull(documentNo), null, null,
                    Text.blankToNull(note), null, null), access.actor(), access.now());
            repository.updateState(id, end);
        }
    }

    // --- open competition

    /** Checks every applicant against the post's requirements from their record; the reasons are kept. */
    @Transactional
    public int checkEligibility(long id) {
        Selection s = lock(id);
        requireState(s, SelectionState.ELIGIBILITY);
        List<Candidate> active = repository.candidates(id).stream().filter(Candidate::active).toList();
        List<Long> personIds = active.stream().map(Candidate::personId).toList();
        Map<Long, PersonParticulars.Particulars> known = particulars.findAll(personIds);
        Map<Long, List<CurrentPost>> posts = organization.currentPosts(personIds, access.today());
        int eligible = 0;
        for (Candidate c : active) {
            PersonParticulars.Particulars f = known.get(c.personId());
            PostLevel level = posts.getOrDefault(c.personId(), List.of()).stream().map(CurrentPost::level)
                    .min(Enum::compareTo).orElse(null);
            List<Eligibility.Reason> reasons = s.requirements().unmet(f.birthDate(), f.highestEducation(),
                    f.workStartDate(), level, access.today());
            repository.saveEligibility(c.id(), reasons.isEmpty(), reasons, null);
            eligible += reasons.isEmpty() ? 1 : 0;
        }
        audit.record("selection.eligibilityChecked", "selection", id, s.title(), null,
                Map.of("applicants", active.size(), "eligible", eligible));
        return eligible;
    }

    /** The officer admits or refuses an applicant against the automatic check, with a reason. */
    @Transactional
    public void overrideEligibility(long id, long candidateId, boolean eligible, String reason) {
        Selection s = lock(id);
        requireState(s, SelectionState.ELIGIBILITY);
        Candidate c = activeCandidate(id, candidateId);
        if (Text.blankToNull(reason) == null) {
            throw BusinessRuleException.onField("reason", "selection.eligibility.overrideReason");
        }
        repository.saveEligibility(c.id(), eligible, c.reasons(), reason.strip());
        audit.record("selection.eligibilityOverridden", "selection", id, s.title() + ": " + c.personId(),
                Map.of("eligible", String.valueOf(c.eligible())), Map.of("eligible", eligible, "reason", reason.strip()));
    }

    @Transactional
    public long addJudge(long id, String name, BigDecimal weight) {
        Selection s = lock(id);
        requireState(s, SelectionState.SCORING);
        if (Text.blankToNull(name) == null) {
            throw BusinessRuleException.onField("name", "selection.validation.required");
        }
        if (weight == null || weight.signum() <= 0) {
            throw BusinessRuleException.onField("weight", "selection.validation.positive");
        }
        long judgeId = repository.insertJudge(id, name.strip(), weight);
        audit.record("selection.judgeAdded", "selection", id, s.title() + ": " + name.strip(), null,
                Map.of("judgeId", judgeId, "weight", weight));
        return judgeId;
    }

    /** One judge's scores (0–100) of the candidates; the ranking is computed again. */
    @Transactional
    public void saveScores(long id, long judgeId, Map<Long, BigDecimal> scores) {
        Selection s = lock(id);
        requireState(s, SelectionState.SCORING);
        List<Judge> judges = repository.judges(id);
        if (judges.stream().noneMatch(j -> j.id() == judgeId)) {
            throw new NotFoundException("judge", judgeId);
        }
        Set<Long> active = new java.util.HashSet<>(repository.candidates(id).stream().filter(Candidate::active)
                .map(Candidate::id).toList());
        for (Map.Entry<Long, BigDecimal> e : scores.entrySet()) {
            if (!active.contains(e.getKey())) {
                throw new NotFoundException("candidate", e.getKey());
            }
            if (e.getValue() == null || e.getValue().signum() < 0 || e.getValue().compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new BusinessRuleException("selection.score.range");
            }
        }
        scores.forEach((candidate, score) -> repository.putScore(judgeId, candidate, score));
        Map<Long, BigDecimal> weights = new HashMap<>();
        judges.forEach(j -> weights.put(j.id(), j.weight()));
        Map<Long, List<CompetitionScoring.Mark>> marks = new LinkedHashMap<>();
        repository.scores(id).forEach((candidate, byJudge) -> {
            if (active.contains(candidate)) {
                marks.put(candidate, byJudge.entrySet().stream()
                        .map(m -> new CompetitionScoring.Mark(m.getKey(), weights.get(m.getKey()), m.getValue()))
                        .toList());
            }
        });
        for (CompetitionScoring.Ranked r : CompetitionScoring.rank(marks)) {
            repository.saveScore(r.candidateId(), r.score(), r.rank());
        }
        audit.record("selection.scoresSaved", "selection", id, s.title() + ": judge " + judgeId, null, scores);
    }

    // ---

    private Selection lock(long id) {
        Selection s = repository.lock(id).orElseThrow(() -> new NotFoundException("selection", id));
        return access.manageable(s);
    }

    private static void requireState(Selection s, SelectionState state) {
        if (s.state() != state) {
            throw new BusinessRuleException("selection.wrongStep", Label.of(state), Label.of(s.state()));
        }
    }
}
