package org.cadre.assessment.internal;

import org.cadre.assessment.Grade;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.cadre.identity.Permissions;
import org.cadre.organization.OrganizationQueries;
import org.cadre.organization.PostLevel;
import org.cadre.organization.UnitRef;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.Flash;
import org.cadre.shared.FormErrors;
import org.cadre.shared.PageRequest;
import org.cadre.shared.Text;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cycle list, the cycle form, and the page of one cycle: settings, steps, the appraisal ballot, appraisees
 * (added by unit and post level or by employee number) and their scores (entered on the page or imported).
 */
@Controller
class CyclePages {

    static final String READERS = AssessmentApi.READERS;
    static final int APPRAISEE_PAGE = 25;

    private final CycleCommands commands;
    private final LeadershipTeams teams;
    private final AssessmentQueries queries;
    private final ScoreImport imports;
    private final AssessmentAccess access;
    private final OrganizationQueries organization;

    CyclePages(CycleCommands commands, AssessmentQueries queries, ScoreImport imports, AssessmentAccess access,
               OrganizationQueries organization, LeadershipTeams teams) {
        this.teams = teams;
        this.commands = commands;
        this.queries = queries;
        this.imports = imports;
        this.access = access;
        this.organization = organization;
    }

    @GetMapping("/assessment")
    @PreAuthorize(READERS)
    String cycles(@RequestParam(required = false) Integer year, @RequestParam(required = false) CycleState state,
                  @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("page", queries.cycles(year, state, PageRequest.of(page, 20)));
        model.addAttribute("year", year);
        model.addAttribute("state", state);
        model.addAttribute("states", CycleState.values());
        model.addAttribute("canManage", access.companyWide(Permissions.ASSESSMENT_MANAGE));
        return "assessment/cycles";
    }

    @GetMapping("/assessment/cycles/new")
    @PreAuthorize("hasAuthority('assessment:manage')")
    String newCycle(Model model) {
        access.requireCompanyWide(Permissions.ASSESSMENT_MANAGE);
        model.addAttribute("form", CycleForm.standard(access.today().getYear()));
        return formView(model, null);
    }

    @PostMapping("/assessment/cycles")
    @PreAuthorize("hasAuthority('assessment:manage')")
    String create(@Valid @ModelAttribute("form") CycleForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = commands.create(form.toSpec());
                Flash.notice(redirect, "assessment.cycle.created.notice", form.getTitle().strip());
                return "redirect:/assessment/cycles/" + id;
            } catch (BusinessRuleException e) {
                FormErrors.reject(result, e);
            }
        }
        return formView(model, null);
    }

    @GetMapping("/assessment/cycles/{id}/settings")
    @PreAuthorize("hasAuthority('assessment:manage')")
    String editSettings(@PathVariable long id, Model model) {
        access.requireCompanyWide(Permissions.ASSESSMENT_MANAGE);
        Cycle cycle = queries.cycle(id);
        model.addAttribute("form", CycleForm.of(cycle, queries.components(id), queries.quotas(id)));
        return formView(model, cycle);
    }

    @PostMapping("/assessment/cycles/{id}/settings")
    @PreAuthorize("hasAuthority('assessment:manage')")
    String saveSettings(@PathVariable long id, @Valid @ModelAttribute("form") CycleForm form, BindingResult result,
                        Model model, RedirectAttributes redirect) {
        Cycle cycle = queries.cycle(id);
        if (!result.hasErrors()) {
            try {
                commands.updateSettings(id, form.toSpec(), form.getVersion() == null ? -1 : form.getVersion());
                Flash.notice(redirect, "assessment.cycle.saved.notice", form.getTitle().strip());
                return "redirect:/assessment/cycles/" + id;
            } catch (BusinessRuleException e) {
                FormErrors.reject(result, e);
            } catch (OptimisticLockingFailureException e) {
                result.reject("error.conflict");
            }
        }
        return formView(model, cycle);
    }

    private String formView(Model model, Cycle cycle) {
        model.addAttribute("cycle", cycle);
        model.addAttribute("kinds", CycleKind.values());
        return "assessment/cycle-form";
    }

    @GetMapping("/assessment/cycles/{id}")
    @PreAuthorize(READERS)
    String cycle(@PathVariable long id, @ModelAttribute("filter") FilterParams filter,
                 @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        Cycle cycle = queries.cycle(id);
        addAppraisees(cycle, filter, model);
        if (htmx != null) {
            return "assessment/partials/appraisees :: appraisees";
        }
        model.addAttribute("quotas", queries.quotas(id));
        model.addAttribute("teams", teams.visible(id));
        model.addAttribute("ballot", queries.ballot(cycle).orElse(null));
        model.addAttribute("levels", PostLevel.values());
        model.addAttribute("companyManager", access.companyWide(Permissions.ASSESSMENT_MANAGE));
        model.addAttribute("companyDecider", access.companyWide(Permissions.ASSESSMENT_DECIDE));
        return "assessment/cycle";
    }

    private void addAppraisees(Cycle cycle, FilterParams filter, Model model) {
        Long unitId = null;
        if (Text.blankToNull(filter.getUnit()) != null) {
            unitId = organization.findUnitByCode(filter.getUnit().strip(), access.today()).map(UnitRef::id).orElse(-1L);
        }
        model.addAttribute("cycle", cycle);
        model.addAttribute("components", queries.components(cycle.id()));
        model.addAttribute("categories", queries.categories(cycle.id()));
        model.addAttribute("grades", Grade.values());
        model.addAttribute("page", queries.appraisees(cycle.id(), new AppraiseeFilter(filter.getText(), unitId,
                        filter.getGrade(), filter.getCategory()), access.viewPermission(),
                new PageRequest(filter.getPage() == null ? 0 : filter.getPage(), APPRAISEE_PAGE)));
        model.addAttribute("canScore", cycle.state() == CycleState.COLLECTING
                && !access.scopeIfHeldEmpty(Permissions.ASSESSMENT_MANAGE));
        model.addAttribute("canEditAppraisees", cycle.state().appraiseesOpen()
                && !access.scopeIfHeldEmpty(Permissions.ASSESSMENT_MANAGE));
    }

    /** The filter of the appraisee list. */
    public static class FilterParams {
        private String text;
        private String unit;
        private Grade grade;
        private String category;
        private Integer page;

        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit; }
        public Grade getGrade() { return grade; }
        public void setGrade(Grade grade) { this.grade = grade; }
        public String getCategory() { return category; }
        public void setCategory(String category) { this.category = category; }
        public Integer getPage() { return page; }
        public void setPage(Integer page) { this.page = page; }
    }

    @PostMapping("/assessment/cycles/{id}/appraisees")
    @PreAuthorize("hasAuthority('assessment:manage')")
    String addAppraisees(@PathVariable long id, @RequestParam(required = false) String unitCode,
                         @RequestParam(required = false) List<PostLevel> levels,
                         @RequestParam(required = false) String employeeNos,
                         @RequestParam(required = false) String category, RedirectAttributes redirect) {
        try {
            Long unitId = null;
            if (Text.blankToNull(unitCode) != null) {
                unitId = organization.findUnitByCode(unitCode.strip(), access.today()).map(UnitRef::id)
                        .orElseThrow(() -> BusinessRuleException.onField("unitCode", "assessment.appraisees.unknownUnit", unitCode.strip()));
            }
            List<String> numbers = Text.items(employeeNos);
            int added = commands.addAppraisees(id, new AppraiseeSelection(unitId,
                    levels == null ? Set.of() : Set.copyOf(levels), numbers, category));
            Flash.notice(redirect, "assessment.appraisees.added.notice", added);
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        }
        return "redirect:/assessment/cycles/" + id;
    }

    @PostMapping("/assessment/appraisees/{appraiseeId}/remove")
    @PreAuthorize("hasAuthority('assessment:manage')")
    String removeAppraisee(@PathVariable long appraiseeId, RedirectAttributes redirect) {
        Appraisee a = queries.appraisee(appraiseeId, Permissions.ASSESSMENT_MANAGE);
        try {
            commands.removeAppraisee(appraiseeId);
            Flash.notice(redirect, "assessment.appraisee.removed.notice", a.name());
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        }
        return "redirect:/assessment/cycles/" + a.cycleId();
    }

    /** The score inputs of one page of appraisees, named {@code score_<appraiseeId>_<componentId>}. */
    @PostMapping("/assessment/cycles/{id}/scores")
    @PreAuthorize("hasAuthority('assessment:manage')")
    String saveScores(@PathVariable long id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        List<CycleCommands.ScoreEntry> entries = new ArrayList<>();
        try {
            for (var e : params.entrySet()) {
                if (!e.getKey().startsWith("score_") || e.getValue() == null || e.getValue().isBlank()) {
                    continue;
                }
                String[] parts = e.getKey().split("_");
                BigDecimal score;
                try {
                    score = new BigDecimal(e.getValue().strip());
                } catch (NumberFormatException nfe) {
                    throw new BusinessRuleException("assessment.score.notNumber", e.getValue().strip());
                }
                entries.add(new CycleCommands.ScoreEntry(Long.parseLong(parts[1]), Long.parseLong(parts[2]), score));
            }
            int saved = commands.enterScores(id, entries);
            Flash.notice(redirect, "assessment.scores.saved.notice", saved);
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        }
        return "redirect:/assessment/cycles/" + id + (params.get("page") == null ? "" : "?page=" + params.get("page"));
    }

    @GetMapping("/assessment/cycles/{id}/scores/template.xlsx")
    @PreAuthorize("hasAuthority('assessment:manage')")
    void template(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        AssessmentApi.attachment(response, Exports.XLSX, "assessment-scores-" + id + ".xlsx");
        imports.template(id, locale, response.getOutputStream());
    }

    @PostMapping("/assessment/cycles/{id}/scores/import")
    @PreAuthorize("hasAuthority('assessment:manage')")
    String importScores(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                        Locale locale, Model model, RedirectAttributes redirect) throws IOException {
        Cycle cycle = queries.cycle(id);
        ScoreImport.Outcome outcome;
        if (file == null || file.isEmpty()) {
            outcome = imports.refused("assessment.import.noFile", locale);
        } else if (file.getSize() > ScoreImport.MAX_BYTES) {
            outcome = imports.refused("assessment.import.tooLarge", locale, ScoreImport.MAX_BYTES / 1024 / 1024);
        } else {
            outcome = imports.run(id, file.getInputStream(), locale);
        }
        if (outcome.accepted()) {
            Flash.notice(redirect, "assessment.import.done.notice", outcome.saved());
            return "redirect:/assessment/cycles/" + id;
        }
        model.addAttribute("cycle", cycle);
        model.addAttribute("problems", outcome.problems());
        return "assessment/import-result";
    }

    @PostMapping("/assessment/cycles/{id}/teams")
    @PreAuthorize("hasAuthority('assessment:manage')")
    String addTeams(@PathVariable long id, @org.springframework.web.bind.annotation.RequestParam(required = false) String unitCodes,
                    RedirectAttributes redirect) {
        try {
            int added = teams.add(id, Text.items(unitCodes));
            Flash.notice(redirect, "assessment.teams.added.notice", added);
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        }
        return "redirect:/assessment/cycles/" + id;
    }

    @PostMapping("/assessment/cycles/{id}/ballot")
    @PreAuthorize("hasAuthority('assessment:manage')")
    String createBallot(@PathVariable long id, RedirectAttributes redirect) {
        try {
            long ballotId = commands.createBallot(id);
            Flash.notice(redirect, "assessment.ballot.created.notice", ballotId);
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        }
        return "redirect:/assessment/cycles/" + id;
    }

    @PostMapping("/assessment/cycles/{id}/ballot/results")
    @PreAuthorize("hasAuthority('assessment:manage')")
    String pullBallot(@PathVariable long id, RedirectAttributes redirect) {
        try {
            Flash.notice(redirect, "assessment.ballot.pulled.notice", commands.pullBallotResults(id));
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        }
        return "redirect:/assessment/cycles/" + id;
    }

    @PostMapping("/assessment/cycles/{id}/collecting")
    @PreAuthorize("hasAuthority('assessment:manage')")
    String startCollecting(@PathVariable long id, RedirectAttributes redirect) {
        return step(id, redirect, () -> commands.startCollecting(id), "/assessment/cycles/" + id);
    }

    @PostMapping("/assessment/cycles/{id}/calibration")
    @PreAuthorize("hasAuthority('assessment:decide')")
    String startCalibration(@PathVariable long id, RedirectAttributes redirect) {
        return step(id, redirect, () -> commands.startCalibration(id), "/assessment/cycles/" + id + "/calibration");
    }

    @PostMapping("/assessment/cycles/{id}/reopen")
    @PreAuthorize("hasAuthority('assessment:decide')")
    String reopen(@PathVariable long id, RedirectAttributes redirect) {
        return step(id, redirect, () -> commands.reopenScores(id), "/assessment/cycles/" + id);
    }

    private String step(long id, RedirectAttributes redirect, Runnable action, String next) {
        try {
            action.run();
            Flash.notice(redirect, "assessment.cycle.moved.notice");
            return "redirect:" + next;
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
            return "redirect:/assessment/cycles/" + id;
        }
    }
}
