package org.cadre.ballots;

/** How votes are taken. */
public enum BallotMode {
    /** 无记名投票: nobody can learn how a voter voted; the default for appraisals and recommendations. */
    SECRET,
    /** 记名投票 (roll-call): each ballot is stored with its voter and shown with the results. */
    NAMED,
    /** 举手表决 (show of hands): an officer enters the totals per rater group. */
    COUNTED
}
