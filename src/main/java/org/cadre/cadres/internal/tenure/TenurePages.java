package org.cadre.cadres.internal.tenure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.Flash;
import org.cadre.shared.FormErrors;
import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.cadre.shared.Text;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Terms of office (/cadres/terms), contracts and their results (/cadres/contracts), the exit recommendations and the
 * exit rule, and a person's tenure page linked from the profile.
 */
@Controller
class TenurePages {

    static final String READERS = "hasAnyAuthority('cadre:read', 'cadre:manage')";
    static final int PAGE_SIZE = 25;

    private final TenureCommands commands;
    private final TenureQueries queries;
    private final TenureAccess access;

    TenurePages(TenureCommands commands, TenureQueries queries, TenureAccess access) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
    }

    // --- terms

    @GetMapping("/cadres/terms")
    @PreAuthorize(READERS)
    String terms(@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean ending,
                 @RequestParam(defaultValue = "true") boolean open, @RequestParam(required = false) Integer page,
                 Model model) {
        LocalDate endingBy = ending ? access.today().plusDays(TenureSchedule.LOOK_AHEAD_DAYS) : null;
        var found = queries.terms(new TermRepository.Filter(endingBy, open, q, null), PageRequest.of(page, PAGE_SIZE));
        model.addAttribute("page", found);
        model.addAttribute("q", q);
        model.addAttribute("ending", ending);
        model.addAttribute("open", open);
        model.addAttribute("today", access.today());
        model.addAttribute("soon", access.today().plusDays(TenureSchedule.LOOK_AHEAD_DAYS));
        model.addAttribute("unitNames", queries.unitNames(found.items().stream().map(Term::unitId).distinct().toList()));
        model.addAttribute("canManage", access.canManage());
        return "cadres/tenure/terms";
    }

    @GetMapping("/cadres/terms/new")
    @PreAuthorize("hasAuthority('cadre:manage')")
    String newTerm(Model model) {
        TenureForms.TermForm form = new TenureForms.TermForm();
        form.setStartDate(access.today());
        model.addAttribute("form", form);
        return termForm(model);
    }

    @PostMapping("/cadres/terms")
    @PreAuthorize("hasAuthority('cadre:manage')")
    String createTerm(@ModelAttribute("form") TenureForms.TermForm form, BindingResult result, Model model,
                      RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = commands.startTerm(form.toSpec());
                Flash.notice(redirect, "cadres.term.started.notice");
                return "redirect:/cadres/terms/" + id;
            } catch (BusinessRuleException e) {
                FormErrors.reject(result, e);
            }
        }
        return termForm(model);
    }

    private String termForm(Model model) {
        Map<Long, String> units = new LinkedHashMap<>();
        queries.posts().forEach(p -> units.putIfAbsent(p.unitId(), p.unitName()));
        model.addAttribute("units", units);
        model.addAttribute("kinds", Term.Kind.values());
        return "cadres/tenure/term-form";
    }

    @GetMapping("/cadres/terms/{id}")
    @PreAuthorize(READERS)
    String term(@PathVariable long id, Model model) {
        Term term = queries.term(id);
        model.addAttribute("term", term);
        model.addAttribute("unitName", queries.unitNames(List.of(term.unitId())).get(term.unitId()));
        model.addAttribute("canManage", access.canManage(term.unitId()));
        model.addAttribute("today", access.today());
        return "cadres/tenure/term";
    }

    @PostMapping("/cadres/terms/{id}/end")
    @PreAuthorize("hasAuthority('cadre:manage')")
    String endTerm(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
                   @RequestParam(required = false) String endReason, RedirectAttributes redirect) {
        try {
            commands.endTerm(id, endDate, endReason);
            Flash.notice(redirect, "cadres.term.ended.notice");
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        }
        return "redirect:/cadres/terms/" + id;
    }

    // --- contracts

    /** Exit recommendations awaiting a decision shown above the contracts, a page at a time. */
    static final int PENDING_PAGE_SIZE = 20;

    @GetMapping("/cadres/contracts")
    @PreAuthorize(READERS)
    String contracts(@RequestParam(required = false) Integer year, @RequestParam(required = false) ContractKind kind,
                     @RequestParam(required = false) String q, @RequestParam(required = false) Boolean scored,
                     @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer pendingPage,
                     Model model, Locale locale) {
        int y = year == null ? access.today().getYear() : year;
        var found = queries.contracts(new ContractRepository.Filter(y, kind, q, scored, null), PageRequest.of(page, PAGE_SIZE));
        model.addAttribute("page", found);
        model.addAttribute("year", y);
        model.addAttribute("kind", kind);
        model.addAttribute("q", q);
        model.addAttribute("scored", scored);
        model.addAttribute("kinds", ContractKind.values());
        Page<ContractRepository.Recommendation> pending = queries.pendingRecommendations(
                PageRequest.of(pendingPage, PENDING_PAGE_SIZE));
        model.addAttribute("pending", pending);
        Map<Long, String> basis = new HashMap<>();
        pending.items().forEach(r -> basis.put(r.id(), queries.basis(r.basis(), locale)));
        found.items().forEach(l -> Optional.ofNullable(l.recommendation())
                .ifPresent(r -> basis.put(r.id(), queries.basis(r.basis(), locale))));
        model.addAttribute("basis", basis);
        model.addAttribute("rule", queries.exitRule());
        model.addAttribute("canManage", access.canManage());
        model.addAttribute("canSetRule", access.canManage() && access.manageReach().all());
        return "cadres/tenure/contracts";
    }

    @GetMapping("/cadres/contracts/new")
    @PreAuthorize("hasAuthority('cadre:manage')")
    String newContract(@RequestParam(required = false) String employeeNo, Model model) {
        TenureForms.ContractForm form = TenureForms.ContractForm.blank(access.today().getYear());
        form.setEmployeeNo(employeeNo);
        form.setSignedOn(access.today());
        model.addAttribute("form", form);
        return contractForm(model);
    }

    @PostMapping("/cadres/contracts")
    @PreAuthorize("hasAuthority('cadre:manage')")
    String createContract(@ModelAttribute("form") TenureForms.ContractForm form, BindingResult result, Model model,
                          RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = commands.createContract(form.toSpec());
                Flash.notice(redirect, "cadres.contract.created.notice");
                return "redirect:/cadres/contracts/" + id;
            } catch (BusinessRuleException e) {
                FormErrors.reject(result, e);
            }
        }
        form.fill();
        return contractForm(model);
    }

    private String contractForm(Model model) {
        model.addAttribute("kinds", ContractKind.values());
        model.addAttribute("rules", ScoringRule.values());
        return "cadres/tenure/contract-form";
    }

    @GetMapping("/cadres/contracts/{id}")
    @PreAuthorize(READERS)
    String contract(@PathVariable long id, Model model, Locale locale) {
        TenureQueries.ContractLine line = queries.contract(id);
        model.addAttribute("line", line);
        model.addAttribute("c", line.contract());
        model.addAttribute("basis", line.recommendation() == null ? null
                : queries.basis(line.recommendation().basis(), locale));
        model.addAttribute("canManage", access.canManage(line.contract().unitId()));
        model.addAttribute("today", access.today());
        return "cadres/tenure/contract";
    }

    /** Results come as {@code actual_<indicatorId>} fields. */
    @PostMapping("/cadres/contracts/{id}/results")
    @PreAuthorize("hasAuthority('cadre:manage')")
    String results(@PathVariable long id, @RequestParam Map<String, String> fields, RedirectAttributes redirect) {
        try {
            Map<Long, BigDecimal> actuals = new HashMap<>();
            for (var e : fields.entrySet()) {
                if (e.getKey().startsWith("actual_")) {
                    try {
                        // a field emptied on the form clears that result
                        actuals.put(Long.parseLong(e.getKey().substring(7)), Text.blankToNull(e.getValue()) == null
                                ? null : new BigDecimal(e.getValue().strip()));
                    } catch (NumberFormatException ex) {
                        throw BusinessRuleException.onField(e.getKey(), "cadres.contract.actualNumber", e.getValue());
                    }
                }
            }
            var recommendation = commands.enterResults(id, actuals);
            Flash.notice(redirect, recommendation.isPresent() ? "cadres.contract.results.exit" : "cadres.contract.results.notice");
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        }
        return "redirect:/cadres/contracts/" + id;
    }

    @PostMapping("/cadres/exit/{id}/decide")
    @PreAuthorize("hasAuthority('cadre:manage')")
    String decide(@PathVariable long id, @RequestParam boolean accept, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveDate,
                  @RequestParam(required = false) String documentNo, @RequestParam(required = false) String issuingBody,
                  @RequestParam(required = false) Long contractId, RedirectAttributes redirect) {
        try {
            commands.decide(id, accept, reason, effectiveDate, documentNo, issuingBody);
            Flash.notice(redirect, accept ? "cadres.exit.accepted.notice" : "cadres.exit.rejected.notice");
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        }
        return contractId == null ? "redirect:/cadres/contracts" : "redirect:/cadres/contracts/" + contractId;
    }

    @PostMapping("/cadres/exit-rule")
    @PreAuthorize("hasAuthority('cadre:manage')")
    String exitRule(@RequestParam(required = false) BigDecimal scoreBelow,
                    @RequestParam(defaultValue = "false") boolean basicallyCompetent,
                    @RequestParam(defaultValue = "false") boolean incompetent, RedirectAttributes redirect) {
        try {
            commands.updateExitRule(new ExitRule(scoreBelow, basicallyCompetent, incompetent));
            Flash.notice(redirect, "cadres.exit.rule.saved");
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        }
        return "redirect:/cadres/contracts";
    }

    // --- the person

    @GetMapping("/cadres/people/{personId}/tenure")
    @PreAuthorize(READERS)
    String person(@PathVariable long personId, Model model, Locale locale) {
        TenureQueries.PersonTenure person = queries.person(personId);
        model.addAttribute("person", person);
        java.util.Set<Long> units = new java.util.HashSet<>();
        person.terms().forEach(t -> units.add(t.unitId()));
        person.events().forEach(e -> units.add(e.unitId()));
        model.addAttribute("unitNames", queries.unitNames(units));
        Map<Long, String> basis = new HashMap<>();
        person.contracts().forEach(l -> Optional.ofNullable(l.recommendation())
                .ifPresent(r -> basis.put(r.id(), queries.basis(r.basis(), locale))));
        model.addAttribute("basis", basis);
        return "cadres/tenure/person";
    }

}
