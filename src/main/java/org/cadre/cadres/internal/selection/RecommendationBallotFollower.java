package org.cadre.cadres.internal.selection;

import org.cadre.ballots.BallotPublished;
import org.cadre.shared.BusinessRuleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a selection's recommendation ballot is published, its counts become the candidates' recommendation rates, in
 * the transaction that publishes. A selection that no longer takes them keeps what it has; the ballot is published
 * all the same.
 */
@Component
class RecommendationBallotFollower {

    private static final Logger log = LoggerFactory.getLogger(RecommendationBallotFollower.class);

    private final SelectionCommands commands;

    RecommendationBallotFollower(SelectionCommands commands) {
        this.commands = commands;
    }

    @EventListener
    void on(BallotPublished event) {
        String origin = event.origin();
        if (origin == null || !origin.startsWith(SelectionCommands.ORIGIN_PREFIX)) {
            return;
        }
        long selectionId;
        try {
            selectionId = Long.parseLong(origin.substring(SelectionCommands.ORIGIN_PREFIX.length()));
        } catch (NumberFormatException e) {
            return;
        }
        try {
            int saved = commands.applyBallot(selectionId, event.ballotId());
            log.info("Ballot {} published: recommendation rates of {} candidates of selection {}", event.ballotId(),
                    saved, selectionId);
        } catch (BusinessRuleException e) {
            log.warn("Ballot {} published, but selection {} did not take its rates: {}", event.ballotId(),
                    selectionId, e.messageKey());
        }
    }
}
