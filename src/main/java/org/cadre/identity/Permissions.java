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
    /** Read the cadre team's records within the data scope: reserve pool, selections, terms, deployments, files, structure. */
    public static final String CADRE_READ = "cadre:read";
    /** Keep the cadre records: reserve pool, tenure and contracts, deployment events, cadre files, approval forms, LRMX. */
    public static final String CADRE_MANAGE = "cadre:manage";
    /** Run selection and appointment records (选拔任用纪实) step by step, including recorded exceptions. */
    public static final String SELECTION_MANAGE = "selection:manage";
    /** See a cadre's family members (家庭成员), which are restricted; every such view is audited. */
    public static final String CADRE_FAMILY = "cadre:family";
    /** Read the Workers' Congress: terms, meetings, delegates, adopted documents, proposals and their answers. */
    public static final String CONGRESS_READ = "congress:read";
    /** Run the Workers' Congress (the trade union): terms, delegates, meetings, attendance, votes, proposal review. */
    public static final String CONGRESS_MANAGE = "congress:manage";
    /** Answer the proposals assigned to a department within the data scope (lead and co-departments). */
    public static final String PROPOSAL_ANSWER = "proposal:answer";
    /** Publish on the transparency board (厂务公开). */
    public static final String DISCLOSURE_MANAGE = "disclosure:manage";
    /** Run member welfare: benefit items, applications, approvals, payments and budgets. */
    public static final String WELFARE_MANAGE = "welfare:manage";

    public static final List<String> ALL = List.of(ORG_READ, ORG_MANAGE, POST_MANAGE, ASSIGNMENT_MANAGE, PEOPLE_READ,
            PEOPLE_MANAGE, PEOPLE_IMPORT, PEOPLE_EXPORT, PEOPLE_NATIONAL_ID, ACCOUNT_MANAGE, AUDIT_READ, BALLOT_MANAGE, BALLOT_READ, ASSESSMENT_MANAGE,
            ASSESSMENT_DECIDE, ASSESSMENT_READ, CADRE_READ, CADRE_MANAGE, SELECTION_MANAGE, CADRE_FAMILY,
            CONGRESS_READ, CONGRESS_MANAGE, PROPOSAL_ANSWER, DISCLOSURE_MANAGE, WELFARE_MANAGE);

    /**
     * Held only through a company-wide grant. Managing accounts reaches every account (and could grant its holder
     * any role), so a grant scoped to a unit or to oneself does not carry it.
     */
    public static final Set<String> COMPANY_WIDE = Set.of(ACCOUNT_MANAGE);

    private Permissions() {
    }
}
