package org.cadre.congress.internal.meetings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.cadre.ballots.BallotMode;
import org.cadre.ballots.BallotResults;
import org.cadre.ballots.BallotSpec;
import org.cadre.ballots.Ballots;
import org.cadre.ballots.PassRule;
import org.cadre.ballots.Quorum;
import org.cadre.ballots.Scale;
import org.cadre.ballots.Turnout;
import org.cadre.congress.internal.CongressRoll;
import org.cadre.identity.AuditLog;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The votes on the documents of a meeting: opened only with the quorum present, either a secret ballot on the ballot
 * engine (codes for the delegates checked in, voting on their phones) or counts entered by the officer; decided by
 * the {@link AdoptionRule} against ALL delegates of the term. An adopted document is published with its result.
 */
@Service
public class Votes {

    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final Attendance attendance;
    private final Ballots ballots;
    private final CongressAccess access;
    private final AuditLog audit;
    private final CongressReminders reminders;
    private final MessageSource messages;

    Votes(JdbcClient jdbc, Meetings meetings, Attendance attendance, Ballots ballots, CongressAccess access,
          AuditLog audit, CongressReminders reminders, MessageSource messages) {
        this.messages = messages;
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.attendance = attendance;
        this.ballots = ballots;
        this.access = access;
        this.audit = audit;
        this.reminders = reminders;
    }

    public record Vote(long id, long agendaItemId, long meetingId, String title, String mode, Long ballotId,
                       String state, int allDelegates, int present, Integer votesFor, Integer votesAgainst,
                       Integer abstentions, Boolean adopted, OffsetDateTime openedAt, OffsetDateTime decidedAt) {

        public boolean open() {
            return "OPEN".equals(state);
        }

        public int needed() {
            return allDelegates / 2 + 1;
        }

        public BigDecimal forShareOfAll() {
            return votesFor == null || allDelegates == 0 ? null : BigDecimal.valueOf(100L * votesFor)
                    .divide(BigDecimal.valueOf(allDelegates), 1, RoundingMode.HALF_UP);
        }

        public boolean quorumMet() {
            return AdoptionRule.quorum(present, allDelegates);
        }
    }

    private static final String SELECT = """
            select v.id, v.agenda_item_id, a.meeting_id, a.title, v.mode, v.ballot_id, v.state, v.all_delegates, v.present,
                   v.votes_for, v.votes_against, v.abstentions, v.adopted, v.opened_at, v.decided_at
            from congress_vote v join congress_agenda_item a on a.id = v.agenda_item_id
            """;

    private static Vote row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Vote(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                (Long) rs.getObject(6), rs.getString(7), rs.getInt(8), rs.getInt(9), (Integer) rs.getObject(10),
                (Integer) rs.getObject(11), (Integer) rs.getObject(12), (Boolean) rs.getObject(13),
                rs.getObject(14, OffsetDateTime.class), rs.getObject(15, OffsetDateTime.class));
    }

    public List<Vote> ofMeeting(long meetingId) {
        return jdbc.sql(SELECT + " where a.meeting_id = ? order by a.position, a.id").param(meetingId).query(Votes::row)
                .list();
    }

    public Vote vote(long id) {
        return jdbc.sql(SELECT + " where v.id = ?").param(id).query(Votes::row).optional()
                .orElseThrow(() -> new NotFoundException("congress vote", id));
    }

    /** The documents the meeting adopted, with their results (public to every reader of the congress). */
    public List<Vote> adopted(long meetingId) {
        return jdbc.sql(SELECT + " where a.meeting_id = ? and v.state = 'DECIDED' and v.adopted order by a.position")
                .param(meetingId).query(Votes::row).list();
    }

    /** How many of the roll of a secret vote have voted so far. */
    public Turnout turnout(Vote vote) {
        return vote.ballotId() == null ? null : ballots.turnout(vote.ballotId());
    }

    /** Opens the vote on a document: the meeting in session, the quorum present. */
    @Transactional
    public long open(long agendaItemId, String mode) {
        access.requireManage();
        Meetings.AgendaItem item = meetings.agendaItem(agendaItemId);
        CongressRoll.Meeting meeting = meetings.meeting(item.meetingId());
        if (!item.votable()) {
            throw new BusinessRuleException("congress.vote.notADocument");
        }
        if (!"SECRET".equals(mode) && !"COUNTED".equals(mode)) {
            throw BusinessRuleException.onField("mode", "congress.vote.modeUnknown");
        }
        if (!"IN_SESSION".equals(meeting.state())) {
            throw new BusinessRuleException("congress.vote.notInSession");
        }
        if (jdbc.sql("select count(*) from congress_vote where agenda_item_id = ?").param(agendaItemId)
                .query(Long.class).single() > 0) {
            throw new BusinessRuleException("congress.vote.already");
        }
        Attendance.Quorum quorum = attendance.quorum(meeting.id());
        if (!quorum.met()) {
            throw new BusinessRuleException("congress.vote.noQuorum", quorum.present(), quorum.all(), quorum.needed());
        }
        // Every vote has its ballot on the engine, so every vote has one result sheet from it: a secret ballot for
        // the delegates present, or a show of hands (COUNTED) whose totals the officer enters here.
        List<Long> roll = attendance.presentPersons(meeting.id());
        boolean secret = "SECRET".equals(mode);
        long ballotId = ballots.create(new BallotSpec(item.title(), meeting.name(),
                secret ? BallotMode.SECRET : BallotMode.COUNTED, PassRule.NONE, Quorum.NONE, 1,
                CongressVoteReaders.PREFIX + agendaItemId, List.of(new BallotSpec.GroupSpec(messages.getMessage("congress.vote.ballotGroup", null, "—",
                        LocaleContextHolder.getLocale()), BigDecimal.ONE, roll)),
                List.of(BallotSpec.QuestionSpec.choice(item.title(), Scale.FOR_AGAINST)),
                null)); // the congress is the whole company's: a company-wide ballot
        ballots.open(ballotId);
        long id = jdbc.sql("""
                insert into congress_vote (agenda_item_id, mode, ballot_id, all_delegates, present, opened_at, opened_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id
                """).param(agendaItemId).param(mode).param(ballotId).param(quorum.all()).param(quorum.present())
                .param(access.now()).param(access.actor()).query(Long.class).single();
        audit.record("congress.vote.opened", "congress_vote", id, "Vote opened on " + item.title(), null,
                Map.of("mode", mode, "present", quorum.present(), "all", quorum.all()));
        if (secret) {
            reminders.voteOpened(id, ballotId, item.title(), roll);
        }
        return id;
    }

    /**
     * COUNTED: the officer enters the counts; they go onto the vote's ballot on the engine (a show of hands of the
     * delegates present), which is closed and published, and the rule decides at once. Counts the rule refuses
     * (more than present, negative) change nothing. A counted vote opened before its ballot was kept on the engine
     * has none and is decided from the counts alone.
     */
    @Transactional
    public Vote enterCounts(long voteId, Integer votesFor, Integer votesAgainst, Integer abstentions) {
        access.requireManage();
        Vote vote = vote(voteId);
        if (!"COUNTED".equals(vote.mode())) {
            throw new BusinessRuleException("congress.vote.notCounted");
        }
        if (!vote.open()) {
            throw new BusinessRuleException("congress.vote.decided");
        }
        if (votesFor == null || votesAgainst == null || abstentions == null) {
            throw BusinessRuleException.onField("votesFor", "congress.vote.countsRequired");
        }
        AdoptionRule.decide(vote.allDelegates(), vote.present(), votesFor, votesAgainst, abstentions);
        if (vote.ballotId() == null) {
            return decide(vote, votesFor, votesAgainst, abstentions);
        }
        long ballotId = vote.ballotId();
        long question = ballots.questionIds(ballotId).get(0);
        ballots.enterCounts(ballotId, ballots.groupIds(ballotId).get(0), votesFor + votesAgainst + abstentions,
                Map.of(question, Map.of("FOR", votesFor, "AGAINST", votesAgainst, "ABSTAIN", abstentions)));
        return closeAndDecide(vote);
    }

    /**
     * SECRET: voting ends, the ballot engine counts and publishes, the rule decides: all in one transaction, so that
     * a failure leaves the ballot open with its vote rather than closed under a vote that is still open.
     */
    @Transactional
    public Vote closeSecret(long voteId) {
        access.requireManage();
        Vote vote = vote(voteId);
        if (!"SECRET".equals(vote.mode())) {
            throw new BusinessRuleException("congress.vote.notSecret");
        }
        if (!vote.open()) {
            throw new BusinessRuleException("congress.vote.decided");
        }
        return closeAndDecide(vote);
    }

    /** The engine closes and counts the vote's ballot, the rule decides on its result, the engine publishes it. */
    private Vote closeAndDecide(Vote vote) {
        ballots.close(vote.ballotId());
        BallotResults results = ballots.results(vote.ballotId());
        BallotResults.QuestionResult question = results.questions().get(0);
        Vote decided = decide(vote, count(question, "FOR"), count(question, "AGAINST"), count(question, "ABSTAIN"));
        ballots.publish(vote.ballotId());
        return decided;
    }

    private static int count(BallotResults.QuestionResult question, String key) {
        BallotResults.AnswerResult answer = question.answer(key);
        return answer == null || answer.total() == null ? 0 : answer.total().intValue();
    }

    private Vote decide(Vote vote, int votesFor, int votesAgainst, int abstentions) {
        AdoptionRule.Outcome outcome = AdoptionRule.decide(vote.allDelegates(), vote.present(), votesFor, votesAgainst,
                abstentions);
        int updated = jdbc.sql("""
                update congress_vote set state = 'DECIDED', votes_for = ?, votes_against = ?, abstentions = ?,
                       adopted = ?, decided_at = ?, decided_by = ?
                where id = ? and state = 'OPEN'
                """).param(votesFor).param(votesAgainst).param(abstentions).param(outcome.adopted())
                .param(access.now()).param(access.actor()).param(vote.id()).update();
        if (updated == 0) {
            throw new BusinessRuleException("congress.vote.decided");
        }
        audit.record("congress.vote.decided", "congress_vote", vote.id(), "Vote on " + vote.title() + ": "
                + (outcome.adopted() ? "adopted" : "not adopted"), null, Map.of("for", votesFor, "against",
                votesAgainst, "abstain", abstentions, "all", vote.allDelegates(), "present", vote.present(),
                "adopted", outcome.adopted()));
        return vote(vote.id());
    }
}
