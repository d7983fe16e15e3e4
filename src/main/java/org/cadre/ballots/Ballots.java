package org.cadre.ballots;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cadre.ballots.internal.BallotBox;
import org.cadre.ballots.internal.BallotDefinition;
import org.cadre.ballots.internal.BallotRepository;
import org.cadre.ballots.internal.BallotRules;
import org.cadre.ballots.internal.BallotSteps;
import org.cadre.ballots.internal.ShowOfHands;
import org.cadre.identity.AccessControl;
import org.cadre.identity.AuditLog;
import org.cadre.identity.CurrentUser;
import org.cadre.people.PersonNames;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of the ballot engine. The caller checks its own permission (an assessment officer
 * creates an appraisal ballot through the assessment module); the ballot pages and API check {@code ballot:*}.
 */
@Service
public class Ballots {

    private final BallotRepository ballots;
    private final BallotSteps steps;
    private final BallotBox box;
    private final ShowOfHands showOfHands;
    private final PersonNames people;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;

    Ballots(BallotRepository ballots, BallotSteps steps, BallotBox box, ShowOfHands showOfHands, PersonNames people,
            AccessControl access, AuditLog audit, Clock clock) {
        this.showOfHands = showOfHands;
        this.ballots = ballots;
        this.steps = steps;
        this.box = box;
        this.people = people;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new DRAFT ballot; refuses a spec that breaks a rule (a PICK question without candidates…). */
    @Transactional
    public long create(BallotSpec spec) {
        BallotRules.check(spec);
        Set<Long> everyone = new HashSet<>();
        spec.groups().forEach(g -> everyone.addAll(g.voterPersonIds()));
        spec.questions().forEach(q -> {
            if (q.subjectPersonId() != null) {
                everyone.add(q.subjectPersonId());
            }
            q.options().stream().filter(o -> o.personId() != null).forEach(o -> everyone.add(o.personId()));
        });
        Map<Long, PersonNames.Named> known = people.byIds(everyone);
        if (known.size() < everyone.size()) {
            Long missing = everyone.stream().filter(id -> !known.containsKey(id)).findFirst().orElseThrow();
            throw new BusinessRuleException("ballot.person.unknown", missing);
        }
        long id = ballots.insert(spec, access.currentUser().map(CurrentUser::getUsername).orElse("system"),
                OffsetDateTime.now(clock));
        BallotDefinition created = ballots.find(id).orElseThrow();
        Set<Long> onRoll = new HashSet<>();
        for (int i = 0; i < spec.groups().size(); i++) {
            List<Long> voters = new ArrayList<>();
            for (Long person : spec.groups().get(i).voterPersonIds()) {
                if (!onRoll.add(person)) {
                    throw new BusinessRuleException("ballot.voter.twice", known.get(person).name());
                }
                voters.add(person);
            }
            ballots.addVoters(id, created.groups().get(i).id(), voters);
        }
        audit.record("ballot.created", "ballot", id, "Ballot created: " + spec.title(), null, spec);
        return id;
    }

    /** Fixes the roll and issues a one-time code to every voter; refuses an empty roll. */
    public void open(long ballotId) {
        steps.open(ballotId);
    }

    /** Ends voting and counts: the sealed ballots of a secret ballot are opened, shuffled and stored unlinkably. */
    public void close(long ballotId) {
        steps.close(ballotId);
    }

    /** Makes the counted result public and tells the module that asked for the ballot ({@link BallotPublished}). */
    public void publish(long ballotId) {
        steps.publish(ballotId);
    }

    /**
     * COUNTED: enters the totals of a show of hands in one group while the ballot is open, as the officer does on
     * the ballot's page: how many voted, and per question id how many gave each answer key. Entering again replaces
     * the group's totals; no answer may have more votes than voters ({@code ballot.counts.*} otherwise).
     */
    @Transactional
    public void enterCounts(long ballotId, long groupId, int voted, Map<Long, Map<String, Integer>> votes) {
        showOfHands.enter(ballotId, groupId, voted, votes);
    }

    /** The ids of the ballot's rater groups, in order (for {@link #enterCounts}). */
    public List<Long> groupIds(long ballotId) {
        return definition(ballotId).groups().stream().map(BallotDefinition.Group::id).toList();
    }

    /** The ids of the ballot's questions, in order (for {@link #enterCounts}). */
    public List<Long> questionIds(long ballotId) {
        return definition(ballotId).questions().stream().map(BallotDefinition.Question::id).toList();
    }

    private BallotDefinition definition(long ballotId) {
        return ballots.find(ballotId).orElseThrow(() -> new NotFoundException("ballot", ballotId));
    }

    /** The counted result; only once the ballot is CLOSED or PUBLISHED. */
    public BallotResults results(long ballotId) {
        BallotDefinition ballot = ballots.find(ballotId).orElseThrow(() -> new NotFoundException("ballot", ballotId));
        if (!ballot.state().counted()) {
            throw new BusinessRuleException("ballot.results.notCounted");
        }
        return box.results(ballot);
    }

    public Turnout turnout(long ballotId) {
        BallotDefinition ballot = ballots.find(ballotId).orElseThrow(() -> new NotFoundException("ballot", ballotId));
        return ballots.turnout(ballotId, ballot.state(), ballot.groups());
    }

    public Optional<BallotSummary> find(long ballotId) {
        return ballots.summary(ballotId);
    }

    /** The ballots another module asked for, e.g. every ballot of {@code assessment-cycle:12}, newest first. */
    public List<BallotSummary> byOrigin(String origin) {
        return ballots.byOrigin(origin);
    }
}
