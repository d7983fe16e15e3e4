package org.cadre.organization.internal;

import java.time.LocalDate;

import org.cadre.shared.BusinessRuleException;

/**
 * A person holding a post for a period (任职), with the decision that appointed them and, once ended, the one that
 * ended it. Ending closes the period; annulling (recorded in error) closes it to an empty one, with the reason; an
 * end recorded in error can be undone (reopened), which clears it. Nothing else of the row ever changes.
 */
record Assignment(long id, long personId, long postId, AssignmentKind kind, Period period, String decisionBody,
                  LocalDate decisionDate, String documentNo, EndReason endReason, String endDecisionBody,
                  String endDocumentNo, String overCountReason, String annulReason) {

    Assignment withId(long newId) {
        return new Assignment(newId, personId, postId, kind, period, decisionBody, decisionDate, documentNo, endReason,
                endDecisionBody, endDocumentNo, overCountReason, annulReason);
    }

    /** Recorded in error and annulled: kept, covering no day. */
    public boolean annulled() {
        return endReason == EndReason.ANNULLED;
    }

    public boolean isPrimary() {
        return kind == AssignmentKind.PRIMARY;
    }

    /** An open assignment ends on a day not before it began; the end day is the first one no longer held. */
    void requireEndableOn(LocalDate endDate, String field) {
        if (!period.isOpen()) {
            throw new BusinessRuleException("assignment.end.alreadyEnded", period.to().toString());
        }
        if (endDate == null) {
            throw BusinessRuleException.onField(field, "org.effectiveDate.required");
        }
        if (endDate.isBefore(period.from())) {
            throw BusinessRuleException.onField(field, "assignment.end.beforeStart", period.from().toString());
        }
    }
}
