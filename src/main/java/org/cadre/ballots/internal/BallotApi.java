package org.cadre.ballots.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.cadre.ballots.BallotResults;
import org.cadre.ballots.BallotSpec;
import org.cadre.ballots.BallotState;
import org.cadre.ballots.BallotSummary;
import org.cadre.ballots.Ballots;
import org.cadre.ballots.Turnout;
import org.cadre.organization.PostLevel;
import org.cadre.shared.JsonApi;
import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.cadre.shared.Text;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** Ballots for officers: prepare, open, close, publish; roll, codes, turnout and results. */
@JsonApi("/api/v1/ballots")
@Tag(name = "Ballots", description = "Secret, roll-call and show-of-hands ballots: rater groups, questions, voter roll, "
        + "one-time codes, turnout, results")
class BallotApi {

    record GroupRequest(String name, BigDecimal weight) {
    }

    /** Either employee numbers, or a unit (its whole subtree) with optional post levels. */
    record VotersRequest(List<String> employeeNos, Long unitId, Set<PostLevel> postLevels) {
    }

    record CountsRequest(int voted, Map<Long, Map<String, Integer>> votes) {
    }

    record Created(long id) {
    }

    record Added(int added) {
    }

    private final Ballots ballots;
    private final BallotDrafts drafts;
    private final BallotSteps steps;
    private final BallotRepository repository;
    private final BallotAccess access;
    private final BallotViews views;
    private final VotingSlips slips;

    BallotApi(Ballots ballots, BallotDrafts drafts, BallotSteps steps, BallotRepository repository,
              BallotAccess access, BallotViews views, VotingSlips slips) {
        this.ballots = ballots;
        this.drafts = drafts;
        this.steps = steps;
        this.repository = repository;
        this.access = access;
        this.views = views;
        this.slips = slips;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('ballot:manage')")
    @Operation(summary = "The ballots within the officer's scope, newest first, filtered by state and part of the title")
    Page<BallotSummary> list(@RequestParam(required = false) BallotState state,
                             @RequestParam(required = false) String q,
                             @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return repository.page(access.manageReach(), state, Text.blankToNull(q), PageRequest.of(page, size));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('ballot:manage')")
    @Operation(summary = "Create a draft ballot with its rater groups (and their voters, by person id) and questions")
    ResponseEntity<BallotViews.BallotView> create(@Valid @RequestBody BallotSpec spec) {
        long id = drafts.create(spec);
        return ResponseEntity.created(URI.create("/api/v1/ballots/" + id)).body(view(id));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('ballot:manage')")
    @Operation(summary = "A ballot with its groups (turnout per group), questions and options")
    BallotViews.BallotView get(@PathVariable long id) {
        access.manage(id);
        return view(id);
    }

    @PostMapping("/{id}/groups")
    @PreAuthorize("hasAuthority('ballot:manage')")
    @Operation(summary = "Add a rater group to a draft")
    ResponseEntity<Created> addGroup(@PathVariable long id, @RequestBody GroupRequest request) {
        return ResponseEntity.status(201).body(new Created(drafts.addGroup(id, request.name(), request.weight())));
    }

    @DeleteMapping("/{id}/groups/{groupId}")
    @PreAuthorize("hasAuthority('ballot:manage')")
    @Operation(summary = "Remove a rater group (and its voters) from a draft")
    ResponseEntity<Void> removeGroup(@PathVariable long id, @PathVariable long groupId) {
        drafts.removeGroup(id, groupId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/questions")
    @PreAuthorize("hasAuthority('ballot:manage')")
    @Operation(summary = "Add a question to a draft")
    ResponseEntity<Created> addQuestion(@PathVariable long id, @Valid @RequestBody BallotSpec.QuestionSpec question) {
        return ResponseEntity.status(201).body(new Created(drafts.addQuestion(id, question)));
    }

    @DeleteMapping("/{id}/questions/{questionId}")
    @PreAuthorize("hasAuthority('ballot:manage')")
    @Operation(summary = "Remove a question from a draft")
    ResponseEntity<Void> removeQuestion(@PathVariable long id, @PathVariable long questionId) {
        drafts.removeQuestion(id, questionId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/voters")
    @PreAuthorize("hasAuthority('ballot:manage')")
    @Operation(summary = "The voter roll, by group, with whether each has voted (never what)")
    Page<BallotViews.VoterView> voters(@PathVariable long id, @RequestParam(required = false) Long group,
                                       @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size) {
        access.manage(id);
        Page<BallotRepository.Voter> found = repository.roll(id, group, PageRequest.of(page, size));
        return new Page<>(views.voters(found.items()), found.total(), found.page(), found.size());
    }

    @PostMapping("/{id}/groups/{groupId}/voters")
    @PreAuthorize("hasAuthority('ballot:manage')")
    @Operation(summary = "Add voters to a group of a draft: by employee numbers (all or nothing), or everyone of a unit subtree")
    Added addVoters(@PathVariable long id, @PathVariable long groupId, @RequestBody VotersRequest request) {
        if (request.unitId() != null) {
            return new Added(drafts.addVotersFromUnit(id, groupId, request.unitId(),
                    request.postLevels() == null ? Set.of() : request.postLevels()));
        }
        return new Added(drafts.addVotersByEmployeeNo(id, groupId,
                request.employeeNos() == null ? List.of() : request.employeeNos()));
    }

    @DeleteMapping("/{id}/voters/{voterId}")
    @PreAuthorize("hasAuthority('ballot:manage')")
    @Operation(summary = "Take a voter off the roll of a draft")
    ResponseEntity<Void> removeVoter(@PathVariable long id, @PathVariable long voterId) {
        drafts.removeVoter(id, voterId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/open")
    @PreAuthorize("hasAuthority('ballot:manage')")
    @Operation(summary = "Open voting: the roll is fixed and every voter gets a one-time code")
    BallotViews.BallotView open(@PathVariable long id) {
        access.manage(id);
        steps.open(id);
        return view(id);
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasAuthority('ballot:manage')")
    @Operation(summary = "Close voting and count")
    BallotViews.BallotView close(@PathVariable long id) {
        access.manage(id);
        steps.close(id);
        return view(id);
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasAuthority('ballot:manage')")
    @Operation(summary = "Publish the counted result")
    BallotViews.BallotView publish(@PathVariable long id) {
        access.manage(id);
        steps.publish(id);
        return view(id);
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAuthority('ballot:manage')")
    @Operation(summary = "Cancel a draft")
    BallotViews.BallotView cancel(@PathVariable long id) {
        access.manage(id);
        steps.cancel(id);
        return view(id);
    }

    @GetMapping("/{id}/codes")
    @PreAuthorize("hasAuthority('ballot:manage')")
    @Operation(summary = "The one-time codes of an open ballot, a page at a time in roll order (page from 0, size "
            + "up to 200), to print or send (each reading is audited)")
    Page<VotingSlips.Slip> codes(@PathVariable long id, @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size) {
        access.manage(id);
        return slips.slips(id, PageRequest.of(page, size));
    }

    @PostMapping("/{id}/groups/{groupId}/counts")
    @PreAuthorize("hasAuthority('ballot:manage')")
    @Operation(summary = "Enter the totals of a show of hands for one group: how many voted, and votes per answer per question id")
    ResponseEntity<Void> counts(@PathVariable long id, @PathVariable long groupId, @RequestBody CountsRequest request) {
        drafts.enterCounts(id, groupId, request.voted(), request.votes() == null ? Map.of() : request.votes());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/turnout")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "How many of the roll have voted, per group: officers in scope; voters on the roll and the "
            + "module's readers once open")
    Turnout turnout(@PathVariable long id) {
        access.turnout(id);
        return ballots.turnout(id);
    }

    @GetMapping("/{id}/results")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The counted result: officers in scope once closed; voters on the roll and the module's "
            + "readers once published, without roll-call names")
    BallotResults results(@PathVariable long id) {
        return access.shown(access.results(id), ballots.results(id));
    }

    private BallotViews.BallotView view(long id) {
        BallotDefinition ballot = access.require(id);
        return views.of(ballot, repository.turnout(id, ballot.state(), ballot.groups()));
    }
}
