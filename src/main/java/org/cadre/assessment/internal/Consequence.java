package org.cadre.assessment.internal;

/** 结果运用: what a result leads to. */
public enum Consequence {
    /** 绩效薪酬系数 */
    PAY_COEFFICIENT,
    /** 优先提拔 */
    PROMOTION_PRIORITY,
    /** 纳入后备干部库 */
    RESERVE_POOL,
    /** 降职 */
    DEMOTION,
    /** 免职 */
    REMOVAL
}
