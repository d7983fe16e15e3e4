package org.cadre.ballots.internal;

import java.util.List;
import java.util.Map;

import org.cadre.ballots.BallotMode;
import org.cadre.ballots.BallotState;
import org.cadre.identity.AuditLog;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The totals of a show of hands in one group of a COUNTED ballot, entered while the ballot is open: how many voted,
 * and per question how many gave each answer. Entering again replaces the group's totals (audited before and after);
 * no answer may have more votes than voters, nor a question more answers than voters. The caller checks the
 * permission: the ballot page ({@code ballot:manage}) or another module through {@link org.cadre.ballots.Ballots}.
 */
@Component
public class ShowOfHands {

    private final BallotRepository repository;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    ShowOfHands(BallotRepository repository, AuditLog audit, JdbcClient jdbc) {
        this.repository = repository;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Transactional
    public void enter(long ballotId, long groupId, int voted, Map<Long, Map<String, Integer>> votes) {
        repository.lockForStep(ballotId);
        BallotDefinition ballot = repository.find(ballotId).orElseThrow();
        if (ballot.mode() != BallotMode.COUNTED) {
            throw new BusinessRuleException("ballot.counts.notCounted");
        }
        if (ballot.state() != BallotState.OPEN) {
            throw new BusinessRuleException("ballot.notOpen");
        }
        BallotDefinition.Group group = ballot.group(groupId).orElseThrow(() -> new NotFoundException("group", groupId));
        int eligible = repository.turnout(ballotId, ballot.state(), ballot.groups()).groups().stream()
                .filter(g -> g.groupId() == groupId).findFirst().orElseThrow().eligible();
        if (voted < 0 || voted > eligible) {
            throw BusinessRuleException.onField("voted", "ballot.counts.voted", eligible);
        }
        for (var entry : votes.entrySet()) {
            BallotDefinition.Question q = ballot.question(entry.getKey())
                    .orElseThrow(() -> new BusinessRuleException("ballot.paper.unknownQuestion"));
            int sum = 0;
            for (var answer : entry.getValue().entrySet()) {
                if (!q.answerKeys().contains(answer.getKey())) {
                    throw BusinessRuleException.onField("q" + q.id(), "ballot.paper.unknownAnswer", q.title());
                }
                if (answer.getValue() == null || answer.getValue() < 0 || answer.getValue() > voted) {
                    throw BusinessRuleException.onField("q" + q.id(), "ballot.counts.tooMany", q.title(), voted);
                }
                sum += answer.getValue();
            }
            boolean onePerVoter = q.scale() != null;
            if (onePerVoter && sum > voted) {
                throw BusinessRuleException.onField("q" + q.id(), "ballot.counts.tooMany", q.title(), voted);
            }
        }
        List<Map<String, Object>> before = jdbc.sql("select question_id, answer_key, votes from ballot_count where group_id = ?")
                .param(groupId).query().listOfRows();
        jdbc.sql("delete from ballot_count where group_id = ?").param(groupId).update();
        for (var entry : votes.entrySet()) {
            for (var answer : entry.getValue().entrySet()) {
                jdbc.sql("insert into ballot_count (ballot_id, group_id, question_id, answer_key, votes) values (?, ?, ?, ?, ?)")
                        .params(ballotId, groupId, entry.getKey(), answer.getKey(), answer.getValue()).update();
            }
        }
        jdbc.sql("update ballot_group set counted_cast = ? where id = ?").params(voted, groupId).update();
        jdbc.sql("update ballot_voter set voted = (id in (select id from ballot_voter where group_id = ? order by id limit ?)) where group_id = ?")
                .params(groupId, voted, groupId).update();
        audit.record("ballot.countsEntered", "ballot", ballotId, "Show of hands counted in " + group.name() + ": "
                + voted + " voted", Map.of("counts", before, "voted", group.countedCast() == null ? 0 : group.countedCast()),
                Map.of("counts", votes, "voted", voted));
    }
}
