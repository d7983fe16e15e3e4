package org.cadre.assessment.internal;

import org.cadre.assessment.Grade;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.cadre.shared.ReportTables;
import org.cadre.shared.ReportTables.Table;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A cycle's report and a person's results across years, as Excel workbooks and PDF documents. */
@Component
class Exports {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A titled table: what both formats print. */

    private final AssessmentQueries queries;
    private final Explanations explanations;
    private final MessageSource messages;

    Exports(AssessmentQueries queries, Explanations explanations, MessageSource messages) {
        this.queries = queries;
        this.explanations = explanations;
        this.messages = messages;
    }

    /** The report: the distribution by unit, then every appraisee with total and grades. */
    List<Table> cycleReport(Cycle cycle, String permission, Locale locale) {
        List<String> gradeHeaders = java.util.Arrays.stream(Grade.values()).map(g -> explanations.grade(g, locale)).toList();
        List<String> unitHeaders = new java.util.ArrayList<>(List.of(m("assessment.field.unit", locale), m("assessment.field.appraisees", locale)));
        unitHeaders.addAll(gradeHeaders);
        List<List<String>> unitRows = queries.byUnit(cycle.id(), permission).stream().map(r -> {
            List<String> row = new java.util.ArrayList<>(List.of(r.unitName(), String.valueOf(r.total())));
            for (Grade g : Grade.values()) {
                row.add(String.valueOf(r.count(g)));
            }
            return (List<String>) row;
        }).toList();
        List<AppraisalComponent> components = queries.components(cycle.id());
        List<String> headers = new java.util.ArrayList<>(List.of(m("assessment.field.employeeNo", locale),
                m("assessment.field.name", locale), m("assessment.field.unit", locale), m("assessment.field.category", locale)));
        components.forEach(c -> headers.add(c.name() + " (" + c.weight().stripTrailingZeros().toPlainString() + "%)"));
        headers.addAll(List.of(m("assessment.field.total", locale), m("assessment.field.proposedGrade", locale),
                m("assessment.field.finalGrade", locale)));
        List<List<String>> rows = queries.allAppraisees(cycle.id(), permission).stream().map(line -> {
            Appraisee a = line.appraisee();
            List<String> row = new java.util.ArrayList<>(List.of(a.employeeNo(), a.name(), s(line.unitName()),
                    CategoryLabels.label(a.category(), messages, locale)));
            components.forEach(c -> row.add(line.score(c.id()) == null ? "" : line.score(c.id()).toPlainString()));
            row.add(a.totalScore() == null ? "" : a.totalScore().toPlainString());
            row.add(explanations.grade(a.proposedGrade(), locale));
            row.add(explanations.grade(a.finalGrade(), locale));
            return (List<String>) row;
        }).toList();
        return List.of(new Table(m("assessment.report.byUnit", locale), unitHeaders, unitRows),
                new Table(m("assessment.report.appraisees", locale), headers, rows));
    }

    List<Table> personResults(AssessmentQueries.PersonResults p, Locale locale) {
        List<List<String>> results = p.results().stream().map(r -> List.of(String.valueOf(r.year()),
                r.cycleTitle() == null ? m("assessment.person.imported", locale) : r.cycleTitle(),
                m("enum.CycleKind." + r.kind(), locale), r.unitId() == null ? "" : s(p.unitNames().get(r.unitId())),
                r.score() == null ? "" : r.score().toPlainString(), explanations.grade(r.grade(), locale))).toList();
        List<List<String>> records = p.records().stream().map(r -> List.of(String.valueOf(r.year()),
                m("enum.Consequence." + r.consequence(), locale), explanations.explain(r, locale), s(r.note()))).toList();
        return List.of(
                new Table(m("assessment.person.results", locale), List.of(m("assessment.field.year", locale),
                        m("assessment.field.cycle", locale), m("assessment.field.kind", locale),
                        m("assessment.field.unit", locale), m("assessment.field.total", locale),
                        m("assessment.field.grade", locale)), results),
                new Table(m("assessment.person.records", locale), List.of(m("assessment.field.year", locale),
                        m("assessment.field.consequence", locale), m("assessment.field.basis", locale),
                        m("assessment.field.note", locale)), records));
    }

    void xlsx(List<Table> tables, OutputStream out) throws IOException {
        ReportTables.xlsx(tables, 16, out);
    }

    void pdf(String title, List<Table> tables, OutputStream out) {
        ReportTables.pdf(title, tables, true, out);
    }

    private static String s(String v) {
        return v == null ? "" : v;
    }

    private String m(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
