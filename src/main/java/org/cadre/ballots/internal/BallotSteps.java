package org.cadre.ballots.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cadre.ballots.BallotMode;
import org.cadre.ballots.BallotPublished;
import org.cadre.ballots.BallotState;
import org.cadre.identity.AuditLog;
import org.cadre.shared.BusinessRuleException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The explicit steps of a ballot: open (codes issued), close (counted), publish, cancel. Each is audited. */
@Service
public class BallotSteps {

    private final BallotRepository ballots;
    private final BallotBox box;
    private final BallotKeys keys;
    private final JdbcTemplate batch;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MessageSource messages;

    BallotSteps(BallotRepository ballots, BallotBox box, BallotKeys keys, JdbcTemplate batch, AuditLog audit,
                ApplicationEventPublisher events, Clock clock, MessageSource messages) {
        this.messages = messages;
        this.ballots = ballots;
        this.box = box;
        this.keys = keys;
        this.batch = batch;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void open(long ballotId) {
        step(ballotId, BallotState.OPEN);
        BallotDefinition ballot = ballots.find(ballotId).orElseThrow();
        var turnout = ballots.turnout(ballotId, ballot.state(), ballot.groups());
        if (ballot.groups().isEmpty()) {
            throw new BusinessRuleException("ballot.validation.groups");
        }
        if (ballot.groups().stream().map(BallotDefinition.Group::weight).allMatch(w -> w.signum() == 0)) {
            throw new BusinessRuleException("ballot.validation.weight");
        }
        if (turnout.eligible() == 0) {
            throw new BusinessRuleException("ballot.open.emptyRoll");
        }
        for (var group : turnout.groups()) {
            if (group.eligible() == 0) {
                throw new BusinessRuleException("ballot.open.emptyGroup", group.name());
            }
        }
        if (ballot.questions().isEmpty()) {
            throw new BusinessRuleException("ballot.validation.questions");
        }
        if (ballot.mode() == BallotMode.COUNTED && ballot.questions().stream()
                .anyMatch(q -> q.kind() == org.cadre.ballots.QuestionKind.SCORE || q.kind() == org.cadre.ballots.QuestionKind.RANK)) {
            throw new BusinessRuleException("ballot.counted.kinds");
        }
        if (ballot.mode() != BallotMode.COUNTED) {
            byte[] key = keys.newBallotKey();
            ballots.storeWrappedKey(ballotId, keys.wrap(key, ballotId));
            List<Object[]> codes = new ArrayList<>();
            for (BallotRepository.SealedCode voter : ballots.sealedCodes(ballotId)) {
                String code = VotingCodes.next();
                codes.add(new Object[] {keys.codeMac(code), BallotKeys.seal(key, code.getBytes(), ballotId),
                        voter.voterId()});
            }
            batch.batchUpdate("update ballot_voter set code_mac = ?, code_sealed = ? where id = ?", codes);
        }
        ballots.moveTo(ballotId, BallotState.OPEN, "opened_at", OffsetDateTime.now(clock));
        audit.record("ballot.opened", "ballot", ballotId, "Ballot opened: " + ballot.title() + " ("
                + turnout.eligible() + " voters)", Map.of("state", "DRAFT"), Map.of("state", "OPEN",
                "eligible", turnout.eligible()));
    }

    @Transactional
    public void close(long ballotId) {
        step(ballotId, BallotState.CLOSED);
        int counted = box.empty(ballotId);
        ballots.moveTo(ballotId, BallotState.CLOSED, "closed_at", OffsetDateTime.now(clock));
        audit.record("ballot.closed", "ballot", ballotId, "Ballot closed with " + counted + " ballots",
                Map.of("state", "OPEN"), Map.of("state", "CLOSED", "ballots", counted));
    }

    @Transactional
    public void publish(long ballotId) {
        step(ballotId, BallotState.PUBLISHED);
        ballots.moveTo(ballotId, BallotState.PUBLISHED, "published_at", OffsetDateTime.now(clock));
        BallotDefinition ballot = ballots.find(ballotId).orElseThrow();
        audit.record("ballot.published", "ballot", ballotId, "Results published: " + ballot.title(),
                Map.of("state", "CLOSED"), Map.of("state", "PUBLISHED"));
        events.publishEvent(new BallotPublished(ballotId, ballot.origin()));
    }

    @Transactional
    public void cancel(long ballotId) {
        step(ballotId, BallotState.CANCELLED);
        ballots.cancel(ballotId);
        audit.record("ballot.cancelled", "ballot", ballotId, "Ballot cancelled", Map.of("state", "DRAFT"),
                Map.of("state", "CANCELLED"));
    }

    /**
     * Locks the ballot and refuses a step its state does not allow; the box forgets what it cached of the ballot (it
     * caches only open ballots, and re-reads the state after any step).
     */
    private void step(long ballotId, BallotState next) {
        BallotState now = ballots.lockForStep(ballotId);
        if (!now.canMoveTo(next)) {
            throw new BusinessRuleException("ballot.step.refused", stateLabel(now), stateLabel(next));
        }
        box.forget(ballotId);
    }

    /** A state as the reader's language names it, for the refusal message. */
    private String stateLabel(BallotState state) {
        return messages.getMessage("ballot.state." + state.name(), null, state.name(), LocaleContextHolder.getLocale());
    }
}
