package org.cadre.assessment.internal;

import org.cadre.assessment.Grade;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many appraisees of each category hold each grade, against the cycle's quotas (the calibration's check).
 */
public final class Distribution {

    /** One appraisee's category and (final) grade. */
    public record Placed(String category, Grade grade) {
    }

    /** A category's counts per grade, and the quota lines that apply to it. */
    public record Row(String category, int total, Map<Grade, Integer> counts, List<QuotaLine> quotas) {

        public int count(Grade grade) {
            return counts.getOrDefault(grade, 0);
        }

        public boolean exceeded() {
            return quotas.stream().anyMatch(QuotaLine::exceeded);
        }
    }

    /** One quota in one category: how many hold the grade, how many may. */
    public record QuotaLine(String category, Grade grade, java.math.BigDecimal maxPercent, int count, int total,
                            int allowed) {

        public boolean exceeded() {
            return count > allowed;
        }
    }

    private Distribution() {
    }

    /** Rows by category (in name order); appraisees without a grade yet are counted in the total only. */
    public static List<Row> of(List<Placed> placed, List<Quota> quotas) {
        Map<String, List<Placed>> byCategory = new TreeMap<>();
        for (Placed p : placed) {
            byCategory.computeIfAbsent(p.category() == null ? "" : p.category(), k -> new ArrayList<>()).add(p);
        }
        List<Row> rows = new ArrayList<>();
        byCategory.forEach((category, members) -> {
            Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
            for (Placed p : members) {
                if (p.grade() != null) {
                    counts.merge(p.grade(), 1, Integer::sum);
                }
            }
            List<QuotaLine> lines = quotas.stream().map(q -> new QuotaLine(category, q.grade(), q.maxPercent(),
                    counts.getOrDefault(q.grade(), 0), members.size(), q.allowed(members.size()))).toList();
            rows.add(new Row(category, members.size(), counts, lines));
        });
        return rows;
    }

    /** Every quota exceeded in some category: what keeps the cycle from being finalized. */
    public static List<QuotaLine> exceeded(List<Row> rows) {
        return rows.stream().flatMap(r -> r.quotas().stream()).filter(QuotaLine::exceeded).toList();
    }
}
