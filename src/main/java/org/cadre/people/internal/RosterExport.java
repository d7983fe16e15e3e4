package org.cadre.people.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.cadre.identity.AuditLog;
import org.cadre.identity.DataScope;
import org.cadre.organization.CurrentPost;
import org.cadre.people.RosterFilter;
import org.cadre.people.RosterQuery;
import org.cadre.people.RosterRow;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Component;

/**
 * The filtered roster as an .xlsx file. Rows stream from the database into a streaming workbook that keeps only a
 * small window of rows in memory (the rest goes to a compressed temporary file), so 100,000 people export in
 * bounded memory. Every export is audited with its filters and row count.
 */
@Component
class RosterExport {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int ROW_WINDOW = 200;
    private static final List<String> HEADERS = List.of("people.field.employeeNo", "people.field.name",
            "people.field.gender", "people.field.birthDate", "people.field.age", "people.field.unit",
            "people.field.posts", "people.field.highestEducation", "people.field.politicalAffiliation",
            "people.field.professionalTitle", "people.field.status", "people.field.companyJoinDate");

    private final RosterQuery roster;
    private final MessageSource messages;
    private final AuditLog audit;

    RosterExport(RosterQuery roster, MessageSource messages, AuditLog audit) {
        this.roster = roster;
        this.messages = messages;
        this.audit = audit;
    }

    void write(RosterFilter filter, DataScope scope, Locale locale, HttpServletResponse response, String filters)
            throws IOException {
        response.setContentType(CONTENT_TYPE);
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename(RosterController.fileName(filter.asOf())).build().toString());
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
        try {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet(messages.getMessage("people.export.sheet", null, locale));
            CellStyle dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            header(workbook, sheet, locale);
            int[] next = {1};
            long count = roster.forEach(filter, scope, row -> write(sheet.createRow(next[0]++), row, dates, locale));
            sheet.createFreezePane(0, 1);
            workbook.write(response.getOutputStream());
            audit.record("people.exported", "roster", null, count + " rows: " + filters, null, null);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private void header(SXSSFWorkbook workbook, Sheet sheet, Locale locale) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        Row row = sheet.createRow(0);
        for (int i = 0; i < HEADERS.size(); i++) {
            row.createCell(i).setCellValue(messages.getMessage(HEADERS.get(i), null, locale));
            row.getCell(i).setCellStyle(style);
            sheet.setColumnWidth(i, 14 * 256);
        }
    }

    private void write(Row row, RosterRow r, CellStyle dates, Locale locale) {
        row.createCell(0).setCellValue(r.employeeNo());
        row.createCell(1).setCellValue(r.name());
        text(row, 2, label("Gender", r.gender(), locale));
        date(row, 3, r.birthDate(), dates);
        row.createCell(4).setCellValue(r.age());
        text(row, 5, r.unitName());
        text(row, 6, r.posts().stream().map(CurrentPost::postTitle).collect(Collectors.joining(", ")));
        text(row, 7, label("EducationLevel", r.highestEducation(), locale));
        text(row, 8, label("PoliticalAffiliation", r.politicalAffiliation(), locale));
        text(row, 9, r.professionalTitle());
        text(row, 10, label("PersonStatus", r.status(), locale));
        date(row, 11, r.companyJoinDate(), dates);
    }

    private String label(String type, Enum<?> value, Locale locale) {
        return value == null ? null : messages.getMessage("enum." + type + "." + value.name(), null, locale);
    }

    private static void text(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static void date(Row row, int column, LocalDate value, CellStyle style) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
            row.getCell(column).setCellStyle(style);
        }
    }
}
