package org.cadre.assessment.internal;

import org.cadre.assessment.Grade;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.cadre.shared.PdfFonts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A cycle's report and a person's results across years, as Excel workbooks and PDF documents. */
@Component
class Exports {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A titled table: what both formats print. */
    record Table(String title, List<String> headers, List<List<String>> rows) {
    }

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
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            for (Table table : tables) {
                Sheet sheet = workbook.createSheet(safeSheetName(table.title()));
                Row head = sheet.createRow(0);
                for (int i = 0; i < table.headers().size(); i++) {
                    head.createCell(i).setCellValue(table.headers().get(i));
                    head.getCell(i).setCellStyle(header);
                    sheet.setColumnWidth(i, 16 * 256);
                }
                int r = 1;
                for (List<String> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < values.size(); i++) {
                        row.createCell(i).setCellValue(values.get(i));
                    }
                }
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    void pdf(String title, List<Table> tables, OutputStream out) {
        Document document = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            Paragraph heading = new Paragraph(title, PdfFonts.bold(16));
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(12);
            document.add(heading);
            for (Table table : tables) {
                Paragraph caption = new Paragraph(table.title(), PdfFonts.bold(12));
                caption.setSpacingBefore(8);
                caption.setSpacingAfter(6);
                document.add(caption);
                PdfPTable pdf = new PdfPTable(table.headers().size());
                pdf.setWidthPercentage(100);
                pdf.setHeaderRows(1);
                for (String h : table.headers()) {
                    PdfPCell cell = new PdfPCell(new Phrase(h, PdfFonts.bold(9)));
                    cell.setGrayFill(0.9f);
                    pdf.addCell(cell);
                }
                for (List<String> row : table.rows()) {
                    row.forEach(v -> pdf.addCell(new PdfPCell(new Phrase(v, PdfFonts.regular(9)))));
                }
                if (table.rows().isEmpty()) {
                    PdfPCell none = new PdfPCell(new Phrase("—", PdfFonts.regular(9)));
                    none.setColspan(table.headers().size());
                    pdf.addCell(none);
                }
                document.add(pdf);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        } finally {
            document.close();
        }
    }

    private static String safeSheetName(String name) {
        String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }

    private static String s(String v) {
        return v == null ? "" : v;
    }

    private String m(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
