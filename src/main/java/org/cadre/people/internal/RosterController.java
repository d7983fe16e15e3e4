package org.cadre.people.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.cadre.identity.AccessControl;
import org.cadre.identity.DataScope;
import org.cadre.identity.Permissions;
import org.cadre.organization.PostLevel;
import org.cadre.people.EducationLevel;
import org.cadre.people.Gender;
import org.cadre.people.PersonStatus;
import org.cadre.people.PoliticalAffiliation;
import org.cadre.people.RosterFilter;
import org.cadre.people.RosterQuery;
import org.cadre.people.RosterSort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

/** The roster page: filters in the URL, the table refreshed by htmx, and its Excel export. */
@Controller
@RequestMapping("/people")
class RosterController {

    private final RosterQuery roster;
    private final RosterExport export;
    private final UnitChoices units;
    private final AccessControl access;
    private final PersonAccess people;

    RosterController(RosterQuery roster, RosterExport export, UnitChoices units, AccessControl access,
                     PersonAccess people) {
        this.roster = roster;
        this.export = export;
        this.units = units;
        this.access = access;
        this.people = people;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('people:read')")
    String roster(@Valid @ModelAttribute("params") RosterParams params, Model model,
                  @RequestHeader(name = "HX-Request", required = false) String htmx,
                  @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore) {
        DataScope scope = access.requireScope(Permissions.PEOPLE_READ);
        RosterFilter filter = params.toFilter(people.today());
        model.addAttribute("filter", filter);
        model.addAttribute("roster", roster.page(filter, scope, params.pageRequest()));
        if (htmx != null && restore == null) {
            return "people/partials/roster :: table";
        }
        model.addAttribute("units", units.within(scope, filter.asOf()));
        model.addAttribute("postLevels", PostLevel.values());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("educations", EducationLevel.values());
        model.addAttribute("affiliations", PoliticalAffiliation.values());
        model.addAttribute("statuses", PersonStatus.values());
        model.addAttribute("sorts", Arrays.stream(RosterSort.values()).toList());
        return "people/roster";
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize("hasAuthority('people:export')")
    void export(@Valid @ModelAttribute RosterParams params, Locale locale, HttpServletResponse response)
            throws IOException {
        DataScope scope = access.requireScope(Permissions.PEOPLE_EXPORT);
        RosterFilter filter = params.toFilter(people.today());
        export.write(filter, scope, locale, response, params.filterUrl("/people"));
    }

    static String fileName(LocalDate asOf) {
        return "roster-" + asOf + ".xlsx";
    }
}
