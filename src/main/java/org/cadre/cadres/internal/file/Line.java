package org.cadre.cadres.internal.file;

import java.time.LocalDate;
import java.util.Map;

/** One line of a section of the cadre file: its id and its values by field name (see {@link Section}). */
record Line(long id, Map<String, Object> values) {

    public String text(String field) {
        Object v = values.get(field);
        return v == null ? null : v.toString();
    }

    LocalDate date(String field) {
        return (LocalDate) values.get(field);
    }

    /** The value as a form shows it. */
    public String input(String field) {
        Object v = values.get(field);
        return v == null ? "" : v.toString();
    }
}
