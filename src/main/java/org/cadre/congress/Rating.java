package org.cadre.congress;

/** A proposer's or co-signer's rating of the answer; unsatisfied sends it back to the lead. */
public enum Rating {
    SATISFIED, BASICALLY_SATISFIED, UNSATISFIED;

    public boolean content() {
        return this != UNSATISFIED;
    }
}
