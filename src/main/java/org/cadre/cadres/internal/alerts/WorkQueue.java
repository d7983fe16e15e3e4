package org.cadre.cadres.internal.alerts;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.cadre.cadres.internal.WorkItem;
import org.cadre.cadres.internal.WorkItemSource;
import org.cadre.identity.DataScope;
import org.cadre.organization.OrganizationQueries;
import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.cadre.shared.Text;
import org.springframework.stereotype.Component;

/**
 * The work queue (待办预警): what every {@link WorkItemSource} of the module reports within a data scope, sorted by
 * due date. Each source filters by the scope (narrowed to a unit's subtree when one is picked) in its SQL; the items
 * are checked against the scope once more here, so that a source that forgets cannot leak.
 * <p>
 * Grouping by kind, the kind filter and paging happen in memory, because each source returns a list: this is
 * bounded, not a list of people in the SQL sense. Every source reports only deadlines within its own short look-ahead
 * window (plus what is overdue) among the cadre team, which is a few hundred people even in a large group, so the
 * whole queue is at most a few hundred items; if a source ever reports from an unbounded population, it must page
 * in its SQL and this class must ask it for counts and pages instead.
 */
@Component
class WorkQueue {

    /** Items of one kind: how many, how many overdue. */
    record Group(String kind, int count, int overdue) {
    }

    /** One item as the queue shows it. */
    record Line(WorkItem item, String unitName, boolean overdue, long daysLeft) {
    }

    /** The groups (of the unit filter, every kind) and the page of the items of the chosen kind. */
    record Queue(List<Group> groups, Page<Line> page, int overdue) {

        public int total() {
            return groups.stream().mapToInt(Group::count).sum();
        }
    }

    private final List<WorkItemSource> sources;
    private final OrganizationQueries organization;

    WorkQueue(List<WorkItemSource> sources, OrganizationQueries organization) {
        this.sources = sources;
        this.organization = organization;
    }

    /** Every item within the scope, sorted by due date, then kind and person. */
    List<WorkItem> collect(LocalDate today, DataScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        Set<Long> units = scope.all() ? Set.of() : organization.unitIdsWithin(scope, today);
        return sources.stream().flatMap(s -> s.workItems(today, scope).stream())
                .filter(i -> scope.all() || units.contains(i.unitId())
                        || (i.personId() != null && Objects.equals(i.personId(), scope.selfPersonId())))
                .sorted(Comparator.comparing(WorkItem::dueDate).thenComparing(WorkItem::kind)
                        .thenComparing(i -> Objects.toString(i.personName(), "")))
                .toList();
    }

    Queue queue(LocalDate today, DataScope scope, String kind, PageRequest page) {
        List<WorkItem> all = collect(today, scope);
        Map<String, List<WorkItem>> byKind = all.stream()
                .collect(Collectors.groupingBy(WorkItem::kind, LinkedHashMap::new, Collectors.toList()));
        List<Group> groups = byKind.entrySet().stream()
                .map(e -> new Group(e.getKey(), e.getValue().size(),
                        (int) e.getValue().stream().filter(i -> i.dueDate().isBefore(today)).count()))
                .sorted(Comparator.comparing(Group::kind)).toList();
        String chosen = Text.blankToNull(kind);
        List<WorkItem> items = chosen == null ? all : byKind.getOrDefault(chosen, List.of());
        List<WorkItem> shown = items.stream().skip(page.offset()).limit(page.limit()).toList();
        Map<Long, String> names = organization.unitNames(shown.stream().map(WorkItem::unitId).collect(Collectors.toSet()), today);
        List<Line> lines = shown.stream().map(i -> new Line(i, names.get(i.unitId()), i.dueDate().isBefore(today),
                java.time.temporal.ChronoUnit.DAYS.between(today, i.dueDate()))).toList();
        int overdue = groups.stream().mapToInt(Group::overdue).sum();
        return new Queue(groups, new Page<>(lines, items.size(), page), overdue);
    }
}
