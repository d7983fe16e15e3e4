package org.cadre.identity.internal;

import org.cadre.identity.AuditTrail;
import org.cadre.shared.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The auditors' search of the audit log. It only reads: entries are never changed or deleted. */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasAuthority('audit:read')")
class AuditController {

    private final AuditTrail trail;
    private final AuditJson json;

    AuditController(AuditTrail trail, AuditJson json) {
        this.trail = trail;
        this.json = json;
    }

    @GetMapping
    public String search(@ModelAttribute("search") AuditTrail.Search search,
                         @RequestParam(defaultValue = "0") int page,
                         @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("entries", trail.search(search, new PageRequest(page, 50)).map(json::readable));
        return htmx != null ? "identity/partials/audit-results :: results" : "identity/audit";
    }
}
