package org.cadre.people.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadre.people.internal.ImportSheet.Column;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The import template in the user's language: an instructions sheet, then the people and assignments sheets with
 * their headers (required ones marked *), text-formatted cells (so employee numbers and national IDs keep their
 * digits) and drop-downs for the closed sets.
 */
@Component
class ImportTemplate {

    static final int INSTRUCTION_LINES = 9;
    private static final int DROPDOWN_ROWS = 20_000;

    private final MessageSource messages;
    private final ChoiceLabels labels;

    ImportTemplate(MessageSource messages, ChoiceLabels labels) {
        this.messages = messages;
        this.labels = labels;
    }

    void write(Locale locale, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            CellStyle textStyle = workbook.createCellStyle();
            textStyle.setDataFormat(workbook.createDataFormat().getFormat("@"));
            instructions(workbook.createSheet(message("people.import.sheet.INSTRUCTIONS", locale)), headerStyle,
                    locale);
            for (ImportSheet kind : ImportSheet.values()) {
                XSSFSheet sheet = workbook.createSheet(message(kind.nameKey(), locale));
                Row header = sheet.createRow(0);
                List<Column> columns = kind.columns();
                for (int i = 0; i < columns.size(); i++) {
                    Column column = columns.get(i);
                    header.createCell(i).setCellValue(message(column.headerKey(), locale)
                            + (column.required() ? " *" : ""));
                    header.getCell(i).setCellStyle(headerStyle);
                    sheet.setDefaultColumnStyle(i, textStyle);
                    sheet.setColumnWidth(i, 16 * 256);
                    if (column.choices() != null) {
                        dropdown(sheet, i, labels.labels(column.choices(), locale));
                    }
                }
                sheet.createFreezePane(0, 1);
            }
            workbook.write(out);
        }
    }

    private void instructions(XSSFSheet sheet, CellStyle headerStyle, Locale locale) {
        sheet.setColumnWidth(0, 120 * 256);
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(message("people.import.instructions.title", locale));
        title.getCell(0).setCellStyle(headerStyle);
        int r = 2;
        for (int i = 1; i <= INSTRUCTION_LINES; i++) {
            sheet.createRow(r++).createCell(0).setCellValue(message("people.import.instructions." + i, locale));
        }
        r++;
        for (ImportSheet kind : ImportSheet.values()) {
            for (Column column : kind.columns()) {
                if (column.choices() != null) {
                    sheet.createRow(r++).createCell(0).setCellValue(message(kind.nameKey(), locale) + " / "
                            + message(column.headerKey(), locale) + ": "
                            + String.join(" / ", labels.labels(column.choices(), locale)));
                }
            }
        }
    }

    private static void dropdown(XSSFSheet sheet, int column, List<String> choices) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(choices.toArray(String[]::new)),
                new CellRangeAddressList(1, DROPDOWN_ROWS, column, column));
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
