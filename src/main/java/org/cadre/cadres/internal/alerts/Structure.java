package org.cadre.cadres.internal.alerts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The cadre team (班子结构) on a date in a unit subtree: the people holding a cadre-level primary post that day, counted
 * by dimension, and the yearly flows of the assignment history up to that date.
 *
 * @param unitId       the subtree's root, or null for everything the user reaches
 * @param total        how many cadres
 * @param averageAge   their average age in completed years, one decimal (null when nobody)
 * @param shareUnder40 the share under 40, in percent with one decimal (null when nobody)
 * @param dimensions   per dimension, the buckets in display order (every band, also empty ones)
 * @param flows        per year, oldest first: promotions, demotions and exits
 */
record Structure(LocalDate asOf, Long unitId, String unitName, long total, BigDecimal averageAge,
                 BigDecimal shareUnder40, Map<Dimension, List<Bucket>> dimensions, List<FlowYear> flows) {

    enum Dimension {
        AGE, EDUCATION, GENDER, TENURE, LEVEL, UNIT
    }

    /**
     * @param key   the band's name (an enum constant), or a unit's id for UNIT, or UNKNOWN
     * @param label the unit's name for UNIT; null otherwise (pages label the key in the reader's language)
     */
    record Bucket(String key, String label, long count) {
    }

    /** 能上能下: in one year, how many were promoted, demoted, left the cadre team. */
    record FlowYear(int year, long promotions, long demotions, long exits) {
    }
}
