package org.cadre.cadres.internal.tenure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.Flash;
import org.cadre.shared.FormErrors;
import org.cadre.shared.PageRequest;
import org.springframework.context.MessageSource;
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

/** The rise-and-fall ledger (/cadres/deployments): the year's counts, the events, recording and revoking, Excel. */
@Controller
class DeploymentPages {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final DeploymentCommands commands;
    private final TenureQueries queries;
    private final TenureAccess access;
    private final MessageSource messages;

    DeploymentPages(DeploymentCommands commands, TenureQueries queries, TenureAccess access, MessageSource messages) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/cadres/deployments")
    @PreAuthorize(TenurePages.READERS)
    String ledger(@RequestParam(required = false) Integer year, @RequestParam(required = false) DeploymentKind kind,
                  @RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
                  @RequestParam(defaultValue = "false") boolean revoked, @RequestParam(required = false) Integer page,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        int y = year == null ? access.today().getYear() : year;
        var filter = new DeploymentRepository.Filter(y, kind, q, queries.subtree(unitId), revoked);
        var found = queries.events(filter, PageRequest.of(page, TenurePages.PAGE_SIZE));
        model.addAttribute("page", found);
        model.addAttribute("year", y);
        model.addAttribute("kind", kind);
        model.addAttribute("q", q);
        model.addAttribute("unitId", unitId);
        model.addAttribute("revoked", revoked);
        model.addAttribute("kinds", DeploymentKind.values());
        model.addAttribute("unitNames", queries.unitNames(found.items().stream().map(DeploymentEvent::unitId).distinct().toList()));
        model.addAttribute("canManage", access.canManage());
        if (htmx != null) {
            return "cadres/deployment/ledger :: events";
        }
        model.addAttribute("ledger", queries.ledger(y));
        model.addAttribute("years", List.of(y - 2, y - 1, y, y + 1).stream().filter(v -> v <= access.today().getYear()).toList());
        model.addAttribute("directions", DeploymentKind.Direction.values());
        return "cadres/deployment/ledger";
    }

    @GetMapping("/cadres/deployments/new")
    @PreAuthorize("hasAuthority('cadre:manage')")
    String newEvent(@RequestParam(required = false) String employeeNo, Model model) {
        TenureForms.EventForm form = new TenureForms.EventForm();
        form.setEmployeeNo(employeeNo);
        form.setEffectiveDate(access.today());
        model.addAttribute("form", form);
        return eventForm(model);
    }

    @PostMapping("/cadres/deployments")
    @PreAuthorize("hasAuthority('cadre:manage')")
    String record(@ModelAttribute("form") TenureForms.EventForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                commands.record(form.toSpec());
                Flash.notice(redirect, "cadres.deployment.recorded.notice");
                return "redirect:/cadres/deployments?year=" + form.getEffectiveDate().getYear();
            } catch (BusinessRuleException e) {
                FormErrors.reject(result, e);
            }
        }
        return eventForm(model);
    }

    private String eventForm(Model model) {
        model.addAttribute("kinds", DeploymentKind.values());
        model.addAttribute("posts", queries.posts());
        return "cadres/deployment/event-form";
    }

    @GetMapping("/cadres/deployments/{id}")
    @PreAuthorize(TenurePages.READERS)
    String event(@PathVariable long id, Model model) {
        DeploymentEvent event = queries.event(id);
        model.addAttribute("e", event);
        model.addAttribute("unitName", queries.unitNames(List.of(event.unitId())).get(event.unitId()));
        boolean canManage = access.canManage(event.unitId());
        model.addAttribute("canManage", canManage);
        if (canManage && !event.revoked()) {
            model.addAttribute("undo", commands.undoPlan(id));
        }
        return "cadres/deployment/event";
    }

    @PostMapping("/cadres/deployments/{id}/revoke")
    @PreAuthorize("hasAuthority('cadre:manage')")
    String revoke(@PathVariable long id, @RequestParam(required = false) String revokeReason,
                  @RequestParam(defaultValue = "false") boolean undo, RedirectAttributes redirect) {
        try {
            boolean undone = commands.revoke(id, revokeReason, undo);
            Flash.notice(redirect, undone ? "cadres.deployment.revokedUndone.notice" : "cadres.deployment.revoked.notice");
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        }
        return "redirect:/cadres/deployments/" + id;
    }

    @GetMapping("/cadres/deployments.xlsx")
    @PreAuthorize(TenurePages.READERS)
    void export(@RequestParam(required = false) Integer year, @RequestParam(required = false) DeploymentKind kind,
                @RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
                HttpServletResponse response, Locale locale) throws IOException {
        int y = year == null ? access.today().getYear() : year;
        Ledger ledger = queries.ledger(y);
        List<DeploymentEvent> events = queries.allEvents(new DeploymentRepository.Filter(y, kind, q, queries.subtree(unitId), false));
        Map<Long, String> units = queries.unitNames(events.stream().map(DeploymentEvent::unitId).distinct().toList());
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"deployments-" + y + ".xlsx\"");
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet counts = book.createSheet(m("cadres.deployment.ledger.counts", locale));
            List<String> header = new ArrayList<>(List.of(m("cadres.tenure.field.unit", locale)));
            for (DeploymentKind k : DeploymentKind.values()) {
                header.add(m("cadres.deployment.kind." + k, locale));
            }
            header.add(m("cadres.tenure.field.total", locale));
            row(counts, 0, header, bold);
            int r = 1;
            for (Ledger.Row row : ledger.rows()) {
                List<String> cells = new ArrayList<>(List.of(row.unitName()));
                for (DeploymentKind k : DeploymentKind.values()) {
                    cells.add(String.valueOf(row.count(k)));
                }
                cells.add(String.valueOf(row.total()));
                counts(counts, r++, cells);
            }
            List<String> totals = new ArrayList<>(List.of(m("cadres.tenure.field.total", locale)));
            for (DeploymentKind k : DeploymentKind.values()) {
                totals.add(String.valueOf(ledger.total(k)));
            }
            totals.add(String.valueOf(ledger.total()));
            row(counts, r, totals, bold);
            Sheet list = book.createSheet(m("cadres.deployment.ledger.events", locale));
            row(list, 0, List.of(m("cadres.tenure.field.effectiveDate", locale), m("cadres.tenure.field.kind", locale),
                    m("cadres.tenure.field.employeeNo", locale), m("cadres.tenure.field.name", locale), m("cadres.tenure.field.unit", locale),
                    m("cadres.tenure.field.reason", locale), m("cadres.tenure.field.documentNo", locale),
                    m("cadres.tenure.field.documentDate", locale), m("cadres.tenure.field.issuingBody", locale)), bold);
            r = 1;
            for (DeploymentEvent e : events) {
                row(list, r++, List.of(e.effectiveDate().toString(), m("cadres.deployment.kind." + e.kind(), locale),
                        e.employeeNo(), e.personName(), units.getOrDefault(e.unitId(), ""), e.reason(),
                        s(e.documentNo()), e.documentDate() == null ? "" : e.documentDate().toString(),
                        s(e.issuingBody())), null);
            }
            book.write(response.getOutputStream());
            book.dispose();
        }
    }

    /** A row of the counts: the unit's name, then numbers. */
    private static void counts(Sheet sheet, int index, List<String> values) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(values.get(0));
        for (int i = 1; i < values.size(); i++) {
            row.createCell(i).setCellValue(Long.parseLong(values.get(i)));
        }
    }

    private static void row(Sheet sheet, int index, List<String> values, CellStyle style) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(values.get(i));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private static String s(String text) {
        return text == null ? "" : text;
    }

    private String m(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
