package org.cadre.organization.internal;

/** Why an assignment ended: removal (免职), resignation (辞职), retirement (退休), transfer (调任), end of term (任期届满). */
enum EndReason {
    REMOVED, RESIGNED, RETIRED, TRANSFERRED, TERM_ENDED
}
