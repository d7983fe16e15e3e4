package org.cadre.cadres.internal.alerts;

import java.time.LocalDate;

import org.cadre.identity.DataScope;
import org.cadre.identity.Permissions;
import org.cadre.shared.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /cadres/work: the work queue, grouped by kind, filtered by kind and unit; "send now" for managers. */
@Controller
class WorkPages {

    static final String READERS = "hasAnyAuthority('cadre:read', 'cadre:manage')";

    private final WorkQueue queue;
    private final WorkNotifier notifier;
    private final AlertAccess access;

    WorkPages(WorkQueue queue, WorkNotifier notifier, AlertAccess access) {
        this.queue = queue;
        this.notifier = notifier;
        this.access = access;
    }

    @GetMapping("/cadres/work")
    @PreAuthorize(READERS)
    String work(@RequestParam(required = false) String kind, @RequestParam(required = false) Long unit,
                @RequestParam(required = false) Integer page, Model model) {
        LocalDate today = access.today();
        DataScope scope = access.readScope();
        model.addAttribute("queue", queue.queue(today, access.narrowed(scope, unit, today), kind,
                new PageRequest(page == null ? 0 : page, 50)));
        model.addAttribute("kind", kind == null || kind.isBlank() ? null : kind);
        model.addAttribute("unit", unit);
        model.addAttribute("units", access.units(scope, today));
        model.addAttribute("today", today);
        model.addAttribute("canNotify", access.canCompanyWide(Permissions.CADRE_MANAGE));
        return "cadres/alerts/work";
    }

    @PostMapping("/cadres/work/notify")
    @PreAuthorize("hasAuthority('cadre:manage')")
    String notifyNow(RedirectAttributes redirect) {
        redirect.addFlashAttribute("sent", notifier.sendNow());
        return "redirect:/cadres/work";
    }
}
