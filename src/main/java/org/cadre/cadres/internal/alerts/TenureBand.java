package org.cadre.cadres.internal.alerts;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Years in the current post, completed on the date: under 1, 1–3, 3–5, 5–10, 10 and more (lower bound included). */
enum TenureBand {
    UNDER_1(1), FROM_1_TO_3(3), FROM_3_TO_5(5), FROM_5_TO_10(10), FROM_10(Integer.MAX_VALUE);

    /** Completed years below this fall in the band (and not in an earlier one). */
    final int below;

    TenureBand(int below) {
        this.below = below;
    }

    static TenureBand of(int completedYears) {
        return Arrays.stream(values()).filter(b -> completedYears < b.below).findFirst().orElseThrow();
    }

    static String sqlCase(String years) {
        return Arrays.stream(values()).map(b -> b == FROM_10 ? " else '" + b + "'" : " when " + years + " < " + b.below + " then '" + b + "'")
                .collect(Collectors.joining("", "case", " end"));
    }
}
