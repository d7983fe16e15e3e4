package org.cadre.cadres.internal.reserve;

/** How soon a reserve cadre could take the target post (成熟度), most ready first: successors are ranked in this order. */
public enum Readiness {
    /** 近期可任用 */
    READY_NOW,
    /** 1–2 年内可任用 */
    ONE_TO_TWO_YEARS,
    /** 3 年以上 */
    THREE_PLUS_YEARS
}
