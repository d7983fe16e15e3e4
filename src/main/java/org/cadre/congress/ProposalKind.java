package org.cadre.congress;

/** 提案 by a delegate with co-signers; 合理化建议 by any employee; 分团意见 recorded by a breakout secretary. */
public enum ProposalKind {
    PROPOSAL, SUGGESTION, OPINION
}
