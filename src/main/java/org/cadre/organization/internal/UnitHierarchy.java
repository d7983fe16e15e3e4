package org.cadre.organization.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The parent links of the unit tree from some date on, to tell whether placing a unit under another would make
 * the tree a cycle. Every date from then on counts, not only today: a move recorded for a later date may already
 * have put the new parent below the unit.
 */
final class UnitHierarchy {

    /** A unit's parent during a period. */
    record Link(long unitId, Long parentId, Period period) {
    }

    private final List<Link> links;
    private final Map<Long, List<Link>> linksByUnit;

    UnitHierarchy(List<Link> links) {
        this.links = List.copyOf(links);
        this.linksByUnit = this.links.stream().collect(Collectors.groupingBy(Link::unitId));
    }

    /**
     * Whether the unit placed under {@code newParentId} from {@code from} on would be its own ancestor on some day:
     * the new parent is the unit itself or lies in its subtree.
     */
    boolean wouldCycle(long unitId, long newParentId, LocalDate from) {
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(from);
        for (Link link : links) {
            if (link.period().from().isAfter(from)) {
                days.add(link.period().from());
            }
        }
        for (LocalDate day : days) {
            if (reachesUpwards(newParentId, unitId, day)) {
                return true;
            }
        }
        return false;
    }

    private boolean reachesUpwards(long start, long target, LocalDate day) {
        Set<Long> seen = new HashSet<>();
        Long current = start;
        while (current != null && seen.add(current)) {
            if (current == target) {
                return true;
            }
            current = parentOn(current, day);
        }
        return false;
    }

    private Long parentOn(long unitId, LocalDate day) {
        for (Link link : linksByUnit.getOrDefault(unitId, List.of())) {
            if (link.period().covers(day)) {
                return link.parentId();
            }
        }
        return null;
    }
}
