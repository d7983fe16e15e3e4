package org.cadre.cadres.internal.alerts;

import java.time.LocalDate;
import java.util.Map;

import org.cadre.identity.DataScope;
import org.cadre.organization.OrganizationQueries;

/**
 * A data scope as bound parameters of the condition {@link #CONDITION} on a unit and a person column: the whole
 * company, the units of its subtrees on a date, or the user's own person.
 */
record ScopeParams(boolean all, Long[] units, long self) {

    /** Append with the unit and person columns in place of %1$s and %2$s. */
    static final String CONDITION = "(:scopeAll or %1$s = any(:scopeUnits) or %2$s = :scopeSelf)";

    static ScopeParams of(DataScope scope, LocalDate asOf, OrganizationQueries organization) {
        return new ScopeParams(scope.all(), organization.unitIdsWithin(scope, asOf).toArray(Long[]::new),
                scope.selfPersonId() == null ? -1L : scope.selfPersonId());
    }

    static String condition(String unitColumn, String personColumn) {
        return CONDITION.formatted(unitColumn, personColumn);
    }

    Map<String, Object> params() {
        return Map.of("scopeAll", all, "scopeUnits", units, "scopeSelf", self);
    }
}
