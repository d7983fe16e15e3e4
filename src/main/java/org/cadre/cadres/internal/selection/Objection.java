package org.cadre.cadres.internal.selection;

import java.time.LocalDate;

/** An objection (异议) received during the public notice, and its resolution (finding, outcome). */
record Objection(long id, long selectionId, LocalDate receivedOn, String content, String handler, String finding,
                 Outcome outcome, LocalDate resolvedOn) {

    /** 查无实据 / 部分属实 / 属实 */
    enum Outcome {
        UNFOUNDED, PARTLY_FOUNDED, FOUNDED
    }

    public boolean resolved() {
        return outcome != null;
    }
}
