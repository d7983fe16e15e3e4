package org.cadre.ballots;

import java.util.List;

/** How many of the roll have voted, per rater group: public while the ballot is open. */
public record Turnout(long ballotId, BallotState state, int eligible, int voted, List<Group> groups) {

    public record Group(long groupId, String name, int eligible, int voted) {
    }

    public int percent() {
        return eligible == 0 ? 0 : (int) Math.round(100.0 * voted / eligible);
    }
}
