package org.cadre.congress.internal.welfare;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.cadre.organization.OrganizationQueries;
import org.cadre.organization.UnitRef;
import org.cadre.people.PersonStatus;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.Flash;
import org.cadre.shared.PageRequest;
import org.cadre.shared.Text;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /congress/welfare: the year's items and budgets, applications (all within scope, or one's own), the export. */
@Controller
class WelfarePages {

    static final String READERS = WelfareCommands.READERS;

    private final WelfareCommands commands;
    private final WelfareViews views;
    private final WelfareRepository repository;
    private final OrganizationQueries organization;

    WelfarePages(WelfareCommands commands, WelfareViews views, WelfareRepository repository,
                 OrganizationQueries organization) {
        this.commands = commands;
        this.views = views;
        this.repository = repository;
        this.organization = organization;
    }

    @GetMapping("/congress/welfare")
    @PreAuthorize(READERS)
    String welfare(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long item,
                   @RequestParam(required = false) Welfare.ApplicationState state,
                   @RequestParam(required = false) Integer page, Model model) {
        int y = year == null ? views.today().getYear() : year;
        boolean manager = commands.manages();
        model.addAttribute("year", y);
        model.addAttribute("item", item);
        model.addAttribute("state", state);
        model.addAttribute("manager", manager);
        model.addAttribute("managesAll", commands.managesAll());
        if (commands.managesAll()) {
            model.addAttribute("openUnits", organization.openUnits(views.today()));
        }
        model.addAttribute("items", repository.items(y));
        model.addAttribute("kinds", Welfare.EventKind.values());
        model.addAttribute("states", Welfare.ApplicationState.values());
        model.addAttribute("statuses", PersonStatus.values());
        model.addAttribute("budget", manager ? views.budget(y) : List.of());
        model.addAttribute("page", views.applications(item, state, y, !manager, PageRequest.of(page, 25)));
        model.addAttribute("today", views.today());
        return "congress/welfare/welfare";
    }

    @PostMapping("/congress/welfare/items")
    @PreAuthorize("hasAuthority('welfare:manage')")
    String createItem(@RequestParam(required = false) Integer year, @RequestParam(required = false) String name,
                      @RequestParam(required = false) Welfare.EventKind eventKind,
                      @RequestParam(required = false) BigDecimal standardAmount,
                      @RequestParam(required = false) Integer minServiceYears,
                      @RequestParam(required = false) List<PersonStatus> eligibleStatuses,
                      @RequestParam(required = false) BigDecimal yearlyLimit, RedirectAttributes redirect) {
        return act(redirect, year, () -> commands.createItem(new WelfareCommands.ItemSpec(year, name, eventKind,
                standardAmount, minServiceYears, eligibleStatuses, yearlyLimit)), "welfare.item.created.notice");
    }

    @PostMapping("/congress/welfare/items/{id}/budget")
    @PreAuthorize("hasAuthority('welfare:manage')")
    String budget(@PathVariable long id, @RequestParam(required = false) String unitCode,
                  @RequestParam(required = false) BigDecimal amount, @RequestParam(required = false) Integer year,
                  RedirectAttributes redirect) {
        return act(redirect, year, () -> {
            long unit = organization.findUnitByCode(Text.blankToNull(unitCode) == null ? "" : unitCode.strip(),
                    views.today()).map(UnitRef::id).orElseThrow(() -> BusinessRuleException.onField("unitCode",
                    "proposal.unit.unknownCode", unitCode));
            commands.setBudget(id, unit, amount);
        }, "welfare.budget.set.notice");
    }

    @PostMapping("/congress/welfare/applications")
    @PreAuthorize(READERS)
    String apply(@RequestParam(required = false) Long itemId, @RequestParam(required = false) String employeeNo,
                 @RequestParam(required = false) LocalDate eventDate, @RequestParam(required = false) BigDecimal amount,
                 @RequestParam(required = false) String reason, @RequestParam(required = false) Integer year,
                 RedirectAttributes redirect) {
        return act(redirect, year, () -> {
            if (itemId == null) {
                throw BusinessRuleException.onField("itemId", "welfare.item.unknown");
            }
            commands.apply(itemId, employeeNo, eventDate, amount, reason);
        }, "welfare.applied.notice");
    }

    @PostMapping("/congress/welfare/applications/{id}/decision")
    @PreAuthorize("hasAuthority('welfare:manage')")
    String decide(@PathVariable long id, @RequestParam boolean approve, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) Integer year, RedirectAttributes redirect) {
        return act(redirect, year, () -> commands.decide(id, approve, reason),
                approve ? "welfare.approved.notice" : "welfare.rejected.notice");
    }

    @PostMapping("/congress/welfare/applications/{id}/payment")
    @PreAuthorize("hasAuthority('welfare:manage')")
    String pay(@PathVariable long id, @RequestParam(required = false) BigDecimal amount,
               @RequestParam(required = false) LocalDate paidOn, @RequestParam(required = false) String reference,
               @RequestParam(required = false) Integer year, RedirectAttributes redirect) {
        return act(redirect, year, () -> commands.pay(id, amount, paidOn, reference), "welfare.paid.notice");
    }

    @GetMapping("/congress/welfare/export.xlsx")
    @PreAuthorize("hasAuthority('welfare:manage')")
    void export(@RequestParam(required = false) Integer year, Locale locale, HttpServletResponse response)
            throws IOException {
        int y = year == null ? views.today().getYear() : year;
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition",
                ContentDisposition.attachment().filename("welfare-" + y + ".xlsx").build().toString());
        views.export(y, locale, response.getOutputStream());
    }

    private String act(RedirectAttributes redirect, Integer year, Runnable action, String notice) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        }
        return "redirect:/congress/welfare" + (year == null ? "" : "?year=" + year);
    }
}
