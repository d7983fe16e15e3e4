package org.cadre.cadres.internal.tenure;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cadre.assessment.Grade;
import org.cadre.organization.AssignmentRecord;
import org.cadre.shared.JsonApi;
import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** Terms of office, contracts and deployment events over JSON: the same permissions, scopes, rules and audit as the pages. */
@JsonApi("/api/v1/cadres")
@Tag(name = "Cadre tenure and deployment", description = "Terms of office (任期), post agreements and performance "
        + "contracts (任期制和契约化) with scored results and the exit rule, deployment events (干部调配) and the "
        + "rise-and-fall ledger (能上能下)")
class TenureApi {

    record ContractView(Contract contract, Grade assessmentGrade, RecommendationView recommendation) {
    }

    record RecommendationView(long id, long contractId, long personId, String personName, String basis, String basisText,
                              ContractRepository.Recommendation.State state, String reason, Long eventId) {
    }

    record Results(Map<Long, BigDecimal> actuals) {
    }

    record Decision(Boolean accept, String reason, LocalDate effectiveDate, String documentNo, String issuingBody) {
    }

    record TermEnd(LocalDate endDate, String reason) {
    }

    /** @param undo also undo what the event did (default false: only mark it, as before) */
    record Revocation(String reason, Boolean undo) {
    }

    /**
     * What revoking with undo would do, or why it cannot: {@code refusal} in the reader's language and its
     * {@code refusalCode}.
     */
    record UndoView(boolean possible, String refusalCode, String refusal, AssignmentRecord annul,
                    List<AssignmentRecord> reopen, List<Term> reopenTerms, List<Term> annulTerms,
                    boolean restoreStatus) {
    }

    private final TenureCommands tenure;
    private final DeploymentCommands deployments;
    private final TenureQueries queries;
    private final TenureAccess access;
    private final MessageSource messages;

    TenureApi(TenureCommands tenure, DeploymentCommands deployments, TenureQueries queries, TenureAccess access,
              MessageSource messages) {
        this.messages = messages;
        this.tenure = tenure;
        this.deployments = deployments;
        this.queries = queries;
        this.access = access;
    }

    // --- terms

    @GetMapping("/terms")
    @PreAuthorize(TenurePages.READERS)
    @Operation(summary = "Terms of office within the reader's scope, soonest end first; ending=true: open terms ending within 90 days or overdue")
    Page<Term> terms(@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean ending,
                     @RequestParam(defaultValue = "true") boolean open, @RequestParam(required = false) Long unitId,
                     @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        LocalDate endingBy = ending ? access.today().plusDays(TenureSchedule.LOOK_AHEAD_DAYS) : null;
        return queries.terms(new TermRepository.Filter(endingBy, open, q, queries.subtree(unitId)), PageRequest.of(page, size));
    }

    @GetMapping("/terms/{id}")
    @PreAuthorize(TenurePages.READERS)
    @Operation(summary = "One term of office")
    Term term(@PathVariable long id) {
        return queries.term(id);
    }

    @PostMapping("/terms")
    @PreAuthorize("hasAuthority('cadre:manage')")
    @Operation(summary = "Start a term: of a person's primary post (kind POST, employeeNo) or a unit's leadership team (kind TEAM, unitId); expected end defaults to 3 years")
    ResponseEntity<Term> startTerm(@RequestBody TenureCommands.TermSpec spec) {
        long id = tenure.startTerm(spec);
        return ResponseEntity.created(URI.create("/api/v1/cadres/terms/" + id)).body(queries.term(id));
    }

    @PostMapping("/terms/{id}/end")
    @PreAuthorize("hasAuthority('cadre:manage')")
    @Operation(summary = "End a term on a date with a reason (the assignment is changed by a deployment event)")
    Term endTerm(@PathVariable long id, @RequestBody TermEnd end) {
        tenure.endTerm(id, end.endDate(), end.reason());
        return queries.term(id);
    }

    // --- contracts

    @GetMapping("/contracts")
    @PreAuthorize(TenurePages.READERS)
    @Operation(summary = "Contracts of a year within the reader's scope, lowest score first, with the person's assessment grade of that year")
    Page<ContractView> contracts(@RequestParam(required = false) Integer year, @RequestParam(required = false) ContractKind kind,
                                 @RequestParam(required = false) String q, @RequestParam(required = false) Boolean scored,
                                 @RequestParam(required = false) Long unitId, @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size, Locale locale) {
        return queries.contracts(new ContractRepository.Filter(year, kind, q, scored, queries.subtree(unitId)),
                PageRequest.of(page, size)).map(l -> view(l, locale));
    }

    @GetMapping("/contracts/{id}")
    @PreAuthorize(TenurePages.READERS)
    @Operation(summary = "One contract with its indicators, scores, the assessment grade of its year and its exit recommendation")
    ContractView contract(@PathVariable long id, Locale locale) {
        return view(queries.contract(id), locale);
    }

    @PostMapping("/contracts")
    @PreAuthorize("hasAuthority('cadre:manage')")
    @Operation(summary = "Create a post agreement or an annual / term performance contract; indicator weights add up to 100")
    ResponseEntity<ContractView> createContract(@RequestBody TenureCommands.ContractSpec spec, Locale locale) {
        long id = tenure.createContract(spec);
        return ResponseEntity.created(URI.create("/api/v1/cadres/contracts/" + id)).body(contract(id, locale));
    }

    @PostMapping("/contracts/{id}/results")
    @PreAuthorize("hasAuthority('cadre:manage')")
    @Operation(summary = "Enter actual results by indicator id: scores each indicator, totals once all are in, and applies the exit rule")
    ContractView results(@PathVariable long id, @RequestBody Results results, Locale locale) {
        tenure.enterResults(id, results.actuals() == null ? Map.of() : results.actuals());
        return contract(id, locale);
    }

    @GetMapping("/exit-recommendations")
    @PreAuthorize(TenurePages.READERS)
    @Operation(summary = "Exit recommendations awaiting a decision, within the reader's scope, newest first, "
            + "a page at a time (page from 0, size up to 200)")
    Page<RecommendationView> pending(@RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size, Locale locale) {
        return queries.pendingRecommendations(PageRequest.of(page, size == null ? 50 : Math.min(Math.max(size, 1), 200)))
                .map(r -> view(r, locale));
    }

    @PostMapping("/exit-recommendations/{id}/decide")
    @PreAuthorize("hasAuthority('cadre:manage')")
    @Operation(summary = "Accept (records a REMOVAL event that ends the assignment and the term) or reject (reason required) an exit recommendation")
    ResponseEntity<Void> decide(@PathVariable long id, @RequestBody Decision decision) {
        tenure.decide(id, Boolean.TRUE.equals(decision.accept()), decision.reason(), decision.effectiveDate(),
                decision.documentNo(), decision.issuingBody());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/exit-rule")
    @PreAuthorize(TenurePages.READERS)
    @Operation(summary = "The exit rule: contract score threshold and the assessment grades that call for ending the term")
    ExitRule exitRule() {
        return queries.exitRule();
    }

    // --- deployments

    @GetMapping("/deployments")
    @PreAuthorize(TenurePages.READERS)
    @Operation(summary = "Deployment events of a year within the reader's scope, newest first")
    Page<DeploymentEvent> deployments(@RequestParam(required = false) Integer year,
                                      @RequestParam(required = false) DeploymentKind kind,
                                      @RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
                                      @RequestParam(defaultValue = "false") boolean revoked,
                                      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        int y = year == null ? access.today().getYear() : year;
        return queries.events(new DeploymentRepository.Filter(y, kind, q, queries.subtree(unitId), revoked),
                PageRequest.of(page, size));
    }

    @GetMapping("/deployments/ledger")
    @PreAuthorize(TenurePages.READERS)
    @Operation(summary = "The rise-and-fall ledger of a year: counts by unit and kind, totals, up / down / out")
    Ledger ledger(@RequestParam(required = false) Integer year) {
        return queries.ledger(year == null ? access.today().getYear() : year);
    }

    @GetMapping("/deployments/{id}")
    @PreAuthorize(TenurePages.READERS)
    @Operation(summary = "One deployment event")
    DeploymentEvent deployment(@PathVariable long id) {
        return queries.event(id);
    }

    @PostMapping("/deployments")
    @PreAuthorize("hasAuthority('cadre:manage') and hasAuthority('assignment:manage')")
    @Operation(summary = "Record a deployment event; it changes the person's assignments accordingly, all or nothing")
    ResponseEntity<DeploymentEvent> record(@RequestBody DeploymentCommands.EventSpec spec) {
        long id = deployments.record(spec);
        return ResponseEntity.created(URI.create("/api/v1/cadres/deployments/" + id)).body(queries.event(id));
    }

    @GetMapping("/deployments/{id}/undo")
    @PreAuthorize("hasAuthority('cadre:manage')")
    @Operation(summary = "Preview undoing an event: the assignment annulled, those and the terms reopened, the term "
            + "annulled, whether the roster status goes back to ACTIVE; or why undo is not possible (a later event "
            + "builds on it…). 422 for an event already revoked")
    UndoView undo(@PathVariable long id, Locale locale) {
        Undo plan = deployments.undoPlan(id);
        if (plan == null) {
            throw new org.cadre.shared.BusinessRuleException("cadres.deployment.alreadyRevoked");
        }
        return new UndoView(plan.possible(), plan.possible() ? null : plan.refusal().getCodes()[0],
                plan.possible() ? null : messages.getMessage(plan.refusal(), locale), plan.annul(), plan.reopen(),
                plan.reopenTerms(), plan.annulTerms(), plan.restoreStatus());
    }

    @PostMapping("/deployments/{id}/revoke")
    @PreAuthorize("hasAuthority('cadre:manage')")
    @Operation(summary = "Revoke an event recorded in error, with a reason; it stays in the history, marked, and leaves "
            + "the ledger. Body {reason, undo}: with undo=true it also undoes what the event did (see GET …/undo), all "
            + "or nothing, and is refused (422, with the reason) when that is not possible; undo absent or false only "
            + "marks it (assignments, terms and roster status stay as they are). revokeUndone tells which")
    DeploymentEvent revoke(@PathVariable long id, @RequestBody Revocation revocation) {
        deployments.revoke(id, revocation.reason(), Boolean.TRUE.equals(revocation.undo()));
        return queries.event(id);
    }

    private ContractView view(TenureQueries.ContractLine line, Locale locale) {
        return new ContractView(line.contract(), line.grade(),
                line.recommendation() == null ? null : view(line.recommendation(), locale));
    }

    private RecommendationView view(ContractRepository.Recommendation r, Locale locale) {
        return new RecommendationView(r.id(), r.contractId(), r.personId(), r.personName(), r.basis(),
                queries.basis(r.basis(), locale), r.state(), r.reason(), r.eventId());
    }
}
