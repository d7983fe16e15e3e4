package org.cadre.identity;

import java.util.Set;

/**
 * The data a user may reach with one permission: everything, the subtrees of some units, and/or their own record.
 * Queries bind it as parameters, never as SQL text: {@link #all()}, the units of the subtrees
 * ({@code OrganizationQueries.unitIdsWithin(scope, day)}, not {@link #unitIds()} alone) and {@link #selfPersonId()}.
 *
 * @param all          the whole company
 * @param unitIds      roots of the unit subtrees the user may reach (not the units below them)
 * @param selfPersonId the user's own person, when a grant reaches only oneself (null otherwise)
 */
public record DataScope(boolean all, Set<Long> unitIds, Long selfPersonId) {

    public DataScope {
        unitIds = all ? Set.of() : Set.copyOf(unitIds);
    }

    public static DataScope everything() {
        return new DataScope(true, Set.of(), null);
    }

    public static DataScope nothing() {
        return new DataScope(false, Set.of(), null);
    }

    public static DataScope units(Set<Long> unitIds) {
        return new DataScope(false, unitIds, null);
    }

    public boolean isEmpty() {
        return !all && unitIds.isEmpty() && selfPersonId == null;
    }

    /** The roots only: bind {@code OrganizationQueries.unitIdsWithin} where the units below them count too. */
    public Long[] unitIdArray() {
        return unitIds.toArray(Long[]::new);
    }
}
