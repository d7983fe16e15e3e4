package org.cadre.people.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cadre.people.internal.ImportSheet.Column;

/** The cells of one imported row, read as typed values; each bad cell adds a problem and reads as absent. */
final class ImportCells {

    /** 2024-03-01, 2024/3/1, 2024.3.1 or 20240301. */
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.]?(\\d{1,2})[-/.]?(\\d{1,2})");

    private final ImportSheet sheet;
    private final int row;
    private final List<String> cells;
    private final ChoiceLabels labels;
    private final ImportProblems problems;
    private final Locale locale;

    ImportCells(ImportSheet sheet, int row, List<String> cells, ChoiceLabels labels, ImportProblems problems,
                Locale locale) {
        this.sheet = sheet;
        this.row = row;
        this.cells = cells;
        this.labels = labels;
        this.problems = problems;
        this.locale = locale;
    }

    int row() {
        return row;
    }

    String text(String field) {
        Column column = sheet.columns().get(sheet.index(field));
        String value = raw(field);
        if (value == null) {
            if (column.required()) {
                problem(field, "people.import.required");
            }
            return null;
        }
        if (column.maxLength() > 0 && value.length() > column.maxLength()) {
            problem(field, "people.import.tooLong", column.maxLength());
            return null;
        }
        return value;
    }

    LocalDate date(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        Matcher m = DATE.matcher(value);
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                // falls through to the problem below
            }
        }
        problem(field, "people.import.badDate", value);
        return null;
    }

    <E extends Enum<E>> E choice(String field, Class<E> type) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        return labels.parse(type, value).map(type::cast).orElseGet(() -> {
            problem(field, "people.import.badChoice", value, String.join(" / ", labels.labels(type, locale)));
            return null;
        });
    }

    boolean blank() {
        return cells.stream().allMatch(String::isBlank);
    }

    void problem(String field, String key, Object... args) {
        problems.add(sheet, row, field, key, args);
    }

    private String raw(String field) {
        int i = sheet.index(field);
        if (i >= cells.size() || cells.get(i).isBlank()) {
            return null;
        }
        return cells.get(i).strip();
    }
}
