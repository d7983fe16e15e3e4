package org.cadre.cadres.internal.reserve;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.cadre.organization.PostLevel;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.Flash;
import org.cadre.shared.FormErrors;
import org.cadre.shared.PageRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pool page, the nomination form, an entry's page with its plan, reviews and history, the succession view. */
@Controller
class ReservePages {

    static final String READERS = "hasAnyAuthority('cadre:read', 'cadre:manage')";
    static final String MANAGERS = "hasAuthority('cadre:manage')";
    static final int PAGE_SIZE = 25;
    static final List<PostLevel> TARGET_LEVELS = List.of(PostLevel.COMPANY_LEADER, PostLevel.MID_PRINCIPAL,
            PostLevel.MID_DEPUTY, PostLevel.SENIOR_MANAGER, PostLevel.CHIEF_ENGINEER, PostLevel.DEPUTY_CHIEF_ENGINEER);

    private final ReserveQueries queries;
    private final ReserveCommands commands;
    private final ReserveAccess access;
    private final SuccessionExport export;

    ReservePages(ReserveQueries queries, ReserveCommands commands, ReserveAccess access, SuccessionExport export) {
        this.queries = queries;
        this.commands = commands;
        this.access = access;
        this.export = export;
    }

    @GetMapping("/cadres/reserve")
    @PreAuthorize(READERS)
    String pool(@RequestParam(required = false) PostLevel level, @RequestParam(required = false) Readiness readiness,
                @RequestParam(required = false) ReserveState state, @RequestParam(required = false) Long unit,
                @RequestParam(required = false) String name, @RequestParam(required = false) Integer page,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        ReserveQueries.PoolFilter filter = new ReserveQueries.PoolFilter(level, readiness, state, unit, name);
        var entries = queries.pool(filter, PageRequest.of(page, PAGE_SIZE));
        model.addAttribute("filter", filter);
        model.addAttribute("page", entries);
        model.addAttribute("unitNames", queries.unitNames(entries.items()));
        model.addAttribute("counts", queries.counts(filter));
        model.addAttribute("today", access.today());
        if (htmx != null) {
            return "cadres/reserve/partials/entries :: entries";
        }
        model.addAttribute("levels", TARGET_LEVELS);
        model.addAttribute("readinesses", Readiness.values());
        model.addAttribute("states", ReserveState.values());
        model.addAttribute("units", queries.units());
        model.addAttribute("canManage", access.canManage());
        return "cadres/reserve/pool";
    }

    @GetMapping("/cadres/reserve/new")
    @PreAuthorize(MANAGERS)
    String newNomination(@RequestParam(required = false) String employeeNo, Model model) {
        NominationForm form = new NominationForm();
        form.setEmployeeNo(employeeNo);
        form.setNominatedOn(access.today());
        model.addAttribute("form", form);
        return nominationView(model);
    }

    @PostMapping("/cadres/reserve")
    @PreAuthorize(MANAGERS)
    String nominate(@ModelAttribute("form") NominationForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = commands.nominate(form.toNomination());
                Flash.notice(redirect, "cadres.reserve.nominated.notice");
                return "redirect:/cadres/reserve/" + id;
            } catch (BusinessRuleException e) {
                FormErrors.reject(result, e);
            }
        }
        return nominationView(model);
    }

    private String nominationView(Model model) {
        model.addAttribute("levels", TARGET_LEVELS);
        model.addAttribute("sources", NominationSource.values());
        model.addAttribute("readinesses", Readiness.values());
        model.addAttribute("posts", queries.targetPosts());
        return "cadres/reserve/nominate";
    }

    @GetMapping("/cadres/reserve/{id}")
    @PreAuthorize(READERS)
    String entry(@PathVariable long id, Model model) {
        ReserveQueries.EntryDetail detail = queries.detail(id);
        model.addAttribute("d", detail);
        model.addAttribute("e", detail.entry());
        model.addAttribute("today", access.today());
        model.addAttribute("canManage", access.canManage(detail.entry()) && detail.entry().state().active());
        model.addAttribute("planKinds", PlanItem.Kind.values());
        model.addAttribute("readinesses", Readiness.values());
        model.addAttribute("nextStates", detail.entry().state().next());
        return "cadres/reserve/entry";
    }

    @GetMapping("/cadres/reserve/people/{personId}")
    @PreAuthorize(READERS)
    String ofPerson(@PathVariable long personId) {
        List<ReserveEntry> entries = queries.ofPerson(personId);
        if (entries.size() == 1) {
            return "redirect:/cadres/reserve/" + entries.get(0).id();
        }
        return entries.isEmpty() ? "redirect:/cadres/reserve"
                : "redirect:/cadres/reserve?name=" + entries.get(0).employeeNo();
    }

    @PostMapping("/cadres/reserve/{id}/plan")
    @PreAuthorize(MANAGERS)
    String addPlanItem(@PathVariable long id, @RequestParam(required = false) PlanItem.Kind kind,
                       @RequestParam(required = false) String description,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
                       @RequestParam(required = false) String mentorEmployeeNo, RedirectAttributes redirect) {
        return change(id, redirect, "cadres.reserve.plan.added.notice", () -> commands.addPlanItem(id,
                new ReserveCommands.PlanSpec(kind, description, startsOn, endsOn, mentorEmployeeNo)));
    }

    @PostMapping("/cadres/reserve/{id}/plan/{itemId}/done")
    @PreAuthorize(MANAGERS)
    String completePlanItem(@PathVariable long id, @PathVariable long itemId, RedirectAttributes redirect) {
        return change(id, redirect, "cadres.reserve.plan.done.notice", () -> commands.completePlanItem(id, itemId));
    }

    @PostMapping("/cadres/reserve/{id}/reviews")
    @PreAuthorize(MANAGERS)
    String review(@PathVariable long id,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewedOn,
                  @RequestParam(required = false) String reviewer, @RequestParam(required = false) String conclusion,
                  @RequestParam(required = false) Readiness readiness,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate nextReviewDue,
                  RedirectAttributes redirect) {
        return change(id, redirect, "cadres.reserve.review.added.notice", () -> commands.review(id,
                new ReserveCommands.ReviewSpec(reviewedOn, reviewer, conclusion, readiness, nextReviewDue)));
    }

    @PostMapping("/cadres/reserve/{id}/state")
    @PreAuthorize(MANAGERS)
    String transition(@PathVariable long id, @RequestParam(required = false) ReserveState state,
                      @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return change(id, redirect, "cadres.reserve.moved.notice", () -> commands.transition(id, state, reason));
    }

    private String change(long id, RedirectAttributes redirect, String notice, Runnable command) {
        try {
            command.run();
            Flash.notice(redirect, notice);
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        } catch (OptimisticLockingFailureException e) {
            Flash.failure(redirect, new BusinessRuleException("error.conflict"));
        }
        return "redirect:/cadres/reserve/" + id;
    }

    @GetMapping("/cadres/reserve/succession")
    @PreAuthorize(READERS)
    String succession(@RequestParam(required = false) boolean deputies, @RequestParam(required = false) boolean lacking,
                      @RequestParam(required = false) Long unit, @RequestParam(required = false) Integer page,
                      @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        ReserveQueries.SuccessionFilter filter = new ReserveQueries.SuccessionFilter(deputies, lacking, unit);
        ReserveQueries.SuccessionPage found = queries.succession(filter, PageRequest.of(page, PAGE_SIZE));
        model.addAttribute("filter", filter);
        model.addAttribute("page", found.rows());
        model.addAttribute("rows", found.rows().items());
        model.addAttribute("keyPosts", found.keyPosts());
        model.addAttribute("lackingCount", found.lacking());
        model.addAttribute("today", access.today());
        if (htmx != null) {
            return "cadres/reserve/partials/succession :: succession";
        }
        model.addAttribute("units", queries.units());
        return "cadres/reserve/succession";
    }

    @GetMapping("/cadres/reserve/succession.xlsx")
    @PreAuthorize(READERS)
    void successionExcel(@RequestParam(required = false) boolean deputies,
                         @RequestParam(required = false) boolean lacking, @RequestParam(required = false) Long unit,
                         Locale locale, HttpServletResponse response) throws IOException {
        List<Succession.Row> rows = queries.successionRows(new ReserveQueries.SuccessionFilter(deputies, lacking, unit));
        response.setContentType(SuccessionExport.XLSX);
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename("succession-" + access.today() + ".xlsx").build().toString());
        export.write(rows, locale, response.getOutputStream());
    }
}
