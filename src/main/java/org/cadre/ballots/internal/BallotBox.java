package org.cadre.ballots.internal;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.cadre.ballots.BallotMode;
import org.cadre.ballots.BallotPaper;
import org.cadre.ballots.BallotResults;
import org.cadre.ballots.BallotState;
import org.cadre.people.PersonNames;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.NotFoundException;
import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Casting and counting. A ballot is cast in a transaction that marks the voter as having voted and stores the
 * ballot (sealed, for a secret ballot, and committed together with the others cast at the same moment); the voter
 * is told "recorded" only after that commits. Closing opens the
 * sealed ballots, shuffles them and stores them in random order in one transaction, then destroys the ballot's key.
 * <p>
 * Casting holds a shared advisory lock on the ballot and closing an exclusive one, so that no ballot is cast into a
 * box that is being emptied: a cast either commits before the close reads the box, or finds the ballot closed.
 */
@Service
public class BallotBox {

    /** First half of the advisory lock key of a ballot ('BALL'); the second is the ballot's id. */
    static final int LOCK_SPACE = 0x42414C4C;
    private static final SecureRandom random = new SecureRandom();

    private final JdbcClient jdbc;
    /** For batches: the counted ballots of a whole box go in a few round trips. */
    private final JdbcTemplate batch;
    private final BallotRepository ballots;
    private final BallotKeys keys;
    private final PersonNames people;
    private final JsonMapper json;
    private final CastingBatches batches;
    private final TransactionTemplate transaction;
    /** Definitions and keys of open ballots: they do not change while a ballot is open. */
    private final Map<Long, BallotDefinition> openBallots = new ConcurrentHashMap<>();
    private final Map<Long, byte[]> openKeys = new ConcurrentHashMap<>();

    BallotBox(JdbcClient jdbc, JdbcTemplate batch, BallotRepository ballots, BallotKeys keys, PersonNames people,
              JsonMapper json, CastingBatches batches, TransactionTemplate transaction) {
        this.batches = batches;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.batch = batch;
        this.ballots = ballots;
        this.keys = keys;
        this.people = people;
        this.json = json;
    }

    /** A voter on a roll, found by their code or as the signed-in person. */
    public record VoterOnRoll(long voterId, long ballotId, long groupId, long personId, boolean voted) {
    }

    /** The voter a typed code belongs to; refuses a code that is malformed or unknown. */
    public VoterOnRoll voterByCode(String typed) {
        return jdbc.sql("select id, ballot_id, group_id, person_id, voted from ballot_voter where code_mac = ?")
                .param(mac(typed)).query(BallotBox::voter).optional()
                .orElseThrow(() -> BusinessRuleException.onField("code", "ballot.code.unknown"));
    }

    private byte[] mac(String typed) {
        String code = VotingCodes.normalize(typed);
        if (code == null) {
            throw BusinessRuleException.onField("code", "ballot.code.malformed");
        }
        return keys.codeMac(code);
    }

    private static VoterOnRoll voter(ResultSet rs, int row) throws java.sql.SQLException {
        return new VoterOnRoll(rs.getLong("id"), rs.getLong("ballot_id"), rs.getLong("group_id"),
                rs.getLong("person_id"), rs.getBoolean("voted"));
    }

    public Optional<VoterOnRoll> voterOfPerson(long ballotId, long personId) {
        return ballots.voterOf(ballotId, personId)
                .map(v -> new VoterOnRoll(v.id(), ballotId, v.groupId(), v.personId(), v.voted()));
    }

    /** Casts with a one-time code: {@link #cast} for the code's voter. */
    public String castWithCode(String typedCode, BallotPaper paper) {
        return cast(voterByCode(typedCode), paper);
    }

    /**
     * Casts a filled-in paper for a voter: all or nothing. Refused when the ballot is not open, the voter has voted
     * (a cast ballot cannot be changed: there is no revoting), or the paper has a fault. A secret ballot is checked
     * and sealed here and committed with the others cast at the same moment ({@link CastingBatches}); it returns
     * only after that commit.
     *
     * @return the receipt the voter can check against the published list of counted ballots
     */
    public String cast(VoterOnRoll voter, BallotPaper paper) {
        if (voter.voted()) {
            throw new BusinessRuleException("ballot.code.used");
        }
        BallotDefinition ballot = openBallot(voter.ballotId());
        if (ballot.mode() != BallotMode.SECRET || TransactionSynchronizationManager.isActualTransactionActive()) {
            // a named ballot, or a caller's own transaction (which a batch, on its own connection, could not see)
            return transaction.execute(status -> castOne(voter, paper));
        }
        List<Marks.Mark> marks = Marks.of(ballot, paper, id -> !people.byIds(List.of(id)).isEmpty());
        String receipt = VotingCodes.nextReceipt();
        byte[] content = new SealedBallot(voter.groupId(), receipt, marks).toBytes(json, SealedBallot.sizeFor(ballot));
        byte[] sealed;
        try {
            sealed = BallotKeys.seal(openKey(ballot.id()), content, ballot.id());
        } catch (IllegalStateException keyGone) {
            // a ballot closed since: its key is destroyed
            forget(ballot.id());
            throw new BusinessRuleException("ballot.notOpen");
        }
        switch (batches.cast(new CastingBatches.Sealed(voter.voterId(), ballot.id(), sealed))) {
            case RECORDED -> {
                return receipt;
            }
            case NOT_OPEN -> {
                forget(ballot.id());
                throw new BusinessRuleException("ballot.notOpen");
            }
            default -> throw new BusinessRuleException("ballot.code.used");
        }
    }

    /** One ballot in one transaction (or the caller's), under the ballot's shared lock. */
    private String castOne(VoterOnRoll voter, BallotPaper paper) {
        jdbc.sql("select pg_advisory_xact_lock_shared(?, ?)").params(LOCK_SPACE, (int) voter.ballotId())
                .query((ResultSet rs) -> { });
        BallotDefinition ballot = openBallot(voter.ballotId());
        if (ballot.mode() == BallotMode.COUNTED) {
            throw new BusinessRuleException("ballot.counted.noCasting");
        }
        List<Marks.Mark> marks = Marks.of(ballot, paper, id -> !people.byIds(List.of(id)).isEmpty());
        // marks the voter only while the ballot is open; of many phones sending one code, one gets the row
        int marked = jdbc.sql("""
                update ballot_voter v set voted = true
                where v.id = ? and not v.voted and exists (select 1 from ballot b where b.id = v.ballot_id and b.state = 'OPEN')
                """).param(voter.voterId()).update();
        if (marked == 0) {
            BallotState state = jdbc.sql("select state from ballot where id = ?").param(voter.ballotId())
                    .query((rs, n) -> BallotState.valueOf(rs.getString(1))).single();
            if (state != BallotState.OPEN) {
                forget(voter.ballotId());
                throw new BusinessRuleException("ballot.notOpen");
            }
            throw new BusinessRuleException("ballot.code.used");
        }
        String receipt = VotingCodes.nextReceipt();
        SealedBallot paperWithReceipt = new SealedBallot(voter.groupId(), receipt, marks);
        if (ballot.mode() == BallotMode.SECRET) {
            jdbc.sql("insert into ballot_sealed (ballot_id, sealed) values (?, ?)").params(ballot.id(),
                    BallotKeys.seal(openKey(ballot.id()), paperWithReceipt.toBytes(json, SealedBallot.sizeFor(ballot)),
                            ballot.id())).update();
        } else {
            store(ballot.id(), List.of(paperWithReceipt), voter.personId());
        }
        return receipt;
    }

    /**
     * Empties the box of a secret ballot into the counted ballots: opened, shuffled, stored in random order in this
     * one transaction with random ids; then the sealed ballots and the ballot's key are deleted. The caller holds
     * the ballot row's lock and moves it to CLOSED in the same transaction.
     */
    @Transactional
    public int empty(long ballotId) {
        jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(LOCK_SPACE, (int) ballotId).query((ResultSet rs) -> { });
        BallotDefinition ballot = ballots.find(ballotId).orElseThrow(() -> new NotFoundException("ballot", ballotId));
        int count = 0;
        if (ballot.mode() == BallotMode.SECRET) {
            byte[] key = ballots.wrappedKey(ballotId).map(w -> keys.unwrap(w, ballotId))
                    .orElseThrow(() -> new IllegalStateException("ballot " + ballotId + " has no key"));
            List<SealedBallot> opened = new ArrayList<>();
            jdbc.sql("select sealed from ballot_sealed where ballot_id = ?").param(ballotId).query((ResultSet rs) -> {
                opened.add(SealedBallot.fromBytes(BallotKeys.open(key, rs.getBytes(1), ballotId), json));
            });
            Collections.shuffle(opened, random);
            store(ballotId, opened, null);
            jdbc.sql("delete from ballot_sealed where ballot_id = ?").param(ballotId).update();
            count = opened.size();
        } else {
            count = jdbc.sql("select count(*) from ballot_cast where ballot_id = ?").param(ballotId)
                    .query(Integer.class).single();
        }
        ballots.destroyKey(ballotId);
        jdbc.sql("update ballot_voter set code_sealed = null where ballot_id = ?").param(ballotId).update();
        count(ballotId);
        forget(ballotId);
        return count;
    }

    /** Counts the stored ballots once, into the tally the results read: a closed ballot's counts never change. */
    public void count(long ballotId) {
        jdbc.sql("delete from ballot_tally where ballot_id = ?").param(ballotId).update();
        jdbc.sql("""
                insert into ballot_tally (ballot_id, group_id, question_id, answer_key, votes, score_sum)
                select ballot_id, group_id, question_id, answer_key, count(*), sum(score) from ballot_answer
                where ballot_id = ? group by ballot_id, group_id, question_id, answer_key
                """).param(ballotId).update();
    }

    /** Counted ballots in the given order; each gets a random id, so neither ids nor order say when it was cast. */
    private void store(long ballotId, List<SealedBallot> counted, Long voterPersonId) {
        List<Object[]> casts = new ArrayList<>(counted.size());
        List<Object[]> answers = new ArrayList<>();
        for (SealedBallot ballot : counted) {
            UUID id = UUID.randomUUID();
            casts.add(new Object[] {id, ballotId, ballot.groupId(), ballot.receipt(), voterPersonId});
            for (Marks.Mark mark : ballot.marks()) {
                answers.add(new Object[] {id, ballotId, ballot.groupId(), mark.questionId(), mark.key(), mark.score()});
            }
        }
        batch.batchUpdate("insert into ballot_cast (id, ballot_id, group_id, receipt, voter_person_id) values (?, ?, ?, ?, ?)",
                casts);
        batch.batchUpdate("insert into ballot_answer (cast_id, ballot_id, group_id, question_id, answer_key, score) "
                + "values (?, ?, ?, ?, ?, ?)", answers);
    }

    /** Whether a receipt is among the counted ballots of a ballot. */
    public boolean counted(long ballotId, String receipt) {
        return jdbc.sql("select count(*) from ballot_cast where ballot_id = ? and receipt = ?")
                .params(ballotId, receipt).query(Integer.class).single() > 0;
    }

    /** Every receipt of the counted ballots, in alphabetical order (the published list). */
    public List<String> receipts(long ballotId) {
        return jdbc.sql("select receipt from ballot_cast where ballot_id = ? order by receipt").param(ballotId)
                .query(String.class).list();
    }

    /** A page of the receipts of the counted ballots, in alphabetical order: the published list grows with the roll. */
    public Page<String> receipts(long ballotId, PageRequest page) {
        long total = jdbc.sql("select count(*) from ballot_cast where ballot_id = ?").param(ballotId)
                .query(Long.class).single();
        List<String> receipts = jdbc.sql("select receipt from ballot_cast where ballot_id = ? order by receipt limit ? offset ?")
                .params(ballotId, page.limit(), page.offset()).query(String.class).list();
        return new Page<>(receipts, total, page);
    }

    /** Counts the stored ballots (or the entered totals of a show of hands). */
    @Transactional(readOnly = true)
    public BallotResults results(BallotDefinition ballot) {
        Map<Long, Integer> eligible = new HashMap<>();
        jdbc.sql("select group_id, count(*) from ballot_voter where ballot_id = ? group by group_id").param(ballot.id())
                .query((ResultSet rs) -> {
                    eligible.put(rs.getLong(1), rs.getInt(2));
                });
        Map<Long, Integer> cast = new HashMap<>();
        List<Tally.Cell> cells = new ArrayList<>();
        if (ballot.mode() == BallotMode.COUNTED) {
            ballot.groups().forEach(g -> cast.put(g.id(), g.countedCast() == null ? 0 : g.countedCast()));
            jdbc.sql("select group_id, question_id, answer_key, votes from ballot_count where ballot_id = ?")
                    .param(ballot.id()).query((ResultSet rs) -> {
                        cells.add(new Tally.Cell(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), null));
                    });
        } else {
            jdbc.sql("select group_id, count(*) from ballot_cast where ballot_id = ? group by group_id")
                    .param(ballot.id()).query((ResultSet rs) -> {
                        cast.put(rs.getLong(1), rs.getInt(2));
                    });
            jdbc.sql("select group_id, question_id, answer_key, votes, score_sum from ballot_tally where ballot_id = ?")
                    .param(ballot.id()).query((ResultSet rs) -> {
                        cells.add(new Tally.Cell(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                                rs.getBigDecimal(5)));
                    });
        }
        Map<Long, PersonNames.Named> names = new HashMap<>();
        List<Long> writeIns = cells.stream().filter(c -> c.key().startsWith("person:"))
                .map(c -> Long.parseLong(c.key().substring(7))).distinct().toList();
        names.putAll(people.byIds(writeIns));
        List<BallotResults.NamedVote> named = ballot.mode() == BallotMode.NAMED ? namedVotes(ballot) : List.of();
        return Tally.count(ballot, eligible, cast, cells,
                id -> names.containsKey(id) ? names.get(id).name() : "#" + id, named);
    }

    private List<BallotResults.NamedVote> namedVotes(BallotDefinition ballot) {
        Map<String, Map<Long, List<String>>> byCast = new LinkedHashMap<>();
        Map<String, long[]> voter = new HashMap<>();
        jdbc.sql("""
                select c.id, c.voter_person_id, c.group_id, a.question_id, a.answer_key, a.score
                from ballot_cast c join ballot_answer a on a.cast_id = c.id
                where c.ballot_id = ? order by c.group_id, c.voter_person_id, a.question_id
                """).param(ballot.id()).query((ResultSet rs) -> {
                    String id = rs.getString(1);
                    voter.put(id, new long[] {rs.getLong(2), rs.getLong(3)});
                    String shown = rs.getBigDecimal(6) == null ? rs.getString(5) : rs.getString(5) + "=" + rs.getBigDecimal(6).toPlainString();
                    byCast.computeIfAbsent(id, k -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getLong(4), k -> new ArrayList<>()).add(shown);
                });
        Map<Long, PersonNames.Named> names = people.byIds(voter.values().stream().map(v -> v[0]).toList());
        List<BallotResults.NamedVote> votes = new ArrayList<>();
        byCast.forEach((id, answers) -> {
            long[] v = voter.get(id);
            String group = ballot.group(v[1]).map(BallotDefinition.Group::name).orElse("");
            Map<Long, String> joined = new LinkedHashMap<>();
            answers.forEach((q, a) -> joined.put(q, String.join(", ", a)));
            votes.add(new BallotResults.NamedVote(v[0], names.containsKey(v[0]) ? names.get(v[0]).name() : "#" + v[0],
                    group, joined));
        });
        return votes;
    }

    /**
     * The definition of an open ballot, cached: an open ballot's questions cannot change. A ballot in any other state
     * is refused before anything is cached, so that a draft read by a voter's early (faulty) paper cannot outlive the
     * officer's later edits.
     */
    private BallotDefinition openBallot(long ballotId) {
        BallotDefinition cached = openBallots.get(ballotId);
        if (cached != null) {
            return cached;
        }
        BallotDefinition ballot = ballots.find(ballotId).orElseThrow(() -> new NotFoundException("ballot", ballotId));
        if (ballot.state() != BallotState.OPEN) {
            throw new BusinessRuleException("ballot.notOpen");
        }
        openBallots.putIfAbsent(ballotId, ballot);
        return ballot;
    }

    private byte[] openKey(long ballotId) {
        return openKeys.computeIfAbsent(ballotId, id -> ballots.wrappedKey(id).map(w -> keys.unwrap(w, id))
                .orElseThrow(() -> new IllegalStateException("ballot " + id + " has no key")));
    }

    /** Drops a ballot from the caches: called on every step and every edit of a draft. */
    void forget(long ballotId) {
        openBallots.remove(ballotId);
        openKeys.remove(ballotId);
    }
}
