package org.cadre.congress.internal.proposals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import org.cadre.congress.AnswerClass;
import org.cadre.congress.ProposalCategory;
import org.cadre.congress.ProposalKind;
import org.cadre.congress.ProposalState;

/** 提案 / 合理化建议 / 分团意见: one matter, its review, its handling by departments and its answer. */
public record Proposal(long id, long meetingId, ProposalKind kind, String title, ProposalCategory category, String reasons,
                String measures, long proposerPersonId, Long delegationId, ProposalState state, Long mergedIntoId,
                String reviewComment, Long leadUnitId, LocalDate assignedOn, LocalDate deadline,
                String reassignmentReason, String answer, LocalDate answeredOn, AnswerClass answerClass,
                String classReason, int round, LocalDate submittedOn, LocalDate filedOn, LocalDate closedOn,
                int version) {

    static Proposal of(ResultSet rs, int row) throws SQLException {
        String answerClass = rs.getString("answer_class");
        return new Proposal(rs.getLong("id"), rs.getLong("meeting_id"), ProposalKind.valueOf(rs.getString("kind")),
                rs.getString("title"), ProposalCategory.valueOf(rs.getString("category")), rs.getString("reasons"),
                rs.getString("measures"), rs.getLong("proposer_person_id"), (Long) rs.getObject("delegation_id"),
                ProposalState.valueOf(rs.getString("state")), (Long) rs.getObject("merged_into_id"),
                rs.getString("review_comment"), (Long) rs.getObject("lead_unit_id"),
                rs.getObject("assigned_on", LocalDate.class), rs.getObject("deadline", LocalDate.class),
                rs.getString("reassignment_reason"), rs.getString("answer"),
                rs.getObject("answered_on", LocalDate.class),
                answerClass == null ? null : AnswerClass.valueOf(answerClass.strip()), rs.getString("class_reason"),
                rs.getInt("round"), rs.getObject("submitted_on", LocalDate.class),
                rs.getObject("filed_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
                rs.getInt("version"));
    }

    /** Days past the deadline on the day, while an answer is owed (0 when not overdue). */
    public long daysOverdue(LocalDate day) {
        if (deadline == null || !state.owesAnswer() || !day.isAfter(deadline)) {
            return 0;
        }
        return java.time.temporal.ChronoUnit.DAYS.between(deadline, day);
    }
}
