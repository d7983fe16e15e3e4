package org.cadre.cadres.internal.selection;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cadre.ballots.BallotMode;
import org.cadre.organization.PostLevel;
import org.cadre.people.EducationLevel;
import org.cadre.shared.JsonApi;
import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

/** Selection records over JSON: the same permissions, scopes, rules and audit as the pages. */
@JsonApi("/api/v1/cadres/selections")
@Tag(name = "Selections", description = "Selection and appointment records (选拔任用纪实): steps from motion to "
        + "appointment with their documents, candidates, recommendation ballot, inspection checks, committee decision, "
        + "public notice and objections, appointment and probation, open competition")
class SelectionApi {

    private static final String MANAGE = "hasAuthority('selection:manage')";

    record Summary(long id, String title, long postId, String postTitle, long unitId, String unitName,
                   int postsCount, SelectionMethod method, SelectionState state) {

        static Summary of(SelectionQueries.Line l) {
            Selection s = l.selection();
            return new Summary(s.id(), s.title(), s.postId(), l.postTitle(), s.unitId(), l.unitName(), s.postsCount(),
                    s.method(), s.state());
        }
    }

    record CandidateView(long id, long personId, String employeeNo, String name, Candidate.Status status,
                         BigDecimal recommendationRate, Integer agree, Integer disagree, Integer abstain,
                         Integer ballotsCast, Boolean eligible, List<Eligibility.Reason> ineligibleBecause,
                         BigDecimal score, Integer rank, Boolean decisionPassed, Long assignmentId, Boolean promotion,
                         LocalDate probationEnd, Candidate.ProbationOutcome probationOutcome) {
    }

    /** A step with its own document and its further documents still listed. */
    record StepView(long id, SelectionState from, SelectionState to, LocalDate day, String documentNo,
                    String documentTitle, String fileUrl, String note, String exceptionReason,
                    String exceptionApprover, String recordedBy, List<DocumentView> documents) {
    }

    /** A further document of a step; {@code url} downloads its file. */
    record DocumentView(long id, String title, String documentNo, String fileName, int size, String url) {

        static DocumentView of(StepDocument d) {
            return new DocumentView(d.id(), d.title(), d.documentNo(), d.fileName(), d.size(),
                    "/api/v1/cadres/selections/" + d.selectionId() + "/steps/" + d.stepId() + "/documents/" + d.id());
        }
    }

    record Removal(String reason) {
    }

    /** The selection, what blocks its next step (localized), its candidates, steps and objections. */
    record Detail(Summary selection, SelectionState next, List<String> blockers, List<CandidateView> candidates,
                  List<StepView> steps, List<Objection> objections, String inspectionTeam, Integer interviewed,
                  Set<InspectionCheck> checksDone, LocalDate meetingDate, Integer membersDue,
                  Integer membersPresent, LocalDate noticeStart, LocalDate noticeEnd, Long ballotId) {
    }

    record NewSelection(String title, Long postId, Integer postsCount, SelectionMethod method, LocalDate motionDate,
                        String documentNo, String documentTitle, EducationLevel minEducation, Integer minWorkYears,
                        Integer maxAge, PostLevel minLevel) {
    }

    record StepRequest(SelectionState to, LocalDate day, String documentNo, String documentTitle, String note,
                       String exceptionReason, String exceptionApprover, List<Long> forInspection,
                       LocalDate noticeStart, LocalDate noticeEnd) {
    }

    record Candidates(List<String> employeeNos) {
    }

    record BallotRequest(BallotMode mode, List<String> voterEmployeeNos, boolean pick) {
    }

    record ObjectionRequest(LocalDate receivedOn, String content, String handler) {
    }

    record Resolution(String finding, Objection.Outcome outcome) {
    }

    record AppointmentRequest(LocalDate effectiveDate, String documentNo, String decisionBody, Boolean primary,
                              String overCountReason) {
    }

    record ProbationEnd(Candidate.ProbationOutcome outcome, LocalDate day, String documentNo, String note) {
    }

    private final SelectionQueries queries;
    private final SelectionCommands commands;
    private final StepDocuments documents;
    private final MessageSource messages;

    SelectionApi(SelectionQueries queries, SelectionCommands commands, StepDocuments documents,
                 MessageSource messages) {
        this.queries = queries;
        this.commands = commands;
        this.documents = documents;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize(SelectionQueries.READERS)
    @Operation(summary = "Selections within the reader's scope, newest first, optionally of one state, method, unit or candidate")
    Page<Summary> list(@RequestParam(required = false) SelectionState state,
                       @RequestParam(required = false) SelectionMethod method,
                       @RequestParam(required = false) Long unit, @RequestParam(required = false) Long person,
                       @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.page(new SelectionRepository.Filter(state, method, unit, person), PageRequest.of(page, size))
                .map(Summary::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize(SelectionQueries.READERS)
    @Operation(summary = "A selection with its candidates, steps, objections and what blocks its next step")
    Detail one(@PathVariable long id) {
        return detail(id);
    }

    @PostMapping
    @PreAuthorize(MANAGE)
    @Operation(summary = "Open a selection record (motion) for a post")
    ResponseEntity<Detail> create(@RequestBody NewSelection body) {
        long id = commands.create(new SelectionCommands.NewSelection(body.title(), body.postId(), body.postsCount(),
                body.method(), body.motionDate(), body.documentNo(), body.documentTitle(), null, body.minEducation(),
                body.minWorkYears(), body.maxAge(), body.minLevel()));
        return ResponseEntity.created(URI.create("/api/v1/cadres/selections/" + id)).body(detail(id));
    }

    @PostMapping("/{id}/steps")
    @PreAuthorize(MANAGE)
    @Operation(summary = "Move to a step: the regular next one when nothing blocks it, any other of the path with an "
            + "exception (reason and approver); CANCELLED with a note")
    Detail step(@PathVariable long id, @RequestBody StepRequest body) {
        commands.advance(id, body.to(), new StepRecord(body.day(), body.documentNo(), body.documentTitle(), null,
                body.note(), body.exceptionReason(), body.exceptionApprover()), new SelectionCommands.StepExtras(
                body.forInspection() == null ? List.of() : body.forInspection(), body.noticeStart(), body.noticeEnd()));
        return detail(id);
    }

    @PostMapping(path = "/{id}/steps/{stepId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(MANAGE)
    @Operation(summary = "Attach a further document to a step already recorded: a title, an optional document number "
            + "and the file (not empty, at most 10 MB); the step's own document stays as it is")
    ResponseEntity<Detail> attach(@PathVariable long id, @PathVariable long stepId,
                                  @RequestParam(required = false) String title,
                                  @RequestParam(required = false) String documentNo,
                                  @RequestPart(required = false) MultipartFile file) {
        long documentId = documents.attach(id, stepId, new StepDocuments.NewDocument(title, documentNo,
                SelectionForm.upload(file)));
        return ResponseEntity.created(URI.create("/api/v1/cadres/selections/" + id + "/steps/" + stepId
                + "/documents/" + documentId)).body(detail(id));
    }

    @GetMapping("/{id}/steps/{stepId}/documents/{documentId}")
    @PreAuthorize(SelectionQueries.READERS)
    @Operation(summary = "Download a further document of a step (one removed is no longer handed out)")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long stepId, @PathVariable long documentId) {
        return SelectionPages.download(queries.documentFile(id, stepId, documentId));
    }

    @DeleteMapping("/{id}/steps/{stepId}/documents/{documentId}")
    @PreAuthorize(MANAGE)
    @Operation(summary = "Remove a further document of a step, with a reason (in the body, or as the parameter "
            + "'reason'); it is kept, marked removed with who, when and why, and no longer listed")
    Detail removeDocument(@PathVariable long id, @PathVariable long stepId, @PathVariable long documentId,
                          @RequestBody(required = false) Removal body,
                          @RequestParam(name = "reason", required = false) String reason) {
        documents.remove(id, stepId, documentId, body != null && body.reason() != null ? body.reason() : reason);
        return detail(id);
    }

    @PostMapping("/{id}/candidates")
    @PreAuthorize(MANAGE)
    @Operation(summary = "Add candidates (or applicants of an open competition) by employee number")
    Detail candidates(@PathVariable long id, @RequestBody Candidates body) {
        commands.addCandidates(id, body.employeeNos() == null ? List.of() : body.employeeNos());
        return detail(id);
    }

    @PostMapping("/{id}/ballot")
    @PreAuthorize(MANAGE)
    @Operation(summary = "Create the democratic-recommendation ballot (a draft of the ballot engine); its published "
            + "result becomes the candidates' recommendation rates")
    Detail ballot(@PathVariable long id, @RequestBody BallotRequest body) {
        commands.createBallot(id, body.mode() == null ? BallotMode.SECRET : body.mode(),
                body.voterEmployeeNos() == null ? List.of() : body.voterEmployeeNos(), body.pick());
        return detail(id);
    }

    @PostMapping("/{id}/inspection")
    @PreAuthorize(MANAGE)
    @Operation(summary = "Record the inspection: team, people interviewed, the four mandatory checks, the report")
    Detail inspection(@PathVariable long id, @RequestBody SelectionCommands.Inspection body) {
        commands.saveInspection(id, body);
        return detail(id);
    }

    @PostMapping("/{id}/decision")
    @PreAuthorize(MANAGE)
    @Operation(summary = "Record the committee meeting: members due and present (at least two thirds), votes per "
            + "candidate id (passes with more than half of the members due)")
    Detail decision(@PathVariable long id, @RequestBody SelectionCommands.Decision body) {
        commands.saveDecision(id, new SelectionCommands.Decision(body.meetingDate(), body.membersDue(),
                body.membersPresent(), body.votes() == null ? Map.of() : body.votes()));
        return detail(id);
    }

    @PostMapping("/{id}/objections")
    @PreAuthorize(MANAGE)
    @Operation(summary = "Record an objection received during the public notice")
    Detail objection(@PathVariable long id, @RequestBody ObjectionRequest body) {
        commands.addObjection(id, body.receivedOn(), body.content(), body.handler());
        return detail(id);
    }

    @PostMapping("/{id}/objections/{objectionId}/resolution")
    @PreAuthorize(MANAGE)
    @Operation(summary = "Resolve an objection with its finding and outcome")
    Detail resolve(@PathVariable long id, @PathVariable long objectionId, @RequestBody Resolution body) {
        commands.resolveObjection(id, objectionId, body.finding(), body.outcome());
        return detail(id);
    }

    @PostMapping("/{id}/appointment")
    @PreAuthorize(MANAGE)
    @Operation(summary = "Appoint the candidates the committee passed, once the notice is over and every objection "
            + "resolved; creates the assignments (approved-count rules apply) and starts probation for a promotion")
    Detail appoint(@PathVariable long id, @RequestBody AppointmentRequest body) {
        commands.appoint(id, new SelectionCommands.Appointment(body.effectiveDate(), body.documentNo(),
                body.decisionBody(), body.primary() == null || body.primary(), body.overCountReason(), null));
        return detail(id);
    }

    @PostMapping("/{id}/candidates/{candidateId}/probation")
    @PreAuthorize(MANAGE)
    @Operation(summary = "End a probation: CONFIRMED, or REMOVED (ends the assignment on the day)")
    Detail probation(@PathVariable long id, @PathVariable long candidateId, @RequestBody ProbationEnd body) {
        commands.closeProbation(id, candidateId, body.outcome(), body.day(), body.documentNo(), body.note());
        return detail(id);
    }

    private Detail detail(long id) {
        SelectionQueries.View v = queries.view(id);
        Selection s = v.selection();
        return new Detail(new Summary(s.id(), s.title(), s.postId(), v.postTitle(), s.unitId(), v.unitName(),
                s.postsCount(), s.method(), s.state()), v.next(),
                v.blockers().stream().map(b -> messages.getMessage(b.key(), b.args(), b.key(),
                        LocaleContextHolder.getLocale())).toList(),
                v.candidates().stream().map(l -> {
                    Candidate c = l.candidate();
                    return new CandidateView(c.id(), c.personId(), l.employeeNo(), l.name(), c.status(),
                            c.recommendationRate(), c.agree(), c.disagree(), c.abstain(), c.cast(), c.eligible(),
                            c.reasons(), c.score(), c.rank(), c.decisionPassed(), c.assignmentId(), c.promotion(),
                            c.probationEnd(), c.probationOutcome());
                }).toList(),
                v.steps().stream().map(st -> new StepView(st.id(), st.from(), st.to(), st.day(), st.documentNo(),
                        st.documentTitle(), st.fileName() == null ? null
                        : "/cadres/selections/" + s.id() + "/steps/" + st.id() + "/file", st.note(),
                        st.exceptionReason(), st.exceptionApprover(), st.recordedBy(),
                        v.documents(st.id()).stream().map(DocumentView::of).toList())).toList(),
                v.objections(), s.inspectionTeam(), s.interviewed(), s.checks(), s.meetingDate(), s.membersDue(),
                s.membersPresent(), s.noticeStart(), s.noticeEnd(), s.ballotId());
    }
}
