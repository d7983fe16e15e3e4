package org.cadre.congress.internal.proposals;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cadre.congress.AnswerClass;
import org.cadre.congress.ProposalCategory;
import org.cadre.congress.ProposalKind;
import org.cadre.congress.ProposalState;
import org.cadre.congress.Rating;
import org.cadre.shared.JsonApi;
import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** Proposals over JSON: the same permissions, scopes, steps and audit as the pages. */
@JsonApi("/api/v1/congress/proposals")
@Tag(name = "Congress proposals", description = "Proposals (提案), suggestions (合理化建议) and breakout opinions: "
        + "drafting, co-signing, review, handling by departments, answers, ratings, figures")
class ProposalApi {

    static final String READERS = ProposalCommands.READERS;

    public record Draft(ProposalKind kind, String title, ProposalCategory category, String reasons, String measures,
                        List<String> cosignerEmployeeNos) {
        ProposalCommands.ProposalSpec spec() {
            return new ProposalCommands.ProposalSpec(title, category, reasons, measures, cosignerEmployeeNos);
        }
    }

    public record Filing(Long leadUnitId, List<Long> coUnitIds, LocalDate deadline, String note) {
    }

    public record Review(boolean accept, AnswerClass answerClass, String reason) {
    }

    public record Text(String text) {
    }

    public record RatingBody(Rating rating, String comment) {
    }

    public record State(long id, ProposalState state) {
    }

    private final ProposalCommands commands;
    private final ProposalViews views;
    private final HandlingReport report;
    private final ProposalAccess access;

    ProposalApi(ProposalCommands commands, ProposalViews views, HandlingReport report, ProposalAccess access) {
        this.commands = commands;
        this.views = views;
        this.report = report;
        this.access = access;
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "Proposals the caller may see, newest first, filtered by meeting, state, category, kind, "
            + "department (lead or co-department) or only the caller's own and co-signed ones")
    Page<ProposalViews.Line> list(@RequestParam(required = false) Long meeting,
                                  @RequestParam(required = false) ProposalState state,
                                  @RequestParam(required = false) ProposalCategory category,
                                  @RequestParam(required = false) ProposalKind kind,
                                  @RequestParam(required = false) Long unitId,
                                  @RequestParam(defaultValue = "false") boolean mine,
                                  @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        return views.list(new ProposalRepository.Filter(meeting, state, category, kind, unitId, mine),
                PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "One proposal with co-signers, departments, timeline, ratings, reminders and the steps the "
            + "caller may take")
    ProposalViews.Detail proposal(@PathVariable long id) {
        return views.detail(id);
    }

    @PostMapping
    @PreAuthorize(READERS)
    @Operation(summary = "Draft a proposal (a delegate, in the proposal window) or a suggestion (any employee)")
    ResponseEntity<State> draft(@RequestBody Draft draft) {
        long id = commands.draft(draft.kind() == null ? ProposalKind.PROPOSAL : draft.kind(), draft.spec());
        return ResponseEntity.created(URI.create("/api/v1/congress/proposals/" + id))
                .body(new State(id, ProposalState.DRAFT));
    }

    @PutMapping("/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "Change one's draft or returned proposal, giving the version last read")
    State edit(@PathVariable long id, @RequestParam int version, @RequestBody Draft draft) {
        views.visible(id);
        commands.edit(id, draft.spec(), version);
        return state(id);
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize(READERS)
    @Operation(summary = "Submit a draft to its co-signers (or the committee), or resubmit a revised one")
    State submit(@PathVariable long id) {
        views.visible(id);
        return new State(id, commands.submit(id));
    }

    @PostMapping("/{id}/cosign")
    @PreAuthorize(READERS)
    @Operation(summary = "Confirm (or decline) a co-signing request")
    State cosign(@PathVariable long id, @RequestParam boolean confirm) {
        views.visible(id);
        return new State(id, commands.cosign(id, confirm));
    }

    @PostMapping("/{id}/file")
    @PreAuthorize("hasAuthority('congress:manage')")
    @Operation(summary = "File (立案) and assign to a lead department and co-departments with a deadline")
    State file(@PathVariable long id, @RequestBody Filing filing) {
        if (filing.leadUnitId() == null) {
            throw org.cadre.shared.BusinessRuleException.onField("leadUnitId", "proposal.validation.required");
        }
        views.visible(id);
        commands.file(id, filing.leadUnitId(), filing.coUnitIds(), filing.deadline(), filing.note());
        return state(id);
    }

    @PostMapping("/{id}/merge")
    @PreAuthorize("hasAuthority('congress:manage')")
    @Operation(summary = "Merge into another proposal of the same meeting (并案)")
    State merge(@PathVariable long id, @RequestParam long into, @RequestBody(required = false) Text note) {
        views.visible(id);
        commands.merge(id, into, note == null ? null : note.text());
        return state(id);
    }

    @PostMapping("/{id}/convert")
    @PreAuthorize("hasAuthority('congress:manage')")
    @Operation(summary = "Convert a proposal into a suggestion")
    State convert(@PathVariable long id, @RequestBody(required = false) Text note) {
        views.visible(id);
        commands.convert(id, note == null ? null : note.text());
        return state(id);
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("hasAuthority('congress:manage')")
    @Operation(summary = "Return to the proposer for revision, with comments")
    State returnForRevision(@PathVariable long id, @RequestBody Text comment) {
        views.visible(id);
        commands.returnForRevision(id, comment.text());
        return state(id);
    }

    @PostMapping("/{id}/decline")
    @PreAuthorize("hasAuthority('congress:manage')")
    @Operation(summary = "Decline with a reason")
    State decline(@PathVariable long id, @RequestBody Text reason) {
        views.visible(id);
        commands.decline(id, reason.text());
        return state(id);
    }

    @PostMapping("/{id}/request-reassignment")
    @PreAuthorize("hasAuthority('proposal:answer')")
    @Operation(summary = "The lead department asks to be relieved, within the allowed days")
    State requestReassignment(@PathVariable long id, @RequestBody Text reason) {
        views.visible(id);
        commands.requestReassignment(id, reason.text());
        return state(id);
    }

    @PostMapping("/{id}/reassign")
    @PreAuthorize("hasAuthority('congress:manage')")
    @Operation(summary = "Decide a reassignment request: another lead department (or none to keep it)")
    State reassign(@PathVariable long id, @RequestBody Filing filing) {
        views.visible(id);
        commands.reassign(id, filing.leadUnitId(), filing.deadline(), filing.note());
        return state(id);
    }

    @PostMapping("/{id}/answer")
    @PreAuthorize("hasAuthority('proposal:answer')")
    @Operation(summary = "The lead department's answer")
    State answer(@PathVariable long id, @RequestBody Text answer) {
        views.visible(id);
        return new State(id, commands.answer(id, answer.text()));
    }

    @PostMapping("/{id}/countersign")
    @PreAuthorize("hasAuthority('proposal:answer')")
    @Operation(summary = "A co-department countersigns the answer")
    State countersign(@PathVariable long id, @RequestParam long unitId, @RequestBody(required = false) Text note) {
        views.visible(id);
        return new State(id, commands.countersign(id, unitId, note == null ? null : note.text()));
    }

    @PostMapping("/{id}/review")
    @PreAuthorize("hasAuthority('congress:manage')")
    @Operation(summary = "The union accepts the answer with its class (D needs a reason) or sends it back")
    State review(@PathVariable long id, @RequestBody Review review) {
        views.visible(id);
        return new State(id, commands.review(id, review.accept(), review.answerClass(), review.reason()));
    }

    @PostMapping("/{id}/rate")
    @PreAuthorize(READERS)
    @Operation(summary = "The proposer or a co-signer rates the accepted answer; unsatisfied sends it back")
    State rate(@PathVariable long id, @RequestBody RatingBody rating) {
        views.visible(id);
        return new State(id, commands.rate(id, rating.rating(), rating.comment()));
    }

    @GetMapping("/owed")
    @PreAuthorize(READERS)
    @Operation(summary = "Every item without an answer the caller may see: who owes it and how many days overdue")
    Page<ProposalViews.Line> owed(@RequestParam(required = false) Long meeting,
                                  @RequestParam(required = false) Long unitId,
                                  @RequestParam(required = false) ProposalKind kind,
                                  @RequestParam(defaultValue = "false") boolean overdue,
                                  @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        return views.owed(meeting, unitId, kind, overdue, PageRequest.of(page, size));
    }

    @GetMapping("/figures")
    @PreAuthorize(READERS)
    @Operation(summary = "A meeting's figures: filing rate, on-time answer rate, satisfaction rate, share solved")
    HandlingReport.Figures figures(@RequestParam long meeting) {
        return report.figures(meeting, access.today());
    }

    private State state(long id) {
        return new State(id, views.visible(id).state());
    }
}
