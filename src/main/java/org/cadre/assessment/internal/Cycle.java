package org.cadre.assessment.internal;

import java.time.OffsetDateTime;

/** 考核周期: one appraisal of a year, a term or a probation. */
public record Cycle(long id, CycleKind kind, int year, String title, CycleState state, GradeBands bands,
                    Long ballotId, OffsetDateTime createdAt, OffsetDateTime finalizedAt, int version) {

    public String ballotOrigin() {
        return origin(id);
    }

    static String origin(long cycleId) {
        return "assessment-cycle:" + cycleId;
    }
}
