package org.cadre.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class UnitHierarchyTest {

    private static final LocalDate Y2020 = LocalDate.of(2020, 1, 1);
    private static final LocalDate Y2025 = LocalDate.of(2025, 1, 1);
    private static final LocalDate Y2026 = LocalDate.of(2026, 1, 1);

    private static final long GROUP = 1, BASE = 2, WORKSHOP = 3, TEAM = 4, OTHER = 5;

    /** group ─ base ─ workshop ─ team, and another unit under the group. */
    private final UnitHierarchy tree = new UnitHierarchy(List.of(
            link(GROUP, null, Y2020, null), link(BASE, GROUP, Y2020, null), link(WORKSHOP, BASE, Y2020, null),
            link(TEAM, WORKSHOP, Y2020, null), link(OTHER, GROUP, Y2020, null)));

    @Test
    void a_unit_cannot_be_moved_under_itself() {
        assertThat(tree.wouldCycle(BASE, BASE, Y2025)).isTrue();
    }

    @Test
    void a_unit_cannot_be_moved_under_its_own_subtree() {
        assertThat(tree.wouldCycle(BASE, WORKSHOP, Y2025)).isTrue();
        assertThat(tree.wouldCycle(BASE, TEAM, Y2025)).isTrue();
    }

    @Test
    void a_unit_can_be_moved_under_a_unit_outside_its_subtree() {
        assertThat(tree.wouldCycle(WORKSHOP, OTHER, Y2025)).isFalse();
        assertThat(tree.wouldCycle(TEAM, BASE, Y2025)).isFalse();
    }

    @Test
    void a_move_recorded_for_a_later_day_counts_too() {
        // the other unit is already recorded to move under the workshop in 2026
        UnitHierarchy withLaterMove = new UnitHierarchy(List.of(
                link(GROUP, null, Y2020, null), link(BASE, GROUP, Y2020, null), link(WORKSHOP, BASE, Y2020, null),
                link(OTHER, GROUP, Y2020, Y2026), link(OTHER, WORKSHOP, Y2026, null)));
        assertThat(withLaterMove.wouldCycle(BASE, OTHER, Y2025)).isTrue();
    }

    @Test
    void a_subtree_that_ends_before_the_day_does_not_count() {
        // the team left the workshop in 2025: from 2025 on the workshop may go under it
        UnitHierarchy moved = new UnitHierarchy(List.of(
                link(GROUP, null, Y2020, null), link(WORKSHOP, GROUP, Y2020, null),
                link(TEAM, WORKSHOP, Y2020, Y2025), link(TEAM, GROUP, Y2025, null)));
        assertThat(moved.wouldCycle(WORKSHOP, TEAM, Y2025)).isFalse();
    }

    private static UnitHierarchy.Link link(long unit, Long parent, LocalDate from, LocalDate to) {
        return new UnitHierarchy.Link(unit, parent, new Period(from, to));
    }
}
