package org.cadre.organization.internal;

/** SQL shared by the organization's queries (public only for the module's root package). */
public final class UnitSql {

    /** The unit versions valid on :asOf, for use in a CTE. Empty versions [d, d) are valid on no day. */
    public static final String UNITS_AS_OF = """
            select v.unit_id, u.code, v.name, v.kind, v.parent_id, v.sort_order
            from org_unit_version v join org_unit u on u.id = v.unit_id
            where v.valid_from <= :asOf and (v.valid_to is null or v.valid_to > :asOf)
            """;

    private UnitSql() {
    }
}
