package org.cadre.cadres.internal.reserve;

/** Who put the person forward (推荐来源). */
public enum NominationSource {
    /** 组织推荐 */
    ORGANIZATION,
    /** 民主推荐 */
    DEMOCRATIC_RECOMMENDATION,
    /** 单位推荐 */
    UNIT_RECOMMENDATION,
    /** 竞聘 */
    OPEN_COMPETITION,
    /** 个人自荐 */
    SELF
}
