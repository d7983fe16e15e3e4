package org.cadre.assessment.internal;

import org.cadre.assessment.Grade;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.cadre.identity.Permissions;
import org.cadre.shared.Flash;
import org.cadre.shared.ReportTables;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.PageRequest;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calibration (grades against quotas, overrides with reasons, finalizing), consequences (accept or reject), the
 * cycle's report, a person's results across years, the consequence rules and past years' results.
 */
@Controller
class ResultPages {

    static final String READERS = AssessmentApi.READERS;

    private final CycleCommands commands;
    private final ConsequenceCommands consequences;
    private final AssessmentQueries queries;
    private final ScoreImport imports;
    private final Exports exports;
    private final Explanations explanations;
    private final AssessmentAccess access;
    private final MessageSource messages;
    private final JsonMapper json;

    ResultPages(CycleCommands commands, ConsequenceCommands consequences, AssessmentQueries queries,
                ScoreImport imports, Exports exports, Explanations explanations, AssessmentAccess access,
                MessageSource messages, JsonMapper json) {
        this.commands = commands;
        this.consequences = consequences;
        this.queries = queries;
        this.imports = imports;
        this.exports = exports;
        this.explanations = explanations;
        this.access = access;
        this.messages = messages;
        this.json = json;
    }

    // --- calibration

    @GetMapping("/assessment/cycles/{id}/calibration")
    @PreAuthorize(READERS)
    String calibration(@PathVariable long id, @RequestParam(required = false) Integer page,
                       @RequestParam(required = false) String category, @RequestParam(required = false) Grade grade,
                       Locale locale, Model model) {
        Cycle cycle = queries.cycle(id);
        String permission = access.viewPermission();
        List<Distribution.Row> distribution = queries.distribution(id, permission);
        model.addAttribute("cycle", cycle);
        model.addAttribute("grades", Grade.values());
        model.addAttribute("distribution", distribution);
        model.addAttribute("exceeded", Distribution.exceeded(distribution));
        model.addAttribute("categories", queries.categories(id));
        model.addAttribute("category", category);
        model.addAttribute("grade", grade);
        model.addAttribute("page", queries.appraisees(id, new AppraiseeFilter(null, null, grade, category), permission,
                new PageRequest(page == null ? 0 : page, 50)));
        model.addAttribute("changes", queries.gradeChanges(id, permission));
        model.addAttribute("canDecide", cycle.state() == CycleState.CALIBRATING
                && !access.scopeIfHeldEmpty(Permissions.ASSESSMENT_DECIDE));
        model.addAttribute("companyDecider", access.companyWide(Permissions.ASSESSMENT_DECIDE));
        model.addAttribute("chart", chart(distribution.stream().map(r -> new ChartRow(
                CategoryLabels.label(r.category(), messages, locale), r.counts())).toList(), locale));
        return "assessment/calibration";
    }

    @PostMapping("/assessment/appraisees/{appraiseeId}/grade")
    @PreAuthorize("hasAuthority('assessment:decide')")
    String adjust(@PathVariable long appraiseeId, @RequestParam(required = false) Grade grade,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        Appraisee a = queries.appraisee(appraiseeId, Permissions.ASSESSMENT_DECIDE);
        try {
            commands.adjustGrade(appraiseeId, grade, reason);
            Flash.notice(redirect, "assessment.grade.adjusted.notice", a.name());
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        }
        return "redirect:/assessment/cycles/" + a.cycleId() + "/calibration";
    }

    @PostMapping("/assessment/cycles/{id}/finalize")
    @PreAuthorize("hasAuthority('assessment:decide')")
    String finalizeCycle(@PathVariable long id, RedirectAttributes redirect) {
        try {
            int proposed = commands.finalizeCycle(id);
            Flash.notice(redirect, "assessment.cycle.finalized.notice", proposed);
            return "redirect:/assessment/cycles/" + id + "/consequences";
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
            return "redirect:/assessment/cycles/" + id + "/calibration";
        }
    }

    // --- consequences

    /** A recommendation as the page shows it. */
    public record RecommendationLine(Recommendation recommendation, String explanation) {
    }

    @GetMapping("/assessment/cycles/{id}/consequences")
    @PreAuthorize(READERS)
    String consequences(@PathVariable long id, @RequestParam(required = false) Recommendation.State state,
                        Locale locale, Model model) {
        Cycle cycle = queries.cycle(id);
        model.addAttribute("cycle", cycle);
        model.addAttribute("state", state);
        model.addAttribute("states", Recommendation.State.values());
        model.addAttribute("lines", queries.recommendations(id, access.viewPermission(), state).stream()
                .map(r -> new RecommendationLine(r, explanations.explain(r, locale))).toList());
        model.addAttribute("canDecide", !access.scopeIfHeldEmpty(Permissions.ASSESSMENT_DECIDE));
        return "assessment/consequences";
    }

    @PostMapping("/assessment/recommendations/{recommendationId}/decision")
    @PreAuthorize("hasAuthority('assessment:decide')")
    String decide(@PathVariable long recommendationId, @RequestParam long cycleId, @RequestParam boolean accept,
                  @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            consequences.decide(recommendationId, accept, note);
            Flash.notice(redirect, accept ? "assessment.recommendation.accepted.notice"
                    : "assessment.recommendation.rejected.notice");
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        }
        return "redirect:/assessment/cycles/" + cycleId + "/consequences";
    }

    // --- report

    @GetMapping("/assessment/cycles/{id}/report")
    @PreAuthorize(READERS)
    String report(@PathVariable long id, Locale locale, Model model) {
        Cycle cycle = queries.cycle(id);
        List<AssessmentQueries.UnitRow> rows = queries.byUnit(id, access.viewPermission());
        model.addAttribute("cycle", cycle);
        model.addAttribute("grades", Grade.values());
        model.addAttribute("rows", rows);
        model.addAttribute("distribution", queries.distribution(id, access.viewPermission()));
        model.addAttribute("chart", chart(rows.stream().map(r -> new ChartRow(r.unitName(), r.counts())).toList(), locale));
        return "assessment/report";
    }

    @GetMapping("/assessment/cycles/{id}/report.xlsx")
    @PreAuthorize(READERS)
    void reportXlsx(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        Cycle cycle = queries.cycle(id);
        List<ReportTables.Table> tables = exports.cycleReport(cycle, access.viewPermission(), locale);
        AssessmentApi.attachment(response, Exports.XLSX, "assessment-report-" + id + ".xlsx");
        exports.xlsx(tables, response.getOutputStream());
    }

    @GetMapping("/assessment/cycles/{id}/report.pdf")
    @PreAuthorize(READERS)
    void reportPdf(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        Cycle cycle = queries.cycle(id);
        List<ReportTables.Table> tables = exports.cycleReport(cycle, access.viewPermission(), locale);
        AssessmentApi.attachment(response, "application/pdf", "assessment-report-" + id + ".pdf");
        exports.pdf(cycle.title(), tables, response.getOutputStream());
    }

    // --- a person's results across years

    @GetMapping("/assessment/people/{personId}")
    @PreAuthorize("hasAuthority('assessment:read')")
    String person(@PathVariable long personId, Locale locale, Model model) {
        AssessmentQueries.PersonResults results = queries.person(personId);
        model.addAttribute("person", results);
        model.addAttribute("records", results.records().stream()
                .map(r -> Map.entry(r, explanations.explain(r, locale))).toList());
        return "assessment/person";
    }

    @GetMapping("/assessment/people/{personId}/results.xlsx")
    @PreAuthorize("hasAuthority('assessment:read')")
    void personXlsx(@PathVariable long personId, Locale locale, HttpServletResponse response) throws IOException {
        AssessmentQueries.PersonResults results = queries.person(personId);
        List<ReportTables.Table> tables = exports.personResults(results, locale);
        AssessmentApi.attachment(response, Exports.XLSX, "assessment-" + results.employeeNo() + ".xlsx");
        exports.xlsx(tables, response.getOutputStream());
    }

    @GetMapping("/assessment/people/{personId}/results.pdf")
    @PreAuthorize("hasAuthority('assessment:read')")
    void personPdf(@PathVariable long personId, Locale locale, HttpServletResponse response) throws IOException {
        AssessmentQueries.PersonResults results = queries.person(personId);
        List<ReportTables.Table> tables = exports.personResults(results, locale);
        AssessmentApi.attachment(response, "application/pdf", "assessment-" + results.employeeNo() + ".pdf");
        exports.pdf(results.name() + " (" + results.employeeNo() + ")", tables, response.getOutputStream());
    }

    // --- rules and past results

    @GetMapping("/assessment/rules")
    @PreAuthorize(READERS)
    String rules(Locale locale, Model model) {
        model.addAttribute("rules", queries.rules().stream().map(r -> Map.entry(r, explanations.rule(r, locale))).toList());
        model.addAttribute("grades", Grade.values());
        model.addAttribute("consequences", Consequence.values());
        model.addAttribute("canManage", access.companyWide(Permissions.ASSESSMENT_MANAGE));
        return "assessment/rules";
    }

    @PostMapping("/assessment/rules")
    @PreAuthorize("hasAuthority('assessment:manage')")
    String saveRule(@RequestParam(required = false) Long ruleId, @RequestParam(required = false) Grade grade,
                    @RequestParam(required = false) Integer years, @RequestParam(required = false) Consequence consequence,
                    @RequestParam(required = false) BigDecimal coefficient,
                    @RequestParam(defaultValue = "false") boolean active, RedirectAttributes redirect) {
        try {
            if (grade == null || years == null || consequence == null) {
                throw new BusinessRuleException("assessment.rule.incomplete");
            }
            if (years < 1 || years > 10) {
                throw new BusinessRuleException("assessment.rule.years");
            }
            ConsequenceCommands.RuleSpec spec = new ConsequenceCommands.RuleSpec(grade, years, consequence, coefficient, active);
            if (ruleId == null) {
                consequences.addRule(spec);
            } else {
                consequences.updateRule(ruleId, spec);
            }
            Flash.notice(redirect, "assessment.rule.saved.notice");
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        }
        return "redirect:/assessment/rules";
    }

    @GetMapping("/assessment/past-results")
    @PreAuthorize("hasAuthority('assessment:manage')")
    String pastResults(Model model) {
        return "assessment/past-results";
    }

    @GetMapping("/assessment/past-results/template.xlsx")
    @PreAuthorize("hasAuthority('assessment:manage')")
    void pastTemplate(Locale locale, HttpServletResponse response) throws IOException {
        AssessmentApi.attachment(response, Exports.XLSX, "assessment-past-results.xlsx");
        imports.pastTemplate(locale, response.getOutputStream());
    }

    @PostMapping("/assessment/past-results")
    @PreAuthorize("hasAuthority('assessment:manage')")
    String importPast(@RequestParam(name = "file", required = false) MultipartFile file, Locale locale, Model model)
            throws IOException {
        ScoreImport.Outcome outcome;
        if (file == null || file.isEmpty()) {
            outcome = imports.refused("assessment.import.noFile", locale);
        } else if (file.getSize() > ScoreImport.MAX_BYTES) {
            outcome = imports.refused("assessment.import.tooLarge", locale, ScoreImport.MAX_BYTES / 1024 / 1024);
        } else {
            outcome = imports.runPastResults(file.getInputStream(), locale);
        }
        model.addAttribute("outcome", outcome);
        return "assessment/past-results";
    }

    // --- charts

    private record ChartRow(String label, Map<Grade, Integer> counts) {
    }

    /** The data of a stacked bar chart, read by static/js/assessment.js from a data attribute. */
    private String chart(List<ChartRow> rows, Locale locale) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", rows.stream().map(ChartRow::label).toList());
        List<Map<String, Object>> series = new ArrayList<>();
        for (Grade g : Grade.values()) {
            series.add(Map.of("name", explanations.grade(g, locale),
                    "data", rows.stream().map(r -> r.counts().getOrDefault(g, 0)).toList()));
        }
        data.put("series", series);
        return json.writeValueAsString(data);
    }
}
