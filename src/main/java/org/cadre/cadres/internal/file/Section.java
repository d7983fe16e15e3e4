package org.cadre.cadres.internal.file;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cadre.shared.BusinessRuleException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The sections of the cadre file (干部档案) that are kept as lines: education (学历学位), résumé lines before or beside
 * the assignments (简历), rewards and punishments (奖惩), training (培训), family members and important social
 * relations (家庭成员及重要社会关系, restricted). Each section is a table of its own; its fields are written once,
 * here, and drive the forms, the JSON API, the validation and the SQL (column names come from here only, never from
 * a request).
 */
enum Section {
    EDUCATION("cadre_file_education", "date_from nulls first, id",
            Field.choice("kind", "kind", true, "FULL_TIME", "IN_SERVICE"),
            Field.text("education", "education", true, 30),
            Field.text("degree", "degree", false, 30),
            Field.text("school", "school", true, 100),
            Field.text("major", "major", false, 100),
            Field.date("dateFrom", "date_from", false),
            Field.date("dateTo", "date_to", false)),
    RESUME("cadre_file_resume", "date_from, id",
            Field.date("dateFrom", "date_from", true),
            Field.date("dateTo", "date_to", false),
            Field.text("text", "text", true, 300)),
    REWARD("cadre_file_reward", "day, id",
            Field.date("day", "day", true),
            Field.choice("kind", "kind", true, "REWARD", "PUNISHMENT"),
            Field.text("issuer", "issuer", false, 100),
            Field.text("text", "text", true, 300)),
    TRAINING("cadre_file_training", "date_from, id",
            Field.date("dateFrom", "date_from", true),
            Field.date("dateTo", "date_to", false),
            Field.text("course", "course", true, 200),
            Field.text("organizer", "organizer", false, 100),
            Field.integer("hours", "hours", false, 0, 10_000)),
    FAMILY("cadre_file_family", "id",
            Field.text("relation", "relation", true, 20),
            Field.text("name", "name", true, 50),
            Field.date("birthDate", "birth_date", false),
            Field.text("political", "political", false, 30),
            Field.text("employerPost", "employer_post", false, 200));

    enum Type { TEXT, DATE, INTEGER, CHOICE }

    /**
     * @param name   the field's name in forms and JSON, and in the message key {@code cadres.file.field.<name>}
     * @param column its column
     */
    record Field(String name, String column, Type type, boolean required, int maxLength, int min, int max,
                 List<String> choices) {

        static Field text(String name, String column, boolean required, int maxLength) {
            return new Field(name, column, Type.TEXT, required, maxLength, 0, 0, List.of());
        }

        static Field date(String name, String column, boolean required) {
            return new Field(name, column, Type.DATE, required, 0, 0, 0, List.of());
        }

        static Field integer(String name, String column, boolean required, int min, int max) {
            return new Field(name, column, Type.INTEGER, required, 0, min, max, List.of());
        }

        static Field choice(String name, String column, boolean required, String... choices) {
            return new Field(name, column, Type.CHOICE, required, 0, 0, 0, List.of(choices));
        }

        /** The field's label as an argument of a message. */
        public DefaultMessageSourceResolvable label() {
            return new DefaultMessageSourceResolvable("cadres.file.field." + name);
        }
    }

    private final String table;
    private final String orderBy;
    private final List<Field> fields;

    Section(String table, String orderBy, Field... fields) {
        this.table = table;
        this.orderBy = orderBy;
        this.fields = List.of(fields);
    }

    String table() {
        return table;
    }

    String orderBy() {
        return orderBy;
    }

    public List<Field> fields() {
        return fields;
    }

    /** The section's name in URLs: {@code education}, {@code resume}, {@code reward}, {@code training}, {@code family}. */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Section ofPath(String path) {
        for (Section s : values()) {
            if (s.path().equals(path)) {
                return s;
            }
        }
        throw new org.cadre.shared.NotFoundException("section", path);
    }

    /**
     * What the person typed, as typed values: text trimmed (blank is absent), dates ISO ({@code 2024-05-01}) or a
     * month ({@code 2024-05}, {@code 2024.05}), numbers, choices. The first field that is wrong is refused with
     * its label.
     */
    Map<String, Object> parse(Map<String, ?> input) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field f : fields) {
            Object raw = input.get(f.name());
            String text = raw == null ? null : String.valueOf(raw).strip();
            if (text == null || text.isEmpty()) {
                if (f.required()) {
                    throw BusinessRuleException.onField(f.name(), "cadres.file.error.required", f.label());
                }
                values.put(f.name(), null);
                continue;
            }
            values.put(f.name(), switch (f.type()) {
                case TEXT -> {
                    if (text.length() > f.maxLength()) {
                        throw BusinessRuleException.onField(f.name(), "cadres.file.error.tooLong", f.label(),
                                f.maxLength());
                    }
                    yield text;
                }
                case DATE -> {
                    LocalDate day = Dates.parse(text);
                    if (day == null) {
                        throw BusinessRuleException.onField(f.name(), "cadres.file.error.date", f.label(), text);
                    }
                    yield day;
                }
                case INTEGER -> {
                    try {
                        int n = Integer.parseInt(text);
                        if (n < f.min() || n > f.max()) {
                            throw BusinessRuleException.onField(f.name(), "cadres.file.error.range", f.label(),
                                    f.min(), f.max());
                        }
                        yield n;
                    } catch (NumberFormatException e) {
                        throw BusinessRuleException.onField(f.name(), "cadres.file.error.number", f.label(), text);
                    }
                }
                case CHOICE -> {
                    String upper = text.toUpperCase(Locale.ROOT);
                    if (!f.choices().contains(upper)) {
                        throw BusinessRuleException.onField(f.name(), "cadres.file.error.choice", f.label(), text);
                    }
                    yield upper;
                }
            });
        }
        LocalDate from = (LocalDate) values.get("dateFrom");
        LocalDate to = (LocalDate) values.get("dateTo");
        if (from != null && to != null && to.isBefore(from)) {
            throw BusinessRuleException.onField("dateTo", "cadres.file.error.toBeforeFrom");
        }
        return values;
    }

    /** Dates as the file writes them: a day ISO, or a month as {@code yyyy.MM}. */
    static final class Dates {

        private Dates() {
        }

        static LocalDate parse(String text) {
            String t = text.strip();
            try {
                if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    return LocalDate.parse(t);
                }
                if (t.matches("\\d{4}[.\\-/]\\d{1,2}")) {
                    String[] p = t.split("[.\\-/]");
                    return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), 1);
                }
                if (t.matches("\\d{4}[.\\-/]\\d{1,2}[.\\-/]\\d{1,2}")) {
                    String[] p = t.split("[.\\-/]");
                    return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
                }
                if (t.matches("\\d{6}")) {
                    return LocalDate.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(4)), 1);
                }
                if (t.matches("\\d{8}")) {
                    return LocalDate.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(4, 6)),
                            Integer.parseInt(t.substring(6)));
                }
            } catch (java.time.DateTimeException e) {
                return null;
            }
            return null;
        }

        static String month(LocalDate day) {
            return day == null ? "" : "%04d.%02d".formatted(day.getYear(), day.getMonthValue());
        }
    }
}
