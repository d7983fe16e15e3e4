package org.cadre.cadres.internal.tenure;

/** 岗位聘任协议 (the post agreement of a term), 年度经营业绩责任书, 任期经营业绩责任书. */
enum ContractKind {
    AGREEMENT, ANNUAL, TERM
}
