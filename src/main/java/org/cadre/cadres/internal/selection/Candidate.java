package org.cadre.cadres.internal.selection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A candidate (候选人), or an applicant of an open competition, with what each step found about them: recommendation
 * votes and rate, eligibility, score and rank, the committee's votes, the appointment and probation (试用期).
 */
record Candidate(long id, long selectionId, long personId, Status status, Integer ballotPosition, Integer agree,
                 Integer disagree, Integer abstain, Integer cast, BigDecimal recommendationRate, Boolean eligible,
                 List<Eligibility.Reason> reasons, String overrideReason, Integer decisionAgree,
                 Integer decisionDisagree, Integer decisionAbstain, Boolean decisionPassed, BigDecimal score,
                 Integer rank, Long assignmentId, Boolean promotion, LocalDate probationEnd,
                 ProbationOutcome probationOutcome, LocalDate probationClosedOn, String probationNote) {

    enum Status {
        ACTIVE, DROPPED, APPOINTED
    }

    /** 试用期满: 转正 or 免职. */
    enum ProbationOutcome {
        CONFIRMED, REMOVED
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    public boolean onProbation() {
        return status == Status.APPOINTED && probationEnd != null && probationOutcome == null;
    }
}
