package org.cadre.assessment.internal;

import java.time.OffsetDateTime;

/** 考核周期: one appraisal of a year, a term or a probation. */
public record Cycle(long id, CycleKind kind, int year, String title, CycleState state, GradeBands bands,
                    Long ballotId, OffsetDateTime createdAt, OffsetDateTime finalizedAt, int version) {

    /** The origin of the cycle's appraisal ballot is this prefix and the cycle's id. */
    static final String ORIGIN_PREFIX = "assessment-cycle:";

    public String ballotOrigin() {
        return origin(id);
    }

    static String origin(long cycleId) {
        return ORIGIN_PREFIX + cycleId;
    }
}
