package org.cadre.congress.internal.welfare;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.cadre.organization.OrganizationQueries;
import org.cadre.organization.PersonLookup;
import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Welfare as pages, the API and the export show it: with the names of people and units. */
@Component
class WelfareViews {

    private final WelfareRepository repository;
    private final WelfareCommands commands;
    private final PersonLookup people;
    private final OrganizationQueries organization;
    private final MessageSource messages;

    WelfareViews(WelfareRepository repository, WelfareCommands commands, PersonLookup people,
                 OrganizationQueries organization, MessageSource messages) {
        this.repository = repository;
        this.commands = commands;
        this.people = people;
        this.organization = organization;
        this.messages = messages;
    }

    Page<Welfare.Application> applications(Long itemId, Welfare.ApplicationState state, Integer year, boolean mine,
                                           PageRequest page) {
        Page<Welfare.Application> found = repository.applications(itemId, state, year, mine, commands.reach(), page);
        return new Page<>(named(found.items()), found.total(), found.page(), found.size());
    }

    List<Welfare.BudgetLine> budget(int year) {
        List<Welfare.BudgetLine> lines = repository.budgetLines(year, commands.reach());
        Map<Long, String> units = organization.unitNames(new HashSet<>(lines.stream().map(Welfare.BudgetLine::unitId)
                .toList()), commands.today());
        return lines.stream().map(l -> new Welfare.BudgetLine(l.itemId(), l.itemName(), l.unitId(),
                units.getOrDefault(l.unitId(), ""), l.budget(), l.committed(), l.paid())).toList();
    }

    private List<Welfare.Application> named(List<Welfare.Application> list) {
        Set<Long> personIds = new HashSet<>(list.stream().map(Welfare.Application::personId).toList());
        Map<Long, PersonLookup.PersonSummary> persons = people.findByIds(personIds);
        Map<Long, String> units = organization.unitNames(new HashSet<>(list.stream().map(Welfare.Application::unitId)
                .toList()), commands.today());
        return list.stream().map(a -> {
            PersonLookup.PersonSummary p = persons.get(a.personId());
            return new Welfare.Application(a.id(), a.itemId(), a.itemName(), a.personId(),
                    p == null ? "" : p.name(), p == null ? "" : p.employeeNo(), a.unitId(),
                    units.getOrDefault(a.unitId(), ""), a.eventDate(), a.amount(), a.reason(), a.state(),
                    a.appliedBy(), a.appliedAt(), a.decidedBy(), a.rejectReason(), a.paidOn(), a.paymentReference(),
                    a.paidAmount());
        }).toList();
    }

    /** A year's applications with payments, and the budget against spending, as a workbook. */
    void export(int year, Locale locale, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Sheet sheet = workbook.createSheet(m("welfare.export.applications", locale));
            header(sheet, List.of(m("welfare.field.number", locale), m("welfare.field.item", locale),
                    m("welfare.field.employeeNo", locale), m("welfare.field.person", locale),
                    m("welfare.field.unit", locale), m("welfare.field.eventDate", locale),
                    m("welfare.field.amount", locale), m("welfare.field.state", locale),
                    m("welfare.field.paidOn", locale), m("welfare.field.reference", locale),
                    m("welfare.field.rejectReason", locale)));
            int[] r = {1};
            List<Welfare.Application> batch = new java.util.ArrayList<>();
            repository.forEachApplication(year, commands.reach(), a -> {
                batch.add(a);
                if (batch.size() == 500) {
                    write(sheet, named(batch), r, locale);
                    batch.clear();
                }
            });
            write(sheet, named(batch), r, locale);
            Sheet budget = workbook.createSheet(m("welfare.export.budget", locale));
            header(budget, List.of(m("welfare.field.item", locale), m("welfare.field.unit", locale),
                    m("welfare.field.budget", locale), m("welfare.field.committed", locale),
                    m("welfare.field.paid", locale), m("welfare.field.remaining", locale)));
            int b = 1;
            for (Welfare.BudgetLine line : budget(year)) {
                Row row = budget.createRow(b++);
                row.createCell(0).setCellValue(line.itemName());
                row.createCell(1).setCellValue(line.unitName());
                row.createCell(2).setCellValue(line.budget().doubleValue());
                row.createCell(3).setCellValue(line.committed().doubleValue());
                row.createCell(4).setCellValue(line.paid().doubleValue());
                row.createCell(5).setCellValue(line.remaining().doubleValue());
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private void write(Sheet sheet, List<Welfare.Application> list, int[] r, Locale locale) {
        for (Welfare.Application a : list) {
            Row row = sheet.createRow(r[0]++);
            row.createCell(0).setCellValue(a.id());
            row.createCell(1).setCellValue(a.itemName());
            row.createCell(2).setCellValue(a.employeeNo());
            row.createCell(3).setCellValue(a.personName());
            row.createCell(4).setCellValue(a.unitName());
            row.createCell(5).setCellValue(String.valueOf(a.eventDate()));
            row.createCell(6).setCellValue(a.amount().doubleValue());
            row.createCell(7).setCellValue(m("enum.WelfareState." + a.state(), locale));
            row.createCell(8).setCellValue(a.paidOn() == null ? "" : a.paidOn().toString());
            row.createCell(9).setCellValue(a.paymentReference() == null ? "" : a.paymentReference());
            row.createCell(10).setCellValue(a.rejectReason() == null ? "" : a.rejectReason());
        }
    }

    private static void header(Sheet sheet, List<String> headers) {
        Row head = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            head.createCell(i).setCellValue(headers.get(i));
            sheet.setColumnWidth(i, 16 * 256);
        }
    }

    private String m(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    LocalDate today() {
        return commands.today();
    }
}
