package org.cadre.cadres.internal.alerts;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.cadre.identity.AccessControl;
import org.cadre.identity.DataScope;
import org.cadre.identity.Permissions;
import org.cadre.shared.BusinessRuleException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** /cadres/structure: the cadre team on a date in a unit subtree, as charts and tables, and as an Excel workbook. */
@Controller
class StructurePages {

    private final StructureQueries queries;
    private final StructureReport report;
    private final AccessControl access;
    private final AlertAccess alerts;
    private final JsonMapper json;

    StructurePages(StructureQueries queries, StructureReport report, AccessControl access, AlertAccess alerts,
                   JsonMapper json) {
        this.queries = queries;
        this.report = report;
        this.access = access;
        this.alerts = alerts;
        this.json = json;
    }

    @GetMapping("/cadres/structure")
    @PreAuthorize("hasAuthority('cadre:read')")
    String structure(@RequestParam(required = false) String date, @RequestParam(required = false) Long unit,
                     Locale locale, Model model) {
        LocalDate asOf;
        try {
            asOf = asOf(date, alerts.today());
        } catch (BusinessRuleException e) {
            model.addAttribute("dateError", e.messageKey());
            model.addAttribute("dateArgs", e.arguments());
            asOf = alerts.today();
        }
        DataScope scope = access.requireScope(Permissions.CADRE_READ);
        Structure structure = queries.structure(asOf, scope, unit);
        model.addAttribute("structure", structure);
        model.addAttribute("rows", report.rows(structure, locale));
        model.addAttribute("charts", json.writeValueAsString(report.charts(structure, locale)));
        model.addAttribute("units", alerts.units(scope, alerts.today()));
        return "cadres/alerts/structure";
    }

    /** The date typed (yyyy-MM-dd), today when blank; refused with its own message when it is no date. */
    static LocalDate asOf(String date, LocalDate today) {
        if (date == null || date.isBlank()) {
            return today;
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw BusinessRuleException.onField("date", "cadres.structure.date.invalid", date.strip());
        }
    }

    @GetMapping("/cadres/structure.xlsx")
    @PreAuthorize("hasAuthority('cadre:read')")
    void xlsx(@RequestParam(required = false) String date, @RequestParam(required = false) Long unit, Locale locale,
              HttpServletResponse response) throws IOException {
        LocalDate asOf = asOf(date, alerts.today());
        Structure structure = queries.structure(asOf, access.requireScope(Permissions.CADRE_READ), unit);
        response.setContentType(StructureReport.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("cadre-structure-" + asOf + ".xlsx").build().toString());
        report.xlsx(structure, locale, response.getOutputStream());
    }
}
