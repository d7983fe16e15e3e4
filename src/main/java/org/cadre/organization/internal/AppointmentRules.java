package org.cadre.organization.internal;

import java.time.LocalDate;
import java.util.List;

import org.cadre.shared.BusinessRuleException;

/**
 * The rules an appointment must meet: a person holds a post once at a time, has at most one primary post at a
 * time (a change of primary post is a transfer), and a post takes no more holders than its approved count unless
 * a reason is given (超职数任职).
 */
final class AppointmentRules {

    private AppointmentRules() {
    }

    /**
     * @param postAssignments   the post's assignments that reach {@code from} or later
     * @param personAssignments the person's assignments that reach {@code from} or later
     * @return whether the appointment goes beyond the approved count (allowed because a reason was given)
     */
    static boolean check(long personId, Post post, AssignmentKind kind, LocalDate from, String overCountReason,
                         List<Assignment> postAssignments, List<Assignment> personAssignments) {
        Period proposed = Period.startingOn(from);
        for (Assignment held : personAssignments) {
            if (held.personId() != personId || !held.period().overlaps(proposed)) {
                continue;
            }
            if (held.postId() == post.id()) {
                throw BusinessRuleException.onField("personId", "assignment.samePost", post.title(),
                        held.period().from().toString());
            }
            if (kind == AssignmentKind.PRIMARY && held.isPrimary()) {
                throw BusinessRuleException.onField("kind", "assignment.primaryOverlap",
                        held.period().from().toString());
            }
        }
        int filled = Period.mostAtOnceFrom(postAssignments.stream()
                .filter(a -> a.postId() == post.id()).map(Assignment::period).toList(), from);
        boolean beyondApprovedCount = filled >= post.approvedCount();
        if (beyondApprovedCount && (overCountReason == null || overCountReason.isBlank())) {
            throw BusinessRuleException.onField("overCountReason", "assignment.overCount", post.title(), filled,
                    post.approvedCount());
        }
        return beyondApprovedCount;
    }
}
