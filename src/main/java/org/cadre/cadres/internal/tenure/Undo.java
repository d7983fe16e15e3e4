package org.cadre.cadres.internal.tenure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.cadre.organization.AssignmentRecord;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Whether revoking a deployment event can also undo it, and what undoing does (撤销并回退): annul the assignment it
 * gave, reopen those it ended, reopen the terms it ended, annul the term it started and, after a retirement or
 * resignation, make the person active again. Undo is safe only when nothing recorded since builds on the event: it is
 * the person's latest event still standing, the post it gave is still held, the posts it ended are still ended on its
 * day and no other assignment of the person changed on or after that day, no term was opened on them since, and no
 * contract was signed on the term it started. Otherwise {@link #refusal()} names why, as a message.
 *
 * @param refusal      why undo is not possible (a message key and its arguments), or null when it is
 * @param annul        the assignment the event gave, to annul (null: none)
 * @param reopen       the assignments it ended, to open again
 * @param reopenTerms  the terms it ended, to open again
 * @param annulTerms   the terms it started, to annul
 * @param restoreStatus whether the person's roster status goes back to ACTIVE (retirement, resignation)
 */
record Undo(MessageSourceResolvable refusal, AssignmentRecord annul, List<AssignmentRecord> reopen,
            List<Term> reopenTerms, List<Term> annulTerms, boolean restoreStatus) {

    public boolean possible() {
        return refusal == null;
    }

    /**
     * @param event             the event to undo (not revoked)
     * @param personEvents      the person's deployment events (revoked ones included, the event itself too)
     * @param history           the person's assignment history
     * @param terms             the person's terms of office
     * @param termsWithContract ids of terms a contract was signed on
     * @param permitted         whether the user may change assignments (and, for an exit, the roster status)
     */
    static Undo of(DeploymentEvent event, List<DeploymentEvent> personEvents, List<AssignmentRecord> history,
                   List<Term> terms, Collection<Long> termsWithContract, boolean permitted) {
        LocalDate day = event.effectiveDate();
        DeploymentKind kind = event.kind();
        boolean exit = kind == DeploymentKind.RETIREMENT || kind == DeploymentKind.RESIGNATION;
        AssignmentRecord given = event.toAssignmentId() == null ? null : find(history, event.toAssignmentId());
        List<AssignmentRecord> ended = ended(event, history);
        List<Long> endedIds = ended.stream().map(AssignmentRecord::id).toList();
        List<Term> reopenTerms = terms.stream().filter(t -> t.assignmentId() != null
                && endedIds.contains(t.assignmentId()) && day.equals(t.actualEnd())
                && kind.name().equals(t.endReason())).toList();
        List<Term> annulTerms = given == null ? List.of() : terms.stream()
                .filter(t -> Objects.equals(t.assignmentId(), given.id()) && t.open()).toList();
        Undo plan = new Undo(null, given, ended, reopenTerms, annulTerms, exit);

        if (!permitted) {
            return plan.refused(exit ? "cadres.deployment.undo.notPermittedExit" : "cadres.deployment.undo.notPermitted");
        }
        if (event.selectionId() != null) {
            return plan.refused("cadres.deployment.undo.bySelection", event.selectionId());
        }
        DeploymentEvent later = personEvents.stream()
                .filter(e -> e.id() != event.id() && !e.revoked() && isAfter(e, event))
                .min(Comparator.comparing(DeploymentEvent::effectiveDate).thenComparing(DeploymentEvent::id))
                .orElse(null);
        if (later != null) {
            return plan.refused("cadres.deployment.undo.laterEvent", later.effectiveDate().toString(),
                    label("cadres.deployment.kind." + later.kind()));
        }
        if (event.toAssignmentId() != null && (given == null || given.validTo() != null)) {
            return plan.refused("cadres.deployment.undo.givenEnded", given == null ? "" : given.postTitle(),
                    given == null || given.validTo() == null ? "" : given.validTo().toString());
        }
        if (event.fromAssignmentId() != null) {
            AssignmentRecord from = find(history, event.fromAssignmentId());
            if (from == null || !day.equals(from.validTo()) || from.annulled()) {
                return plan.refused("cadres.deployment.undo.endedChanged", from == null ? "" : from.postTitle(),
                        day.toString());
            }
        }
        if (!ended.isEmpty()) {
            Set<Long> own = new java.util.HashSet<>(endedIds);
            if (given != null) {
                own.add(given.id());
            }
            for (AssignmentRecord a : history) {
                if (own.contains(a.id()) || a.annulled() || a.validFrom().equals(a.validTo())) {
                    continue;
                }
                LocalDate changed = !a.validFrom().isBefore(day) ? a.validFrom()
                        : a.validTo() != null && !a.validTo().isBefore(day) ? a.validTo() : null;
                if (changed != null) {
                    return plan.refused("cadres.deployment.undo.laterAssignment", changed.toString(), a.postTitle());
                }
            }
            for (Term t : terms) {
                if (t.assignmentId() != null && endedIds.contains(t.assignmentId()) && !reopenTerms.contains(t)
                        && (t.open() || t.actualEnd().isAfter(day))) {
                    return plan.refused("cadres.deployment.undo.termChanged", t.title(), day.toString());
                }
            }
        }
        for (Term t : annulTerms) {
            if (termsWithContract.contains(t.id())) {
                return plan.refused("cadres.deployment.undo.contract", t.title());
            }
        }
        return plan;
    }

    /** The assignments the event ended: the one it names and, for a retirement or resignation, all ended with it. */
    private static List<AssignmentRecord> ended(DeploymentEvent event, List<AssignmentRecord> history) {
        List<AssignmentRecord> ended = new ArrayList<>();
        switch (event.kind().change()) {
            case MOVE_PRIMARY, END_ONE -> {
                AssignmentRecord from = event.fromAssignmentId() == null ? null : find(history, event.fromAssignmentId());
                if (from != null && event.effectiveDate().equals(from.validTo())) {
                    ended.add(from);
                }
            }
            case END_ALL -> history.stream()
                    .filter(a -> event.effectiveDate().equals(a.validTo()) && !a.annulled()
                            && event.kind().endReason().equals(a.endReason()))
                    .forEach(ended::add);
            default -> {
            }
        }
        return ended;
    }

    private static boolean isAfter(DeploymentEvent e, DeploymentEvent than) {
        int byDay = e.effectiveDate().compareTo(than.effectiveDate());
        return byDay > 0 || (byDay == 0 && e.id() > than.id());
    }

    private static AssignmentRecord find(List<AssignmentRecord> history, long id) {
        return history.stream().filter(a -> a.id() == id).findFirst().orElse(null);
    }

    /** The refusal as the rule it breaks, to refuse an undo asked for all the same. */
    org.cadre.shared.BusinessRuleException refusedAsRule() {
        return new org.cadre.shared.BusinessRuleException(refusal.getCodes()[0], refusal.getArguments());
    }

    private Undo refused(String key, Object... arguments) {
        return new Undo(new DefaultMessageSourceResolvable(new String[] {key}, arguments, key), annul, reopen,
                reopenTerms, annulTerms, restoreStatus);
    }

    private static MessageSourceResolvable label(String key) {
        return new DefaultMessageSourceResolvable(new String[] {key}, key);
    }
}
