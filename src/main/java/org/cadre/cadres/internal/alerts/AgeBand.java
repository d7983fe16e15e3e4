package org.cadre.cadres.internal.alerts;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The age bands of the structure analysis, in completed years (周岁) on the date; SQL buckets with the same bounds. */
enum AgeBand {
    UP_TO_35(0, 35), FROM_36_TO_40(36, 40), FROM_41_TO_45(41, 45), FROM_46_TO_50(46, 50), FROM_51_TO_55(51, 55),
    FROM_56(56, Integer.MAX_VALUE);

    final int from;
    final int to;

    AgeBand(int from, int to) {
        this.from = from;
        this.to = to;
    }

    static AgeBand of(int age) {
        return Arrays.stream(values()).filter(b -> age <= b.to).findFirst().orElseThrow();
    }

    /** A SQL CASE giving the band's name for an integer expression of the age. */
    static String sqlCase(String age) {
        return Arrays.stream(values()).map(b -> b == FROM_56 ? " else '" + b + "'" : " when " + age + " <= " + b.to + " then '" + b + "'")
                .collect(Collectors.joining("", "case", " end"));
    }
}
