package org.cadre.cadres.internal.selection;

import java.time.Clock;
import java.time.LocalDate;

import org.cadre.identity.AccessControl;
import org.cadre.identity.AuditLog;
import org.cadre.identity.Permissions;
import org.cadre.shared.Text;
import org.cadre.shared.WorkingDays;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The holiday calendar that public notices are counted on: public holidays and make-up working days (调休) by year,
 * kept by the organization department when the State Council publishes the next year's arrangement. Every
 * selection's notice counts on it, so changing it needs selection:manage for the whole company; a manager of one
 * unit reads it.
 */
@Controller
@PreAuthorize("hasAuthority('selection:manage')")
class HolidayCalendarPages {

    private final WorkingDays workingDays;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;
    private final AccessControl access;

    HolidayCalendarPages(WorkingDays workingDays, AuditLog audit, MessageSource messages, Clock clock,
                         AccessControl access) {
        this.access = access;
        this.workingDays = workingDays;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/cadres/selections/calendar")
    String calendar(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("year", shown);
        model.addAttribute("days", workingDays.year(shown));
        model.addAttribute("canEdit", companyWide());
        return "cadres/selection/calendar";
    }

    @PostMapping("/cadres/selections/calendar")
    @Transactional
    public String put(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                      @RequestParam(defaultValue = "false") boolean working, @RequestParam(required = false) String name,
                      RedirectAttributes redirect) {
        requireCompanyWide();
        String label = Text.blankToNull(name);
        if (day == null || label == null || label.length() > 60) {
            flash(redirect, "failure", "selection.calendar.invalid");
            return "redirect:/cadres/selections/calendar" + (day == null ? "" : "?year=" + day.getYear());
        }
        WorkingDays.Holiday before = workingDays.find(day).orElse(null);
        WorkingDays.Holiday after = new WorkingDays.Holiday(day, working, label);
        workingDays.put(after);
        audit.record("holiday.saved", "holiday", day, day + " " + label + (working ? " (working)" : ""), before, after);
        flash(redirect, "notice", "selection.saved.notice");
        return "redirect:/cadres/selections/calendar?year=" + day.getYear();
    }

    @PostMapping("/cadres/selections/calendar/{day}/delete")
    @Transactional
    public String remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                         RedirectAttributes redirect) {
        requireCompanyWide();
        WorkingDays.Holiday before = workingDays.find(day).orElse(null);
        if (before != null) {
            workingDays.remove(day);
            audit.record("holiday.removed", "holiday", day, day + " " + before.name(), before, null);
        }
        flash(redirect, "notice", "selection.calendar.removed.notice");
        return "redirect:/cadres/selections/calendar?year=" + day.getYear();
    }

    private boolean companyWide() {
        return access.scopeFor(Permissions.SELECTION_MANAGE).all();
    }

    private void requireCompanyWide() {
        if (!companyWide()) {
            throw new AccessDeniedException("selection:manage for the whole company");
        }
    }

    private void flash(RedirectAttributes redirect, String kind, String key) {
        redirect.addFlashAttribute(kind, messages.getMessage(key, null, key, LocaleContextHolder.getLocale()));
    }
}
