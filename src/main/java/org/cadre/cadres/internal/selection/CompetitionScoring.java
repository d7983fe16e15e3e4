package org.cadre.cadres.internal.selection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scoring panel of an open competition (竞聘评分): each judge scores each candidate; with five judges or more the
 * highest and the lowest score of a candidate are dropped (one each, 去掉一个最高分和一个最低分); the rest are
 * averaged by the judges' weights. Candidates are ranked by that score, equal scores sharing a rank (1, 2, 2, 4).
 */
final class CompetitionScoring {

    static final int DROP_EXTREMES_FROM = 5;

    private CompetitionScoring() {
    }

    record Mark(long judgeId, BigDecimal weight, BigDecimal score) {
    }

    record Ranked(long candidateId, BigDecimal score, int rank) {
    }

    /** The weighted average of one candidate's marks, extremes dropped from five judges; null without marks. */
    static BigDecimal score(List<Mark> marks) {
        if (marks.isEmpty()) {
            return null;
        }
        List<Mark> counted = new ArrayList<>(marks);
        if (counted.size() >= DROP_EXTREMES_FROM) {
            counted.sort(Comparator.comparing(Mark::score).thenComparing(Mark::judgeId));
            counted.remove(counted.size() - 1);
            counted.remove(0);
        }
        BigDecimal weights = BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        for (Mark m : counted) {
            weights = weights.add(m.weight());
            sum = sum.add(m.weight().multiply(m.score()));
        }
        return sum.divide(weights, 3, RoundingMode.HALF_UP);
    }

    /** Scores and ranks of every candidate that has marks, best first. */
    static List<Ranked> rank(Map<Long, List<Mark>> marksByCandidate) {
        Map<Long, BigDecimal> scores = new LinkedHashMap<>();
        marksByCandidate.forEach((candidate, marks) -> {
            BigDecimal s = score(marks);
            if (s != null) {
                scores.put(candidate, s);
            }
        });
        List<Map.Entry<Long, BigDecimal>> order = new ArrayList<>(scores.entrySet());
        order.sort(Map.Entry.<Long, BigDecimal>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            BigDecimal s = order.get(i).getValue();
            int rank = i > 0 && s.compareTo(order.get(i - 1).getValue()) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Ranked(order.get(i).getKey(), s, rank));
        }
        return ranked;
    }
}
