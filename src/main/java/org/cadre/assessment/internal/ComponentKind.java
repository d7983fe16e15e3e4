package org.cadre.assessment.internal;

/** Where a component's scores come from. */
public enum ComponentKind {
    /** 经营业绩: entered or imported (later fed from the unit's KPIs). */
    BUSINESS_RESULTS,
    /** 民主测评: from the cycle's appraisal ballot, or entered when the vote was on paper. */
    DEMOCRATIC_APPRAISAL,
    /** 上级评价: entered or imported. */
    SUPERIOR_EVALUATION,
    /** Any other component a company adds, named by it. */
    CUSTOM
}
