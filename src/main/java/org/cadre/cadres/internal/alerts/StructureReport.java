package org.cadre.cadres.internal.alerts;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The structure in the reader's language: labels of the buckets, the charts' data, the Excel workbook. */
@Component
class StructureReport {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A bucket with its label and share of the team, in percent. */
    record Line(String key, String label, long count, double share) {
    }

    private final MessageSource messages;

    StructureReport(MessageSource messages) {
        this.messages = messages;
    }

    String label(Structure.Dimension dimension, Structure.Bucket bucket, Locale locale) {
        if (bucket.label() != null) {
            return bucket.label();
        }
        String key = switch (dimension) {
            case AGE, TENURE -> "cadres.structure." + dimension + "." + bucket.key();
            case EDUCATION -> "UNKNOWN".equals(bucket.key()) ? "cadres.structure.unknown" : "enum.EducationLevel." + bucket.key();
            case GENDER -> "enum.Gender." + bucket.key();
            case LEVEL -> "enum.PostLevel." + bucket.key();
            case UNIT -> "cadres.structure.unknown";
        };
        return messages.getMessage(key, null, bucket.key(), locale);
    }

    String title(Structure.Dimension dimension, Locale locale) {
        return messages.getMessage("cadres.structure.dimension." + dimension, null, dimension.name(), locale);
    }

    /** Per dimension, its rows with labels and shares, in display order. */
    Map<Structure.Dimension, List<Line>> rows(Structure structure, Locale locale) {
        Map<Structure.Dimension, List<Line>> rows = new LinkedHashMap<>();
        structure.dimensions().forEach((dimension, buckets) -> rows.put(dimension, buckets.stream()
                .map(b -> new Line(b.key(), label(dimension, b, locale), b.count(),
                        structure.total() == 0 ? 0 : Math.round(1000.0 * b.count() / structure.total()) / 10.0))
                .toList()));
        return rows;
    }

    /** The charts' data: per dimension (by name), labels and counts; and the flows as three series. */
    Map<String, Object> charts(Structure structure, Locale locale) {
        Map<String, Object> charts = new LinkedHashMap<>();
        rows(structure, locale).forEach((dimension, rows) -> charts.put(dimension.name(), Map.of(
                "title", title(dimension, locale),
                "labels", rows.stream().map(Line::label).toList(),
                "data", rows.stream().map(Line::count).toList())));
        charts.put("FLOWS", Map.of("title", m("cadres.structure.flows", locale),
                "labels", structure.flows().stream().map(f -> String.valueOf(f.year())).toList(),
                "series", List.of(
                        Map.of("name", m("cadres.structure.promotions", locale),
                                "data", structure.flows().stream().map(Structure.FlowYear::promotions).toList()),
                        Map.of("name", m("cadres.structure.demotions", locale),
                                "data", structure.flows().stream().map(Structure.FlowYear::demotions).toList()),
                        Map.of("name", m("cadres.structure.exits", locale),
                                "data", structure.flows().stream().map(Structure.FlowYear::exits).toList()))));
        return charts;
    }

    /** One sheet per dimension, one for the flows, one for the summary. */
    void xlsx(Structure structure, Locale locale, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            Sheet summary = workbook.createSheet(sheetName(m("cadres.structure.summary", locale)));
            List<List<Object>> facts = new ArrayList<>();
            facts.add(List.of(m("cadres.structure.date", locale), structure.asOf().toString()));
            facts.add(List.of(m("cadres.structure.unit", locale),
                    structure.unitName() == null ? m("cadres.structure.allUnits", locale) : structure.unitName()));
            facts.add(List.of(m("cadres.structure.total", locale), structure.total()));
            facts.add(List.of(m("cadres.structure.averageAge", locale),
                    structure.averageAge() == null ? "" : structure.averageAge().doubleValue()));
            facts.add(List.of(m("cadres.structure.shareUnder40", locale),
                    structure.shareUnder40() == null ? "" : structure.shareUnder40().doubleValue()));
            write(summary, header, List.of(m("cadres.structure.item", locale), m("cadres.structure.value", locale)), facts);
            rows(structure, locale).forEach((dimension, rows) -> write(
                    workbook.createSheet(sheetName(title(dimension, locale))), header,
                    List.of(title(dimension, locale), m("cadres.structure.count", locale), m("cadres.structure.share", locale)),
                    rows.stream().map(r -> List.<Object>of(r.label(), r.count(), r.share())).toList()));
            write(workbook.createSheet(sheetName(m("cadres.structure.flows", locale))), header,
                    List.of(m("cadres.structure.year", locale), m("cadres.structure.promotions", locale),
                            m("cadres.structure.demotions", locale), m("cadres.structure.exits", locale)),
                    structure.flows().stream().map(f -> List.<Object>of(f.year(), f.promotions(), f.demotions(), f.exits())).toList());
            workbook.write(out);
        }
    }

    private static void write(Sheet sheet, CellStyle header, List<String> headers, List<List<Object>> rows) {
        Row head = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            head.createCell(i).setCellValue(headers.get(i));
            head.getCell(i).setCellStyle(header);
            sheet.setColumnWidth(i, 20 * 256);
        }
        int r = 1;
        for (List<Object> values : rows) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                if (v instanceof Number n) {
                    row.createCell(i).setCellValue(n.doubleValue());
                } else {
                    row.createCell(i).setCellValue(String.valueOf(v));
                }
            }
        }
    }

    private static String sheetName(String name) {
        String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }

    private String m(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
