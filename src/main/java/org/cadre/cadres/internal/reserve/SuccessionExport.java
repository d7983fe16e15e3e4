package org.cadre.cadres.internal.reserve;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The succession view as an Excel workbook: one row per key post, posts without a ready successor shaded. */
@Component
class SuccessionExport {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MessageSource messages;

    SuccessionExport(MessageSource messages) {
        this.messages = messages;
    }

    void write(List<Succession.Row> rows, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet(m("cadres.reserve.succession.title", locale));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle flagged = workbook.createCellStyle();
            flagged.setFillForegroundColor(IndexedColors.LIGHT_ORANGE.getIndex());
            flagged.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            List<String> headers = List.of(m("cadres.reserve.field.unit", locale), m("cadres.reserve.field.post", locale),
                    m("cadres.reserve.field.level", locale), m("cadres.reserve.succession.incumbent", locale),
                    m("cadres.reserve.succession.since", locale), m("cadres.reserve.succession.termEnds", locale),
                    m("cadres.reserve.succession.successors", locale), m("cadres.reserve.succession.readyNow", locale));
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                head.createCell(i).setCellValue(headers.get(i));
                head.getCell(i).setCellStyle(bold);
            }
            int r = 1;
            for (Succession.Row row : rows) {
                Row line = sheet.createRow(r++);
                String incumbents = row.incumbents().stream().map(Succession.Incumbent::name)
                        .collect(Collectors.joining("、"));
                String since = row.incumbents().stream().map(i -> String.valueOf(i.since()))
                        .collect(Collectors.joining("、"));
                String ends = row.incumbents().stream().map(i -> String.valueOf(i.termEnds()))
                        .collect(Collectors.joining("、"));
                String successors = row.successors().stream()
                        .map(s -> s.name() + "（" + m("enum.Readiness." + s.readiness(), locale) + "）")
                        .collect(Collectors.joining("、"));
                List<String> values = List.of(row.unitName(), row.postTitle(), m("enum.PostLevel." + row.level(), locale),
                        incumbents.isEmpty() ? m("cadres.reserve.succession.vacant", locale) : incumbents, since, ends,
                        successors, m(row.lacksReadySuccessor() ? "common.no" : "common.yes", locale));
                for (int i = 0; i < values.size(); i++) {
                    line.createCell(i).setCellValue(values.get(i));
                    if (row.lacksReadySuccessor()) {
                        line.getCell(i).setCellStyle(flagged);
                    }
                }
            }
            int[] widths = {24, 20, 14, 16, 14, 14, 50, 10};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            workbook.write(out);
        }
    }

    private String m(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
