package org.cadre.cadres.internal.tenure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rise-and-fall ledger (能上能下台账) of a year: per unit the number of events of each kind, the totals per kind,
 * and how many went up, down and out.
 */
record Ledger(List<Row> rows, Map<DeploymentKind, Long> totals, Map<DeploymentKind.Direction, Long> directions) {

    record Row(long unitId, String unitName, Map<DeploymentKind, Long> counts) {

        public long count(DeploymentKind kind) {
            return counts.getOrDefault(kind, 0L);
        }

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    static Ledger of(List<DeploymentRepository.Count> counts, Map<Long, String> unitNames) {
        Map<Long, Map<DeploymentKind, Long>> byUnit = new TreeMap<>();
        Map<DeploymentKind, Long> totals = new EnumMap<>(DeploymentKind.class);
        Map<DeploymentKind.Direction, Long> directions = new EnumMap<>(DeploymentKind.Direction.class);
        for (DeploymentRepository.Count c : counts) {
            byUnit.computeIfAbsent(c.unitId(), k -> new EnumMap<>(DeploymentKind.class)).merge(c.kind(), c.count(), Long::sum);
            totals.merge(c.kind(), c.count(), Long::sum);
            directions.merge(c.kind().direction(), c.count(), Long::sum);
        }
        List<Row> rows = new ArrayList<>();
        byUnit.forEach((unit, map) -> rows.add(new Row(unit, unitNames.getOrDefault(unit, String.valueOf(unit)), map)));
        rows.sort(Comparator.comparing(Row::unitName));
        return new Ledger(rows, totals, directions);
    }

    public long total(DeploymentKind kind) {
        return totals.getOrDefault(kind, 0L);
    }

    public long direction(DeploymentKind.Direction direction) {
        return directions.getOrDefault(direction, 0L);
    }

    public long total() {
        return totals.values().stream().mapToLong(Long::longValue).sum();
    }
}
