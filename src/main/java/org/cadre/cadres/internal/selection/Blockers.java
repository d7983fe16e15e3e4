package org.cadre.cadres.internal.selection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cadre.shared.BusinessRuleException;

/**
 * What keeps a selection from its regular next step: the page lists them, the step refuses with the first. Each
 * names what is missing (the inspection check, the objection not yet resolved, the day the notice ends).
 */
final class Blockers {

    /** One reason, as a message key and its arguments. */
    record Blocker(String key, Object... args) {

        BusinessRuleException refusal() {
            return new BusinessRuleException(key, args);
        }
    }

    private Blockers() {
    }

    /**
     * @param names the candidates' names by person id, for messages that name one
     */
    static List<Blocker> of(Selection s, List<Candidate> candidates, List<Objection> objections, List<Judge> judges,
                            java.util.Map<Long, String> names, LocalDate today) {
        List<Blocker> blockers = new ArrayList<>();
        List<Candidate> active = candidates.stream().filter(Candidate::active).toList();
        switch (s.state()) {
            case RECOMMENDATION -> {
                if (active.isEmpty()) {
                    blockers.add(new Blocker("selection.block.noCandidates"));
                }
                if (s.method() == SelectionMethod.DEMOCRATIC_RECOMMENDATION) {
                    if (s.ballotId() == null) {
                        blockers.add(new Blocker("selection.block.noBallot"));
                    } else if (active.stream().anyMatch(c -> c.recommendationRate() == null)) {
                        blockers.add(new Blocker("selection.block.ballotNotPublished"));
                    }
                }
            }
            case REGISTRATION -> {
                if (active.isEmpty()) {
                    blockers.add(new Blocker("selection.block.noApplicants"));
                }
            }
            case ELIGIBILITY -> {
                active.stream().filter(c -> c.eligible() == null).forEach(c ->
                        blockers.add(new Blocker("selection.block.unchecked", names.get(c.personId()))));
                if (active.stream().noneMatch(c -> Boolean.TRUE.equals(c.eligible()))) {
                    blockers.add(new Blocker("selection.block.noneEligible"));
                }
            }
            case SCORING -> {
                if (judges.isEmpty()) {
                    blockers.add(new Blocker("selection.block.noJudges"));
                }
                active.stream().filter(c -> c.score() == null).forEach(c ->
                        blockers.add(new Blocker("selection.block.unscored", names.get(c.personId()))));
            }
            case INSPECTION -> {
                if (s.inspectionTeam() == null) {
                    blockers.add(new Blocker("selection.block.noTeam"));
                }
                if (s.interviewed() == null || s.interviewed() <= 0) {
                    blockers.add(new Blocker("selection.block.noInterviews"));
                }
                for (InspectionCheck check : InspectionCheck.values()) {
                    if (!s.checks().contains(check)) {
                        blockers.add(new Blocker("selection.block.checkMissing", Label.of(check)));
                    }
                }
                if (s.inspectionReport() == null) {
                    blockers.add(new Blocker("selection.block.noReport"));
                }
            }
            case DECISION -> {
                if (s.meetingDate() == null) {
                    blockers.add(new Blocker("selection.block.noDecision"));
                } else if (active.stream().noneMatch(c -> Boolean.TRUE.equals(c.decisionPassed()))) {
                    blockers.add(new Blocker("selection.block.nonePassed"));
                }
            }
            case PUBLIC_NOTICE -> {
                if (s.noticeEnd() == null || !today.isAfter(s.noticeEnd())) {
                    blockers.add(new Blocker("selection.block.noticeRunning",
                            s.noticeEnd() == null ? "" : s.noticeEnd().toString()));
                }
                objections.stream().filter(o -> !o.resolved()).forEach(o ->
                        blockers.add(new Blocker("selection.block.objectionOpen", o.receivedOn().toString())));
            }
            default -> {
            }
        }
        return blockers;
    }
}
