package org.cadre.identity;

import java.util.List;
import java.util.Set;

/** Every permission a role can be made of; checked on the server with {@code hasAuthority('…')}. */
public final class Permissions {

    public static final String ORG_READ = "org:read";
    public static final String ORG_MANAGE = "org:manage";
    public static final String POST_MANAGE = "post:manage";
    public static final String ASSIGNMENT_MANAGE = "assignment:manage";
    public static final String PEOPLE_READ = "people:read";
    public static final String PEOPLE_MANAGE = "people:manage";
    public static final String PEOPLE_IMPORT = "people:import";
    public static final String PEOPLE_EXPORT = "people:export";
    /** See unmasked national ID numbers; every such view is audited. */
    public static final String PEOPLE_NATIONAL_ID = "people:national-id";
    public static final String ACCOUNT_MANAGE = "account:manage";
    public static final String AUDIT_READ = "audit:read";
    /** Prepare, open, close and publish ballots; print voting codes; watch turnout. Never: see how anyone voted. */
    public static final String BALLOT_MANAGE = "ballot:manage";
    /** Read published ballot results. */
    public static final String BALLOT_READ = "ballot:read";
    /** Run assessment cycles: appraisees, components, scores, ballots. */
    public static final String ASSESSMENT_MANAGE = "assessment:manage";
    /** Calibrate grades and decide on the consequences (the committee). */
    public static final String ASSESSMENT_DECIDE = "assessment:decide";
    /** Read assessment results and reports within the data scope. */
    public static final String ASSESSMENT_READ = "assessment:read";

    public static final List<String> ALL = List.of(ORG_READ, ORG_MANAGE, POST_MANAGE, ASSIGNMENT_MANAGE, PEOPLE_READ,
            PEOPLE_MANAGE, PEOPLE_IMPORT, PEOPLE_EXPORT, PEOPLE_NATIONAL_ID, ACCOUNT_MANAGE, AUDIT_READ, BALLOT_MANAGE, BALLOT_READ, ASSESSMENT_MANAGE,
            ASSESSMENT_DECIDE, ASSESSMENT_READ);

    /**
     * Held only through a company-wide grant. Managing accounts reaches every account (and could grant its holder
     * any role), so a grant scoped to a unit or to oneself does not carry it.
     */
    public static final Set<String> COMPANY_WIDE = Set.of(ACCOUNT_MANAGE);

    private Permissions() {
    }
}
