package org.cadre.assessment.internal;

import org.cadre.assessment.Grade;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * 结果运用建议: what a rule proposed for one appraisee on finalizing, with the results it read; the committee accepts
 * or rejects it.
 */
public record Recommendation(long id, long cycleId, long appraiseeId, long personId, String personName,
                             long ruleId, Grade grade, int years, Consequence consequence, BigDecimal coefficient,
                             List<YearResult> evidence, State state, String note, OffsetDateTime decidedAt,
                             String decidedBy) {

    public enum State {
        PROPOSED, ACCEPTED, REJECTED
    }

    /** The evidence as stored: {@code 2024:EXCELLENT:92.50;2025:EXCELLENT:91.00}. */
    static String encode(List<YearResult> evidence) {
        return String.join(";", evidence.stream().map(r -> r.year() + ":" + r.grade().name() + ":"
                + (r.score() == null ? "" : r.score().toPlainString())).toList());
    }

    static List<YearResult> decode(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(";")).map(part -> {
            String[] f = part.split(":", -1);
            return new YearResult(Integer.parseInt(f[0]), Grade.valueOf(f[1]), f[2].isEmpty() ? null : new BigDecimal(f[2]));
        }).toList();
    }
}
