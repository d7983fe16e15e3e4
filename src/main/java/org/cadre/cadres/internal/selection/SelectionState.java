package org.cadre.cadres.internal.selection;

import java.util.List;

import org.cadre.shared.BusinessRuleException;

/**
 * The steps of a selection record (选拔任用纪实), in the order the rules prescribe:
 * 动议 → 推荐 → 考察 → 决定 → 任前公示 → 任职 → (试用期) 转正 | 免职, or 撤销. An open competition (竞聘) replaces the
 * recommendation by 报名 → 资格审查 → 评分.
 * <p>
 * The allowed transitions are written once, here: the next step of the method's {@link #path}; from APPOINTED the end
 * of probation (CONFIRMED or REMOVED); CANCELLED from any step before the appointment. Any other move between steps
 * of the path before the appointment (skipping one, going back) needs a recorded exception (reason, approver).
 */
enum SelectionState {
    MOTION, RECOMMENDATION, REGISTRATION, ELIGIBILITY, SCORING, INSPECTION, DECISION, PUBLIC_NOTICE, APPOINTED,
    CONFIRMED, REMOVED, CANCELLED;

    private static final List<SelectionState> RECOMMENDED = List.of(MOTION, RECOMMENDATION, INSPECTION, DECISION,
            PUBLIC_NOTICE, APPOINTED);
    private static final List<SelectionState> COMPETED = List.of(MOTION, REGISTRATION, ELIGIBILITY, SCORING,
            INSPECTION, DECISION, PUBLIC_NOTICE, APPOINTED);

    /** The steps of a method from motion to appointment. */
    static List<SelectionState> path(SelectionMethod method) {
        return method == SelectionMethod.OPEN_COMPETITION ? COMPETED : RECOMMENDED;
    }

    /** Whether the selection has ended (nothing more can happen to it). */
    public boolean terminal() {
        return this == CONFIRMED || this == REMOVED || this == CANCELLED;
    }

    /** The regular next step of a selection of this method, or null (after the appointment, or at an end). */
    SelectionState next(SelectionMethod method) {
        List<SelectionState> path = path(method);
        int i = path.indexOf(this);
        return i >= 0 && i + 1 < path.size() ? path.get(i + 1) : null;
    }

    /** A move that needs no exception. */
    public boolean allows(SelectionMethod method, SelectionState to) {
        if (to == CANCELLED) {
            return beforeAppointment(method);
        }
        if (this == APPOINTED) {
            return to == CONFIRMED || to == REMOVED;
        }
        return to == next(method);
    }

    /** A move that an exception (reason and approver) may allow: between two steps of the path before appointing. */
    boolean allowsByException(SelectionMethod method, SelectionState to) {
        return to != this && beforeAppointment(method) && path(method).contains(to) && to != APPOINTED;
    }

    private boolean beforeAppointment(SelectionMethod method) {
        List<SelectionState> path = path(method);
        return path.contains(this) && path.indexOf(this) < path.indexOf(APPOINTED);
    }

    /**
     * Refuses a move the rules do not allow, naming both steps.
     *
     * @param byException whether an exception with reason and approver is recorded for it
     */
    void requireMove(SelectionMethod method, SelectionState to, boolean byException) {
        if (allows(method, to)) {
            return;
        }
        if (byException && allowsByException(method, to)) {
            return;
        }
        if (allowsByException(method, to)) {
            throw new BusinessRuleException("selection.transition.needsException", Label.of(this),
                    Label.of(to));
        }
        throw new BusinessRuleException("selection.transition.refused", Label.of(this),
                Label.of(to));
    }
}
