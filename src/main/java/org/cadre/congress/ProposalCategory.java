package org.cadre.congress;

/** What a proposal is about. */
public enum ProposalCategory {
    PRODUCTION, PAY_WELFARE, SAFETY, TRAINING, LIVING, DEMOCRATIC_MANAGEMENT, OTHER
}
