package org.cadre.assessment.internal;

import org.cadre.ballots.BallotPublished;
import org.cadre.shared.BusinessRuleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a cycle's appraisal ballot is published, its weighted scores become the cycle's democratic-appraisal scores,
 * in the transaction that publishes. A cycle no longer collecting scores keeps what it has (the officer can pull the
 * results later from the cycle page, or enter them); the ballot is published all the same.
 */
@Component
class BallotFollower {

    static final String ORIGIN_PREFIX = "assessment-cycle:";
    private static final Logger log = LoggerFactory.getLogger(BallotFollower.class);

    private final CycleCommands commands;

    BallotFollower(CycleCommands commands) {
        this.commands = commands;
    }

    @EventListener
    void on(BallotPublished event) {
        if (event.origin() == null || !event.origin().startsWith(ORIGIN_PREFIX)) {
            return;
        }
        long cycleId;
        try {
            cycleId = Long.parseLong(event.origin().substring(ORIGIN_PREFIX.length()));
        } catch (NumberFormatException e) {
            return;
        }
        try {
            int saved = commands.applyBallot(cycleId, event.ballotId());
            log.info("Ballot {} published: {} democratic-appraisal scores of cycle {}", event.ballotId(), saved, cycleId);
        } catch (BusinessRuleException e) {
            log.warn("Ballot {} published, but cycle {} did not take its scores: {}", event.ballotId(), cycleId,
                    e.messageKey());
        }
    }
}
