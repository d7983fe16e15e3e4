package org.cadre.people.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What is wrong with an import file, cell by cell; all are counted, the first {@link #MAX_KEPT} kept to show. */
final class ImportProblems {

    static final int MAX_KEPT = 1000;

    /** @param field the column's field, null for the sheet as a whole; row 0 for the file as a whole */
    record Problem(ImportSheet sheet, int row, String field, String messageKey, Object[] arguments) {
    }

    private final List<Problem> kept = new ArrayList<>();
    private int count;

    /** A field that is no column of the sheet (a rule of the domain about something else) counts for the row. */
    void add(ImportSheet sheet, int row, String field, String key, Object... args) {
        count++;
        if (kept.size() < MAX_KEPT) {
            kept.add(new Problem(sheet, row, field != null && sheet.hasColumn(field) ? field : null, key, args));
        }
    }

    boolean any() {
        return count > 0;
    }

    int count() {
        return count;
    }

    /** In the order of the file: by sheet, row and column. */
    List<Problem> kept() {
        return kept.stream().sorted(Comparator.comparing((Problem p) -> p.sheet())
                .thenComparingInt(Problem::row)
                .thenComparingInt(p -> p.field() == null ? -1 : p.sheet().index(p.field()))).toList();
    }
}
