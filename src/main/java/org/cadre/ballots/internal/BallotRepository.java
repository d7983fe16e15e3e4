package org.cadre.ballots.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cadre.ballots.BallotMode;
import org.cadre.ballots.BallotSpec;
import org.cadre.ballots.BallotState;
import org.cadre.ballots.BallotSummary;
import org.cadre.ballots.PassRule;
import org.cadre.ballots.Quorum;
import org.cadre.ballots.QuestionKind;
import org.cadre.ballots.Scale;
import org.cadre.ballots.Turnout;
import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Ballots, their groups, questions and options, and the voter roll, as plain SQL. */
@Repository
public class BallotRepository {

    private static final String SUMMARY = """
            select b.id, b.title, b.mode, b.state, b.origin, b.opened_at, b.closed_at, b.published_at,
                   (select count(*) from ballot_voter v where v.ballot_id = b.id) as eligible,
                   (select count(*) from ballot_voter v where v.ballot_id = b.id and v.voted) as voted
            from ballot b
            """;

    private final JdbcClient jdbc;

    BallotRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(BallotSpec spec, String createdBy, OffsetDateTime now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into ballot (title, description, mode, state, pass_rule, quorum, min_group_breakdown,
                                    origin, unit_id, created_by, created_at)
                values (:title, :description, :mode, 'DRAFT', :passRule, :quorum, :minGroup, :origin, :unit, :by, :at)
                """).param("title", spec.title().strip()).param("description", spec.description())
                .param("mode", spec.mode().name()).param("passRule", spec.passRule().name())
                .param("quorum", spec.quorum().name()).param("minGroup", spec.minGroupBreakdown())
                .param("origin", spec.origin()).param("unit", spec.unitId()).param("by", createdBy).param("at", now)
                .update(key, "id");
        long id = key.getKey().longValue();
        int position = 0;
        for (BallotSpec.GroupSpec group : spec.groups()) {
            addGroup(id, ++position, group.name().strip(), group.weight());
        }
        position = 0;
        for (BallotSpec.QuestionSpec question : spec.questions()) {
            addQuestion(id, ++position, question);
        }
        return id;
    }

    public long addGroup(long ballotId, int position, String name, BigDecimal weight) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into ballot_group (ballot_id, position, name, weight) values (?, ?, ?, ?)")
                .params(ballotId, position, name, weight).update(key, "id");
        return key.getKey().longValue();
    }

    public long addQuestion(long ballotId, int position, BallotSpec.QuestionSpec q) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into ballot_question (ballot_id, position, kind, title, subject_person_id, scale, max_picks,
                                             write_in, min_score, max_score, subject_unit_id)
                values (:ballot, :position, :kind, :title, :subject, :scale, :maxPicks, :writeIn, :min, :max, :unit)
                """).param("ballot", ballotId).param("position", position).param("kind", q.kind().name())
                .param("title", q.title().strip()).param("subject", q.subjectPersonId())
                .param("scale", q.scale() == null ? null : q.scale().name()).param("maxPicks", q.maxPicks())
                .param("writeIn", q.writeIn()).param("min", q.minScore()).param("max", q.maxScore())
                .param("unit", q.subjectUnitId()).update(key, "id");
        long questionId = key.getKey().longValue();
        int position2 = 0;
        for (BallotSpec.OptionSpec option : q.options()) {
            jdbc.sql("insert into ballot_option (question_id, position, label, person_id, weight) values (?, ?, ?, ?, ?)")
                    .params(questionId, ++position2, option.label().strip(), option.personId(), option.weight())
                    .update();
        }
        return questionId;
    }

    public void deleteQuestion(long ballotId, long questionId) {
        jdbc.sql("delete from ballot_question where ballot_id = ? and id = ?").params(ballotId, questionId).update();
    }

    public void deleteGroup(long ballotId, long groupId) {
        jdbc.sql("delete from ballot_group where ballot_id = ? and id = ?").params(ballotId, groupId).update();
    }

    public Optional<BallotDefinition> find(long id) {
        Optional<BallotDefinition> ballot = jdbc.sql("select * from ballot where id = ?").param(id)
                .query((rs, n) -> definition(rs, List.of(), List.of())).optional();
        if (ballot.isEmpty()) {
            return ballot;
        }
        List<BallotDefinition.Group> groups = jdbc.sql("select * from ballot_group where ballot_id = ? order by position, id")
                .param(id).query((rs, n) -> new BallotDefinition.Group(rs.getLong("id"), rs.getInt("position"),
                        rs.getString("name"), rs.getBigDecimal("weight"), (Integer) rs.getObject("counted_cast")))
                .list();
        Map<Long, List<BallotDefinition.Option>> options = new HashMap<>();
        jdbc.sql("""
                select o.* from ballot_option o join ballot_question q on q.id = o.question_id
                where q.ballot_id = ? order by o.position, o.id
                """).param(id).query((ResultSet rs) -> {
                    options.computeIfAbsent(rs.getLong("question_id"), k -> new ArrayList<>())
                            .add(new BallotDefinition.Option(rs.getLong("id"), rs.getInt("position"),
                                    rs.getString("label"), (Long) rs.getObject("person_id"),
                                    rs.getBigDecimal("weight")));
                });
        List<BallotDefinition.Question> questions = jdbc.sql(
                        "select * from ballot_question where ballot_id = ? order by position, id")
                .param(id).query((rs, n) -> {
                    String scale = rs.getString("scale");
                    return new BallotDefinition.Question(rs.getLong("id"), rs.getInt("position"),
                            QuestionKind.valueOf(rs.getString("kind")), rs.getString("title"),
                            (Long) rs.getObject("subject_person_id"), scale == null ? null : Scale.valueOf(scale),
                            (Integer) rs.getObject("max_picks"), rs.getBoolean("write_in"),
                            (Integer) rs.getObject("min_score"), (Integer) rs.getObject("max_score"),
                            List.copyOf(options.getOrDefault(rs.getLong("id"), List.of())),
                            (Long) rs.getObject("subject_unit_id"));
                }).list();
        BallotDefinition b = ballot.get();
        return Optional.of(new BallotDefinition(b.id(), b.title(), b.description(), b.mode(), b.state(), b.passRule(),
                b.quorum(), b.minGroupBreakdown(), b.origin(), b.unitId(), b.createdBy(), b.createdAt(), b.openedAt(),
                b.closedAt(), b.publishedAt(), b.version(), groups, questions));
    }

    /**
     * The ballot row locked against a concurrent step (open, close, publish); its state as it is now. {@code for no
     * key update}, not {@code for update}: the casts that a close waits for (its advisory lock) store rows whose
     * foreign key share-locks this row, and must not wait for the close in turn (a deadlock).
     */
    public BallotState lockForStep(long id) {
        return jdbc.sql("select state from ballot where id = ? for no key update").param(id)
                .query((rs, n) -> BallotState.valueOf(rs.getString(1))).optional()
                .orElseThrow(() -> new org.cadre.shared.NotFoundException("ballot", id));
    }

    public void moveTo(long id, BallotState state, String stampColumn, OffsetDateTime at) {
        // the column name is one of ours, never input
        jdbc.sql("update ballot set state = :state, " + stampColumn + " = :at, version = version + 1 where id = :id")
                .param("state", state.name()).param("at", at).param("id", id).update();
    }

    public void cancel(long id) {
        jdbc.sql("update ballot set state = 'CANCELLED', version = version + 1 where id = ?").param(id).update();
    }

    public void storeWrappedKey(long id, byte[] wrapped) {
        jdbc.sql("update ballot set wrapped_key = ? where id = ?").params(wrapped, id).update();
    }

    public Optional<byte[]> wrappedKey(long id) {
        return jdbc.sql("select wrapped_key from ballot where id = ?").param(id)
                .query((rs, n) -> rs.getBytes(1)).optional().filter(k -> k != null);
    }

    public void destroyKey(long id) {
        jdbc.sql("update ballot set wrapped_key = null where id = ?").param(id).update();
    }

    /**
     * The ballots an officer reaches: every ballot when {@code all}, otherwise those of the given units (a
     * company-wide ballot, with no unit, only when {@code all}).
     */
    public record Reach(boolean all, java.util.Collection<Long> unitIds) {

        public boolean reaches(Long unitId) {
            return all || unitId != null && unitIds.contains(unitId);
        }
    }

    public Page<BallotSummary> page(Reach reach, BallotState state, String text, PageRequest page) {
        String where = """
                where (cast(:state as text) is null or b.state = cast(:state as text))
                  and (cast(:text as text) is null or b.title ilike cast(:text as text) escape '\\')
                  and (:all or b.unit_id = any(:units))
                """;
        String stateName = state == null ? null : state.name();
        String like = text == null ? null : org.cadre.shared.Text.likeContains(text);
        Long[] units = reach.all() ? new Long[0] : reach.unitIds().toArray(Long[]::new);
        long total = jdbc.sql("select count(*) from ballot b " + where).param("state", stateName)
                .param("text", like).param("all", reach.all()).param("units", units).query(Long.class).single();
        List<BallotSummary> items = jdbc.sql(SUMMARY + where + " order by b.id desc limit :limit offset :offset")
                .param("state", stateName).param("text", like).param("all", reach.all()).param("units", units)
                .param("limit", page.limit())
                .param("offset", page.offset()).query(BallotRepository::summary).list();
        return new Page<>(items, total, page);
    }

    public Optional<BallotSummary> summary(long id) {
        return jdbc.sql(SUMMARY + " where b.id = ?").param(id).query(BallotRepository::summary).optional();
    }

    public List<BallotSummary> byOrigin(String origin) {
        return jdbc.sql(SUMMARY + " where b.origin = ? order by b.id desc").param(origin)
                .query(BallotRepository::summary).list();
    }

    /** Open ballots on whose roll the person is, and whether they have voted: the voter's inbox. */
    public List<InboxItem> inbox(long personId) {
        return jdbc.sql("""
                select b.id, b.title, b.mode, b.state, v.voted, v.id as voter_id
                from ballot_voter v join ballot b on b.id = v.ballot_id
                where v.person_id = ? and b.state in ('OPEN', 'CLOSED', 'PUBLISHED')
                order by (b.state = 'OPEN') desc, b.id desc limit 100
                """).param(personId)
                .query((rs, n) -> new InboxItem(rs.getLong("id"), rs.getString("title"),
                        BallotMode.valueOf(rs.getString("mode")), BallotState.valueOf(rs.getString("state")),
                        rs.getBoolean("voted"), rs.getLong("voter_id"))).list();
    }

    public record InboxItem(long ballotId, String title, BallotMode mode, BallotState state, boolean voted, long voterId) {
    }

    // --- the roll ---

    /** Adds people to a group's roll; people already on the ballot's roll are skipped. Returns how many were added. */
    public int addVoters(long ballotId, long groupId, List<Long> personIds) {
        if (personIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                insert into ballot_voter (ballot_id, group_id, person_id)
                select :ballot, :group, p from unnest(cast(:people as bigint[])) as p
                on conflict (ballot_id, person_id) do nothing
                """).param("ballot", ballotId).param("group", groupId)
                .param("people", personIds.stream().distinct().toArray(Long[]::new)).update();
    }

    public int removeVoter(long ballotId, long voterId) {
        return jdbc.sql("delete from ballot_voter where ballot_id = ? and id = ?").params(ballotId, voterId).update();
    }

    public record Voter(long id, long groupId, long personId, boolean voted) {
    }

    public Page<Voter> roll(long ballotId, Long groupId, PageRequest page) {
        long total = jdbc.sql("select count(*) from ballot_voter where ballot_id = :b and (cast(:g as bigint) is null or group_id = cast(:g as bigint))")
                .param("b", ballotId).param("g", groupId).query(Long.class).single();
        List<Voter> voters = jdbc.sql("""
                select id, group_id, person_id, voted from ballot_voter
                where ballot_id = :b and (cast(:g as bigint) is null or group_id = cast(:g as bigint))
                order by group_id, id limit :limit offset :offset
                """).param("b", ballotId).param("g", groupId).param("limit", page.limit()).param("offset", page.offset())
                .query((rs, n) -> new Voter(rs.getLong("id"), rs.getLong("group_id"), rs.getLong("person_id"),
                        rs.getBoolean("voted"))).list();
        return new Page<>(voters, total, page);
    }

    /** Every voter of the ballot with their sealed code, in roll order (for printing slips). */
    public List<SealedCode> sealedCodes(long ballotId) {
        return jdbc.sql("select id, group_id, person_id, code_sealed, voted from ballot_voter where ballot_id = ? order by group_id, id")
                .param(ballotId).query((rs, n) -> new SealedCode(rs.getLong("id"), rs.getLong("group_id"),
                        rs.getLong("person_id"), rs.getBytes("code_sealed"), rs.getBoolean("voted"))).list();
    }

    /** A page of the voters with their sealed codes, in roll order (the slips page and the codes API). */
    public Page<SealedCode> sealedCodes(long ballotId, PageRequest page) {
        long total = jdbc.sql("select count(*) from ballot_voter where ballot_id = ?").param(ballotId)
                .query(Long.class).single();
        List<SealedCode> codes = jdbc.sql("""
                select id, group_id, person_id, code_sealed, voted from ballot_voter where ballot_id = ?
                order by group_id, id limit ? offset ?
                """).params(ballotId, page.limit(), page.offset())
                .query((rs, n) -> new SealedCode(rs.getLong("id"), rs.getLong("group_id"),
                        rs.getLong("person_id"), rs.getBytes("code_sealed"), rs.getBoolean("voted"))).list();
        return new Page<>(codes, total, page);
    }

    public record SealedCode(long voterId, long groupId, long personId, byte[] sealed, boolean voted) {
    }

    public boolean onRoll(long ballotId, long personId) {
        return jdbc.sql("select exists (select 1 from ballot_voter where ballot_id = ? and person_id = ?)")
                .params(ballotId, personId).query(Boolean.class).single();
    }

    public Optional<Voter> voterOf(long ballotId, long personId) {
        return jdbc.sql("select id, group_id, person_id, voted from ballot_voter where ballot_id = ? and person_id = ?")
                .params(ballotId, personId).query((rs, n) -> new Voter(rs.getLong("id"), rs.getLong("group_id"),
                        rs.getLong("person_id"), rs.getBoolean("voted"))).optional();
    }

    public record Count(long groupId, long questionId, String key, int votes) {
    }

    /** The totals entered for a show of hands. */
    public List<Count> counts(long ballotId) {
        return jdbc.sql("select group_id, question_id, answer_key, votes from ballot_count where ballot_id = ?")
                .param(ballotId).query((rs, n) -> new Count(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4)))
                .list();
    }

    public Turnout turnout(long ballotId, BallotState state, List<BallotDefinition.Group> groups) {
        Map<Long, int[]> counts = new HashMap<>();
        jdbc.sql("select group_id, count(*), count(*) filter (where voted) from ballot_voter where ballot_id = ? group by group_id")
                .param(ballotId).query((ResultSet rs) -> {
                    counts.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)});
                });
        List<Turnout.Group> list = new ArrayList<>();
        int eligible = 0;
        int voted = 0;
        for (BallotDefinition.Group g : groups) {
            int[] c = counts.getOrDefault(g.id(), new int[2]);
            list.add(new Turnout.Group(g.id(), g.name(), c[0], c[1]));
            eligible += c[0];
            voted += c[1];
        }
        return new Turnout(ballotId, state, eligible, voted, list);
    }

    private static BallotSummary summary(ResultSet rs, int n) throws SQLException {
        return new BallotSummary(rs.getLong("id"), rs.getString("title"), BallotMode.valueOf(rs.getString("mode")),
                BallotState.valueOf(rs.getString("state")), rs.getString("origin"), rs.getInt("eligible"),
                rs.getInt("voted"), rs.getObject("opened_at", OffsetDateTime.class),
                rs.getObject("closed_at", OffsetDateTime.class), rs.getObject("published_at", OffsetDateTime.class));
    }

    private static BallotDefinition definition(ResultSet rs, List<BallotDefinition.Group> groups,
                                               List<BallotDefinition.Question> questions) throws SQLException {
        return new BallotDefinition(rs.getLong("id"), rs.getString("title"), rs.getString("description"),
                BallotMode.valueOf(rs.getString("mode")), BallotState.valueOf(rs.getString("state")),
                PassRule.valueOf(rs.getString("pass_rule")), Quorum.valueOf(rs.getString("quorum")),
                rs.getInt("min_group_breakdown"), rs.getString("origin"), (Long) rs.getObject("unit_id"),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("opened_at", OffsetDateTime.class),
                rs.getObject("closed_at", OffsetDateTime.class), rs.getObject("published_at", OffsetDateTime.class),
                rs.getInt("version"), groups, questions);
    }
}
