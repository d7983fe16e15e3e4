package org.cadre.cadres.internal.reserve;

import java.time.LocalDate;

/** One item of a reserve cadre's development plan (培养计划). */
public record PlanItem(long id, long entryId, Kind kind, String description, LocalDate startsOn, LocalDate endsOn,
                       Long mentorPersonId, String mentorName, Status status, LocalDate doneOn) {

    public enum Kind {
        /** 培训 */
        TRAINING,
        /** 轮岗 */
        ROTATION,
        /** 挂职 */
        TEMPORARY_POSTING,
        /** 导师 */
        MENTOR
    }

    public enum Status {
        PLANNED, DONE
    }
}
