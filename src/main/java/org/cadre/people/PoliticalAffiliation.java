package org.cadre.people;

/** 政治面貌. */
public enum PoliticalAffiliation {
    /** 中共党员 */
    CPC_MEMBER,
    /** 中共预备党员 */
    CPC_PROBATIONARY,
    /** 共青团员 */
    CYL_MEMBER,
    /** 民主党派 */
    DEMOCRATIC_PARTY,
    /** 无党派人士 */
    NON_PARTISAN,
    /** 群众 */
    MASSES
}
