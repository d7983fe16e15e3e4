package org.cadre.notifications.internal;

import java.util.Locale;

import org.cadre.shared.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /notifications: the signed-in user's notifications, paged; opening one marks it read. */
@Controller
class NotificationPages {

    private final Inbox inbox;

    NotificationPages(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/notifications")
    @PreAuthorize("isAuthenticated()")
    String list(@RequestParam(required = false) Integer page, @RequestParam(defaultValue = "false") boolean unread,
                Locale locale, Model model) {
        model.addAttribute("page", inbox.page(unread, PageRequest.of(page, 20), locale));
        model.addAttribute("unread", unread);
        return "notifications/list";
    }

    /** Marks it read and follows its link (or back to the list when it has none). */
    @PostMapping("/notifications/{id}/read")
    @PreAuthorize("isAuthenticated()")
    String read(@PathVariable long id) {
        String url = inbox.markRead(id);
        return "redirect:" + (url == null || !url.startsWith("/") || url.startsWith("//") ? "/notifications" : url);
    }

    @PostMapping("/notifications/read-all")
    @PreAuthorize("isAuthenticated()")
    String readAll(RedirectAttributes redirect) {
        redirect.addFlashAttribute("markedRead", inbox.markAllRead());
        return "redirect:/notifications";
    }
}
