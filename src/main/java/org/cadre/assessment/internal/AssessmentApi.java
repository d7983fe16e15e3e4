package org.cadre.assessment.internal;

import org.cadre.assessment.Grade;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.cadre.identity.Permissions;
import org.cadre.shared.ReportTables;
import org.cadre.shared.JsonApi;
import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Assessment cycles over JSON: the same permissions, scopes, rules and audit as the pages. */
@JsonApi("/api/v1/assessment")
@Tag(name = "Assessment", description = "Appraisal cycles (考核): appraisees, weighted components, scores, the "
        + "democratic-appraisal ballot, calibration against quotas, consequences, results across years")
class AssessmentApi {

    static final String READERS = "hasAnyAuthority('assessment:read', 'assessment:manage', 'assessment:decide')";

    record CycleView(long id, CycleKind kind, int year, String title, CycleState state, GradeBands bands,
                     List<AppraisalComponent> components, List<Quota> quotas, Long ballotId, String ballotUrl,
                     int version) {
    }

    record AppraiseeView(long id, long personId, String employeeNo, String name, long unitId, String unitName,
                         String postTitle, String category, Map<Long, BigDecimal> scores, BigDecimal totalScore,
                         Grade proposedGrade, Grade finalGrade) {

        static AppraiseeView of(AssessmentQueries.AppraiseeLine line) {
            Appraisee a = line.appraisee();
            return new AppraiseeView(a.id(), a.personId(), a.employeeNo(), a.name(), a.unitId(), line.unitName(),
                    a.postTitle(), a.category(), line.scores(), a.totalScore(), a.proposedGrade(), a.finalGrade());
        }
    }

    record GradeAdjustment(@NotNull(message = "{assessment.validation.required}") Grade grade, String reason) {
    }

    record Decision(@NotNull(message = "{assessment.validation.required}") Boolean accept, String note) {
    }

    record RecommendationView(long id, long appraiseeId, long personId, String personName, long ruleId,
                              Consequence consequence, BigDecimal coefficient, List<YearResult> evidence,
                              String explanation, Recommendation.State state, String note) {
    }

    record RuleView(long id, Grade grade, int years, Consequence consequence, BigDecimal coefficient, boolean active,
                    String text) {
    }

    record Count(int count) {
    }

    record BallotLink(long ballotId, String url) {
    }

    record Report(List<AssessmentQueries.UnitRow> byUnit, List<Distribution.Row> byCategory) {
    }

    private final CycleCommands commands;
    private final LeadershipTeams teams;
    private final ConsequenceCommands consequences;
    private final AssessmentQueries queries;
    private final ScoreImport imports;
    private final Exports exports;
    private final Explanations explanations;
    private final AssessmentAccess access;
    private final MessageSource messages;

    AssessmentApi(CycleCommands commands, ConsequenceCommands consequences, AssessmentQueries queries,
                  ScoreImport imports, Exports exports, Explanations explanations, AssessmentAccess access,
                  MessageSource messages, LeadershipTeams teams) {
        this.teams = teams;
        this.commands = commands;
        this.consequences = consequences;
        this.queries = queries;
        this.imports = imports;
        this.exports = exports;
        this.explanations = explanations;
        this.access = access;
        this.messages = messages;
    }

    // --- cycles

    @GetMapping("/cycles")
    @PreAuthorize(READERS)
    @Operation(summary = "Cycles, newest year first, optionally of one year or state")
    Page<CycleView> cycles(@RequestParam(required = false) Integer year, @RequestParam(required = false) CycleState state,
                           @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.cycles(year, state, PageRequest.of(page, size)).map(this::view);
    }

    @PostMapping("/cycles")
    @PreAuthorize("hasAuthority('assessment:manage')")
    @Operation(summary = "Create a cycle (DRAFT); components, bands and quota default to 50/30/20, 90/75/60 and "
            + "Excellent ≤ 20 % per category")
    ResponseEntity<CycleView> create(@Valid @RequestBody CycleSpec spec) {
        long id = commands.create(spec);
        return ResponseEntity.created(URI.create("/api/v1/assessment/cycles/" + id)).body(view(queries.cycle(id)));
    }

    @GetMapping("/cycles/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "A cycle with its components, bands, quotas and ballot")
    CycleView cycle(@PathVariable long id) {
        return view(queries.cycle(id));
    }

    @PutMapping("/cycles/{id}")
    @PreAuthorize("hasAuthority('assessment:manage')")
    @Operation(summary = "Change a DRAFT cycle's title, components, bands and quotas, giving the version last read")
    CycleView update(@PathVariable long id, @RequestParam int version, @Valid @RequestBody CycleSpec spec) {
        commands.updateSettings(id, spec, version);
        return view(queries.cycle(id));
    }

    @PostMapping("/cycles/{id}/collecting")
    @PreAuthorize("hasAuthority('assessment:manage')")
    @Operation(summary = "DRAFT → COLLECTING: weights add up to 100 and somebody is appraised")
    CycleView startCollecting(@PathVariable long id) {
        commands.startCollecting(id);
        return view(queries.cycle(id));
    }

    @PostMapping("/cycles/{id}/calibration")
    @PreAuthorize("hasAuthority('assessment:decide')")
    @Operation(summary = "COLLECTING → CALIBRATING: every score is in; totals and proposed grades are computed")
    CycleView startCalibration(@PathVariable long id) {
        commands.startCalibration(id);
        return view(queries.cycle(id));
    }

    @PostMapping("/cycles/{id}/reopen")
    @PreAuthorize("hasAuthority('assessment:decide')")
    @Operation(summary = "CALIBRATING → COLLECTING, to correct scores")
    CycleView reopen(@PathVariable long id) {
        commands.reopenScores(id);
        return view(queries.cycle(id));
    }

    @PostMapping("/cycles/{id}/finalize")
    @PreAuthorize("hasAuthority('assessment:decide')")
    @Operation(summary = "CALIBRATING → FINALIZED; refused (422) while a quota is exceeded. Returns the number of "
            + "recommendations proposed")
    Count finalizeCycle(@PathVariable long id) {
        return new Count(commands.finalizeCycle(id));
    }

    // --- appraisees and scores

    @GetMapping("/cycles/{id}/appraisees")
    @PreAuthorize(READERS)
    @Operation(summary = "Appraisees within the caller's scope with scores, total and grades; filtered by name or "
            + "employee number, unit subtree, final grade, category")
    Page<AppraiseeView> appraisees(@PathVariable long id, @RequestParam(required = false) String text,
                                   @RequestParam(required = false) Long unit, @RequestParam(required = false) Grade grade,
                                   @RequestParam(required = false) String category,
                                   @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size) {
        queries.cycle(id);
        return queries.appraisees(id, new AppraiseeFilter(text, unit, grade, category), access.viewPermission(),
                PageRequest.of(page, size)).map(AppraiseeView::of);
    }

    @PostMapping("/cycles/{id}/appraisees")
    @PreAuthorize("hasAuthority('assessment:manage')")
    @Operation(summary = "Add appraisees: the people of a unit subtree holding posts of given levels, and/or by "
            + "employee number; returns how many were added")
    Count addAppraisees(@PathVariable long id, @Valid @RequestBody AppraiseeSelection selection) {
        return new Count(commands.addAppraisees(id, selection));
    }

    @DeleteMapping("/appraisees/{appraiseeId}")
    @PreAuthorize("hasAuthority('assessment:manage')")
    @Operation(summary = "Remove an appraisee while the cycle is DRAFT or COLLECTING")
    ResponseEntity<Void> removeAppraisee(@PathVariable long appraiseeId) {
        commands.removeAppraisee(appraiseeId);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/cycles/{id}/scores")
    @PreAuthorize("hasAuthority('assessment:manage')")
    @Operation(summary = "Save component scores (0–100), all or none, while the cycle is COLLECTING")
    Count scores(@PathVariable long id, @RequestBody List<CycleCommands.ScoreEntry> entries) {
        return new Count(commands.enterScores(id, entries));
    }

    @GetMapping("/cycles/{id}/scores/template.xlsx")
    @PreAuthorize("hasAuthority('assessment:manage')")
    @Operation(summary = "The score import template, with the appraisees and their scores so far")
    void template(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        attachment(response, Exports.XLSX, "assessment-scores-" + id + ".xlsx");
        imports.template(id, locale, response.getOutputStream());
    }

    @PostMapping(path = "/cycles/{id}/scores/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('assessment:manage')")
    @Operation(summary = "Import scores from the template; all rows or none. 422 lists every problem with its sheet, "
            + "row and column")
    ResponseEntity<?> importScores(@PathVariable long id, @RequestParam("file") MultipartFile file, Locale locale)
            throws IOException {
        ScoreImport.Outcome outcome = file.getSize() > ScoreImport.MAX_BYTES
                ? tooLarge(locale) : imports.run(id, file.getInputStream(), locale);
        return outcome(outcome, locale);
    }

    // --- the democratic-appraisal ballot

    record TeamsRequest(List<String> unitCodes) {
    }

    @GetMapping("/cycles/{id}/teams")
    @PreAuthorize("hasAuthority('assessment:read') or hasAuthority('assessment:manage')")
    @Operation(summary = "The leadership teams (领导班子) appraised in a cycle, with their ballot score and grade")
    List<LeadershipTeams.Team> teams(@PathVariable long id) {
        queries.cycle(id);
        return teams.visible(id);
    }

    @PostMapping("/cycles/{id}/teams")
    @PreAuthorize("hasAuthority('assessment:manage')")
    @Operation(summary = "Add the leadership teams of units, by unit code (all or nothing); they are rated on the cycle's ballot")
    Map<String, Integer> addTeams(@PathVariable long id, @RequestBody TeamsRequest request) {
        return Map.of("count", teams.add(id, request.unitCodes() == null ? List.of() : request.unitCodes()));
    }

    @PostMapping("/cycles/{id}/ballot")
    @PreAuthorize("hasAuthority('assessment:manage')")
    @Operation(summary = "Create the cycle's democratic-appraisal ballot (a DRAFT with one rating per appraisee and "
            + "three rater groups); its rolls, codes and opening are managed on /ballots/{ballotId}")
    ResponseEntity<BallotLink> createBallot(@PathVariable long id) {
        long ballotId = commands.createBallot(id);
        return ResponseEntity.status(HttpStatus.CREATED).body(new BallotLink(ballotId, "/ballots/" + ballotId));
    }

    @PostMapping("/cycles/{id}/ballot/results")
    @PreAuthorize("hasAuthority('assessment:manage')")
    @Operation(summary = "Pull the counted ballot's weighted scores into the democratic-appraisal component (done "
            + "by itself when the ballot is published)")
    Count pullBallot(@PathVariable long id) {
        return new Count(commands.pullBallotResults(id));
    }

    // --- calibration

    @GetMapping("/cycles/{id}/distribution")
    @PreAuthorize(READERS)
    @Operation(summary = "Final grades per category against the quotas, within the caller's scope")
    List<Distribution.Row> distribution(@PathVariable long id) {
        queries.cycle(id);
        return queries.distribution(id, access.viewPermission());
    }

    @PostMapping("/appraisees/{appraiseeId}/grade")
    @PreAuthorize("hasAuthority('assessment:decide')")
    @Operation(summary = "Set an appraisee's final grade during calibration; the reason is required and logged")
    AppraiseeView adjust(@PathVariable long appraiseeId, @Valid @RequestBody GradeAdjustment adjustment) {
        commands.adjustGrade(appraiseeId, adjustment.grade(), adjustment.reason());
        Appraisee a = queries.appraisee(appraiseeId, Permissions.ASSESSMENT_DECIDE);
        return new AppraiseeView(a.id(), a.personId(), a.employeeNo(), a.name(), a.unitId(), null, a.postTitle(),
                a.category(), Map.of(), a.totalScore(), a.proposedGrade(), a.finalGrade());
    }

    @GetMapping("/cycles/{id}/grade-changes")
    @PreAuthorize(READERS)
    @Operation(summary = "The calibration history: every change of a final grade with its reason")
    List<CycleRepository.GradeChange> gradeChanges(@PathVariable long id) {
        queries.cycle(id);
        return queries.gradeChanges(id, access.viewPermission());
    }

    // --- consequences

    @GetMapping("/cycles/{id}/recommendations")
    @PreAuthorize(READERS)
    @Operation(summary = "Recommendations of a finalized cycle with the numbers and rule behind each")
    List<RecommendationView> recommendations(@PathVariable long id,
                                             @RequestParam(required = false) Recommendation.State state,
                                             Locale locale) {
        queries.cycle(id);
        return queries.recommendations(id, access.viewPermission(), state).stream().map(r -> view(r, locale)).toList();
    }

    @PostMapping("/recommendations/{recommendationId}/decision")
    @PreAuthorize("hasAuthority('assessment:decide')")
    @Operation(summary = "Accept or reject a recommendation; an accepted one becomes a record on the person")
    ResponseEntity<Void> decide(@PathVariable long recommendationId, @Valid @RequestBody Decision decision) {
        consequences.decide(recommendationId, decision.accept(), decision.note());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/rules")
    @PreAuthorize(READERS)
    @Operation(summary = "The consequence rules")
    List<RuleView> rules(Locale locale) {
        return queries.rules().stream().map(r -> new RuleView(r.id(), r.grade(), r.years(), r.consequence(),
                r.coefficient(), r.active(), explanations.rule(r, locale))).toList();
    }

    @PostMapping("/rules")
    @PreAuthorize("hasAuthority('assessment:manage')")
    @Operation(summary = "Add a consequence rule")
    ResponseEntity<Map<String, Long>> addRule(@Valid @RequestBody ConsequenceCommands.RuleSpec spec) {
        long ruleId = consequences.addRule(spec);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", ruleId));
    }

    @PutMapping("/rules/{ruleId}")
    @PreAuthorize("hasAuthority('assessment:manage')")
    @Operation(summary = "Change a consequence rule (or switch it off with active=false)")
    ResponseEntity<Void> updateRule(@PathVariable long ruleId, @Valid @RequestBody ConsequenceCommands.RuleSpec spec) {
        consequences.updateRule(ruleId, spec);
        return ResponseEntity.noContent().build();
    }

    // --- results across years

    @PostMapping("/past-results")
    @PreAuthorize("hasAuthority('assessment:manage')")
    @Operation(summary = "Record an earlier year's annual result of a person (for streak rules)")
    ResponseEntity<Void> pastResult(@Valid @RequestBody ConsequenceCommands.PastResult result) {
        consequences.putPastResult(result);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/past-results/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('assessment:manage')")
    @Operation(summary = "Import earlier years' results (employee number, year, grade, score); all rows or none")
    ResponseEntity<?> importPast(@RequestParam("file") MultipartFile file, Locale locale) throws IOException {
        ScoreImport.Outcome outcome = file.getSize() > ScoreImport.MAX_BYTES
                ? tooLarge(locale) : imports.runPastResults(file.getInputStream(), locale);
        return outcome(outcome, locale);
    }

    @GetMapping("/people/{personId}")
    @PreAuthorize("hasAuthority('assessment:read')")
    @Operation(summary = "A person's results across years and the consequences kept on them")
    AssessmentQueries.PersonResults person(@PathVariable long personId) {
        return queries.person(personId);
    }

    @GetMapping("/cycles/{id}/report")
    @PreAuthorize(READERS)
    @Operation(summary = "The cycle's distribution of final grades by unit and by category, within the caller's scope")
    Report report(@PathVariable long id) {
        queries.cycle(id);
        return new Report(queries.byUnit(id, access.viewPermission()), queries.distribution(id, access.viewPermission()));
    }

    @GetMapping("/cycles/{id}/report.xlsx")
    @PreAuthorize(READERS)
    @Operation(summary = "The report as an Excel workbook: grades by unit, and every appraisee within the caller's scope")
    void reportXlsx(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        List<ReportTables.Table> tables = exports.cycleReport(queries.cycle(id), access.viewPermission(), locale);
        attachment(response, Exports.XLSX, "assessment-report-" + id + ".xlsx");
        exports.xlsx(tables, response.getOutputStream());
    }

    @GetMapping("/cycles/{id}/report.pdf")
    @PreAuthorize(READERS)
    @Operation(summary = "The report as a PDF document")
    void reportPdf(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        Cycle cycle = queries.cycle(id);
        List<ReportTables.Table> tables = exports.cycleReport(cycle, access.viewPermission(), locale);
        attachment(response, "application/pdf", "assessment-report-" + id + ".pdf");
        exports.pdf(cycle.title(), tables, response.getOutputStream());
    }

    @GetMapping("/people/{personId}/results.xlsx")
    @PreAuthorize("hasAuthority('assessment:read')")
    @Operation(summary = "A person's results across years and consequences as an Excel workbook")
    void personXlsx(@PathVariable long personId, Locale locale, HttpServletResponse response) throws IOException {
        AssessmentQueries.PersonResults results = queries.person(personId);
        List<ReportTables.Table> tables = exports.personResults(results, locale);
        attachment(response, Exports.XLSX, "assessment-" + results.employeeNo() + ".xlsx");
        exports.xlsx(tables, response.getOutputStream());
    }

    @GetMapping("/people/{personId}/results.pdf")
    @PreAuthorize("hasAuthority('assessment:read')")
    @Operation(summary = "A person's results across years and consequences as a PDF document")
    void personPdf(@PathVariable long personId, Locale locale, HttpServletResponse response) throws IOException {
        AssessmentQueries.PersonResults results = queries.person(personId);
        List<ReportTables.Table> tables = exports.personResults(results, locale);
        attachment(response, "application/pdf", "assessment-" + results.employeeNo() + ".pdf");
        exports.pdf(results.name() + " (" + results.employeeNo() + ")", tables, response.getOutputStream());
    }

    private ScoreImport.Outcome tooLarge(Locale locale) {
        return imports.refused("assessment.import.tooLarge", locale, ScoreImport.MAX_BYTES / 1024 / 1024);
    }

    private ResponseEntity<?> outcome(ScoreImport.Outcome outcome, Locale locale) {
        if (outcome.accepted()) {
            return ResponseEntity.ok(new Count(outcome.saved()));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("assessment.import.rejected", new Object[] {outcome.problems().size()}, locale));
        problem.setType(URI.create("https://cadre.example/problems/import-rejected"));
        problem.setProperty("code", "assessment.import.rejected");
        problem.setProperty("errors", outcome.problems());
        return ResponseEntity.unprocessableContent().body(problem);
    }

    static void attachment(HttpServletResponse response, String type, String filename) {
        response.setContentType(type);
        response.setHeader("Content-Disposition", ContentDisposition.attachment().filename(filename).build().toString());
    }

    private CycleView view(Cycle c) {
        return new CycleView(c.id(), c.kind(), c.year(), c.title(), c.state(), c.bands(), queries.components(c.id()),
                queries.quotas(c.id()), c.ballotId(), c.ballotId() == null ? null : "/ballots/" + c.ballotId(),
                c.version());
    }

    private RecommendationView view(Recommendation r, Locale locale) {
        return new RecommendationView(r.id(), r.appraiseeId(), r.personId(), r.personName(), r.ruleId(),
                r.consequence(), r.coefficient(), r.evidence(), explanations.explain(r, locale), r.state(), r.note());
    }
}
