package org.cadre.organization.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.cadre.identity.Permissions;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The org chart on a day and the page of one unit. Anyone with org:read sees the whole chart. */
@Controller
@RequestMapping("/org/units")
class UnitPages {

    private final UnitReader reader;
    private final UnitRepository units;
    private final Scopes scopes;
    private final Clock clock;

    UnitPages(UnitReader reader, UnitRepository units, Scopes scopes, Clock clock) {
        this.reader = reader;
        this.units = units;
        this.scopes = scopes;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('org:read')")
    String tree(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        LocalDate day = asOf != null ? asOf : today();
        model.addAttribute("asOf", day);
        model.addAttribute("today", today());
        model.addAttribute("roots", reader.tree(day));
        return htmx != null ? "organization/partials/tree :: tree" : "organization/units";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('org:read')")
    String unit(@PathVariable long id,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        LocalDate day = asOf != null ? asOf : today();
        UnitReader.UnitDetails details = reader.details(id, day);
        model.addAttribute("asOf", day);
        model.addAttribute("today", today());
        model.addAttribute("d", details);
        boolean current = details.unit().isCurrent();
        model.addAttribute("canManageUnit", current && scopes.allows(Permissions.ORG_MANAGE, id, today()));
        model.addAttribute("canManagePosts", current && scopes.allows(Permissions.POST_MANAGE, id, today()));
        model.addAttribute("canAssign", current && scopes.allows(Permissions.ASSIGNMENT_MANAGE, id, today()));
        return htmx != null ? "organization/partials/unit-body :: unitBody" : "organization/unit";
    }

    /** {@code <option>}s of open units for the unit pickers of the forms (a datalist filled as one types). */
    @GetMapping("/options")
    @PreAuthorize("hasAuthority('org:read')")
    String options(@RequestParam Map<String, String> params, Model model) {
        // the picker sends its own field (parentCode, intoCode, unitCode…), whichever form it is in
        String text = params.values().stream().filter(v -> v != null && !v.isBlank()).findFirst().orElse("");
        model.addAttribute("options", units.search(text, today(), 20));
        return "organization/partials/options :: units";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
