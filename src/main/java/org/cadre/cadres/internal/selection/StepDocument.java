package org.cadre.cadres.internal.selection;

import java.time.OffsetDateTime;

/**
 * A further document of a step (the inspection's interview records, the committee's minutes…), beside the one
 * document the step itself records: its title, optional number (文号) and file. A document removed is kept with who
 * removed it, when and why, and no longer listed.
 */
record StepDocument(long id, long selectionId, long stepId, String title, String documentNo, String fileName,
                    String contentType, int size, String attachedBy, OffsetDateTime attachedAt, String removedBy,
                    OffsetDateTime removedAt, String removalReason) {

    static final int MAX_TITLE = 200;
    static final int MAX_DOCUMENT_NO = 100;

    boolean removed() {
        return removedAt != null;
    }
}
