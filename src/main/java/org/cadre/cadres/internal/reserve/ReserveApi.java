package org.cadre.cadres.internal.reserve;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cadre.organization.PostLevel;
import org.cadre.shared.JsonApi;
import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** The reserve pool over JSON: the same permissions, scopes, rules and audit as the pages. */
@JsonApi("/api/v1/cadres/reserve")
@Tag(name = "Reserve pool", description = "The reserve pool (后备干部库): nominations per target level, development "
        + "plans, periodic reviews, states (reserve → under inspection → appointed | withdrawn), the succession view")
class ReserveApi {

    record Transition(ReserveState state, String reason) {
    }

    record Created(long id) {
    }

    private final ReserveQueries queries;
    private final ReserveCommands commands;

    ReserveApi(ReserveQueries queries, ReserveCommands commands) {
        this.queries = queries;
        this.commands = commands;
    }

    @GetMapping
    @PreAuthorize(ReservePages.READERS)
    @Operation(summary = "Entries within the data scope, filtered by target level, readiness, state, unit (and the "
            + "units below it) and name or employee number; active entries first")
    Page<ReserveEntry> list(@RequestParam(required = false) PostLevel level,
                            @RequestParam(required = false) Readiness readiness,
                            @RequestParam(required = false) ReserveState state,
                            @RequestParam(required = false) Long unit, @RequestParam(required = false) String name,
                            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.pool(new ReserveQueries.PoolFilter(level, readiness, state, unit, name), PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @PreAuthorize(ReservePages.READERS)
    @Operation(summary = "An entry with its development plan, reviews and history")
    ReserveQueries.EntryDetail get(@PathVariable long id) {
        return queries.detail(id);
    }

    @PostMapping
    @PreAuthorize(ReservePages.MANAGERS)
    @Operation(summary = "Nominate a person (by employee number) for a target level and optionally a target post; "
            + "refused when the person already has an active entry for that level. Next review: 12 months on")
    ResponseEntity<ReserveQueries.EntryDetail> nominate(@RequestBody ReserveCommands.Nomination nomination) {
        long id = commands.nominate(nomination);
        return ResponseEntity.created(URI.create("/api/v1/cadres/reserve/" + id)).body(queries.detail(id));
    }

    @PostMapping("/{id}/plan")
    @PreAuthorize(ReservePages.MANAGERS)
    @Operation(summary = "Add a development plan item: training, rotation, temporary posting or mentor (by employee number)")
    ResponseEntity<Created> addPlanItem(@PathVariable long id, @RequestBody ReserveCommands.PlanSpec spec) {
        return ResponseEntity.status(201).body(new Created(commands.addPlanItem(id, spec)));
    }

    @PostMapping("/{id}/plan/{itemId}/done")
    @PreAuthorize(ReservePages.MANAGERS)
    @Operation(summary = "Mark a plan item done")
    ReserveQueries.EntryDetail completePlanItem(@PathVariable long id, @PathVariable long itemId) {
        commands.completePlanItem(id, itemId);
        return queries.detail(id);
    }

    @PostMapping("/{id}/reviews")
    @PreAuthorize(ReservePages.MANAGERS)
    @Operation(summary = "Record a periodic review; readiness may change (kept in the history); the next review is "
            + "due 12 months later unless given")
    ResponseEntity<ReserveQueries.EntryDetail> review(@PathVariable long id, @RequestBody ReserveCommands.ReviewSpec spec) {
        commands.review(id, spec);
        return ResponseEntity.status(201).body(queries.detail(id));
    }

    @PostMapping("/{id}/transitions")
    @PreAuthorize(ReservePages.MANAGERS)
    @Operation(summary = "Move an entry: RESERVE → UNDER_INSPECTION | WITHDRAWN; UNDER_INSPECTION → APPOINTED | "
            + "WITHDRAWN | RESERVE. Withdrawing needs a reason")
    ReserveQueries.EntryDetail transition(@PathVariable long id, @RequestBody Transition transition) {
        commands.transition(id, transition.state(), transition.reason());
        return queries.detail(id);
    }

    @GetMapping("/succession")
    @PreAuthorize(ReservePages.READERS)
    @Operation(summary = "Key posts (company leaders and mid-level principals, with deputies=true also mid-level "
            + "deputies) within the scope: incumbents, term ends, ranked successors; lacking=true keeps only posts "
            + "without a successor ready now (among the entries the reader may see); paged, with the counts of key "
            + "posts and of those lacking")
    ReserveQueries.SuccessionPage succession(@RequestParam(required = false) boolean deputies,
                                             @RequestParam(required = false) boolean lacking,
                                             @RequestParam(required = false) Long unit,
                                             @RequestParam(required = false) Integer page,
                                             @RequestParam(required = false) Integer size) {
        return queries.succession(new ReserveQueries.SuccessionFilter(deputies, lacking, unit), PageRequest.of(page, size));
    }
}
