package org.cadre.people.internal;

import java.util.ArrayList;
import java.util.List;

/** What is wrong with an import file, cell by cell; all are counted, the first {@link #MAX_KEPT} kept to show. */
final class ImportProblems {

    static final int MAX_KEPT = 1000;

    /** @param field the column's field, null for the sheet as a whole; row 0 for the file as a whole */
    record Problem(ImportSheet sheet, int row, String field, String messageKey, Object[] arguments) {
    }

    private final List<Problem> kept = new ArrayList<>();
    private int count;

    void add(ImportSheet sheet, int row, String field, String key, Object... args) {
        count++;
        if (kept.size() < MAX_KEPT) {
            kept.add(new Problem(sheet, row, field, key, args));
        }
    }

    boolean any() {
        return count > 0;
    }

    int count() {
        return count;
    }

    List<Problem> kept() {
        return List.copyOf(kept);
    }
}
