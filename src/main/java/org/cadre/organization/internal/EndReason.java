package org.cadre.organization.internal;

import java.util.Arrays;
import java.util.List;

/**
 * Why an assignment ended: removal (免职), resignation (辞职), retirement (退休), transfer (调任), end of term (任期届满);
 * or it was annulled (撤销): recorded in error, it keeps its row but covers no day.
 */
enum EndReason {
    REMOVED, RESIGNED, RETIRED, TRANSFERRED, TERM_ENDED, ANNULLED;

    /** The reasons an officer may end an assignment with (an annulment is a command of its own). */
    static List<EndReason> endings() {
        return Arrays.stream(values()).filter(r -> r != ANNULLED).toList();
    }
}
