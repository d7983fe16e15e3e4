package org.cadre.cadres.internal.reserve;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cadre.organization.PostHolders;
import org.cadre.organization.PostLevel;
import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.cadre.shared.Text;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reserve pool's tables, filtered, counted and paged in SQL. */
@Repository
class ReserveRepository {

    /** What a reader reaches: everything, the entries of some units (whole subtrees, already expanded), or oneself. */
    record Reach(boolean all, Collection<Long> unitIds, Long selfPersonId) {

        static Reach everything() {
            return new Reach(true, List.of(), null);
        }
    }

    /** The pool's filter; null means any. {@code unitIds} is the chosen unit's subtree. */
    record Filter(PostLevel targetLevel, Readiness readiness, ReserveState state, Collection<Long> unitIds,
                  String name) {
    }

    private static final String ACTIVE = "('RESERVE', 'UNDER_INSPECTION')";

    private final JdbcClient jdbc;

    ReserveRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ReserveEntry e, OffsetDateTime now) {
        return jdbc.sql("""
                insert into cadre_reserve_entry (person_id, employee_no, name, unit_id, target_level, target_post_id,
                    target_unit_id, source, reason, readiness, nominated_on, state, next_review_due, created_at)
                values (:person, :no, :name, :unit, :level, :post, :targetUnit, :source, :reason, :readiness,
                        :nominatedOn, 'RESERVE', :due, :now)
                returning id
                """).param("person", e.personId()).param("no", e.employeeNo()).param("name", e.name())
                .param("unit", e.unitId()).param("level", e.targetLevel().name()).param("post", e.targetPostId())
                .param("targetUnit", e.targetUnitId()).param("source", e.source().name()).param("reason", e.reason())
                .param("readiness", e.readiness().name()).param("nominatedOn", e.nominatedOn())
                .param("due", e.nextReviewDue()).param("now", now).query(Long.class).single();
    }

    Optional<ReserveEntry> find(long id) {
        return jdbc.sql("select * from cadre_reserve_entry where id = ?").param(id)
                .query(ReserveRepository::entry).optional();
    }

    Optional<ReserveEntry> lock(long id) {
        return jdbc.sql("select * from cadre_reserve_entry where id = ? for update").param(id)
                .query(ReserveRepository::entry).optional();
    }

    boolean activeExists(long personId, PostLevel level) {
        return jdbc.sql("select exists (select 1 from cadre_reserve_entry where person_id = ? and target_level = ?"
                        + " and state in " + ACTIVE + ")")
                .params(personId, level.name()).query(Boolean.class).single();
    }

    List<ReserveEntry> activeOf(long personId) {
        return jdbc.sql("select * from cadre_reserve_entry where person_id = ? and state in " + ACTIVE
                        + " order by id for update")
                .param(personId).query(ReserveRepository::entry).list();
    }

    List<ReserveEntry> ofPerson(long personId) {
        return jdbc.sql("select * from cadre_reserve_entry where person_id = ? order by nominated_on desc, id desc")
                .param(personId).query(ReserveRepository::entry).list();
    }

    void updateState(ReserveEntry e, ReserveState state, String withdrawnReason) {
        int n = jdbc.sql("""
                update cadre_reserve_entry set state = ?, withdrawn_reason = coalesce(?, withdrawn_reason),
                       version = version + 1 where id = ? and version = ?
                """).params(state.name(), withdrawnReason, e.id(), e.version()).update();
        requireOne(n, e.id());
    }

    void updateReview(ReserveEntry e, Readiness readiness, LocalDate nextDue) {
        int n = jdbc.sql("""
                update cadre_reserve_entry set readiness = ?, next_review_due = ?, version = version + 1
                where id = ? and version = ?
                """).params(readiness.name(), nextDue, e.id(), e.version()).update();
        requireOne(n, e.id());
    }

    private static void requireOne(int updated, long id) {
        if (updated != 1) {
            throw new OptimisticLockingFailureException("reserve entry " + id + " changed meanwhile");
        }
    }

    // --- the pool

    Page<ReserveEntry> page(Filter filter, Reach reach, PageRequest page) {
        Where where = where(filter, reach);
        long total = jdbc.sql("select count(*) from cadre_reserve_entry e" + where.sql()).params(where.params())
                .query(Long.class).single();
        if (total == 0 || page.offset() >= total) {
            return new Page<>(List.of(), total, page);
        }
        List<ReserveEntry> items = jdbc.sql("select e.* from cadre_reserve_entry e" + where.sql() + """
                 order by case e.state when 'RESERVE' then 0 when 'UNDER_INSPECTION' then 0 else 1 end,
                          e.target_level, e.readiness, e.nominated_on, e.id
                 limit :limit offset :offset
                """).params(where.params()).param("limit", page.limit()).param("offset", page.offset())
                .query(ReserveRepository::entry).list();
        return new Page<>(items, total, page);
    }

    /** Active entries within the reach (and the filter's unit and name), counted by target level and readiness. */
    Map<PostLevel, Map<Readiness, Long>> counts(Filter filter, Reach reach) {
        Where where = where(new Filter(null, null, null, filter.unitIds(), filter.name()), reach);
        Map<PostLevel, Map<Readiness, Long>> counts = new EnumMap<>(PostLevel.class);
        jdbc.sql("select e.target_level, e.readiness, count(*) as n from cadre_reserve_entry e" + where.sql()
                        + " and e.state in " + ACTIVE + " group by e.target_level, e.readiness")
                .params(where.params())
                .query((ResultSet rs) -> {
                    counts.computeIfAbsent(PostLevel.valueOf(rs.getString(1)), k -> new EnumMap<>(Readiness.class))
                            .put(Readiness.valueOf(rs.getString(2)), rs.getLong(3));
                });
        return counts;
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(Filter filter, Reach reach) {
        StringBuilder sql = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (!reach.all()) {
            sql.append(" and (e.unit_id = any(:reachUnits) or e.person_id = :self)");
            params.put("reachUnits", reach.unitIds().toArray(Long[]::new));
            params.put("self", reach.selfPersonId() == null ? -1L : reach.selfPersonId());
        }
        if (filter.unitIds() != null) {
            sql.append(" and e.unit_id = any(:units)");
            params.put("units", filter.unitIds().toArray(Long[]::new));
        }
        if (filter.targetLevel() != null) {
            sql.append(" and e.target_level = :level");
            params.put("level", filter.targetLevel().name());
        }
        if (filter.readiness() != null) {
            sql.append(" and e.readiness = :readiness");
            params.put("readiness", filter.readiness().name());
        }
        if (filter.state() != null) {
            sql.append(" and e.state = :state");
            params.put("state", filter.state().name());
        }
        if (Text.blankToNull(filter.name()) != null) {
            sql.append(" and (e.name ilike :name or e.employee_no ilike :name)");
            params.put("name", Text.likeContains(filter.name().strip()));
        }
        return new Where(sql.toString(), params);
    }

    /** An active entry as a possible successor, with what it targets. */
    record Candidate(Succession.Successor successor, PostLevel targetLevel, Long targetPostId, long targetUnitId) {
    }

    /**
     * Active entries within the reach that target one of these posts, or one of these levels in one of these units:
     * a reader sees as successors only the entries they may read.
     */
    List<Candidate> candidates(Collection<Long> postIds, Collection<PostLevel> levels, Collection<Long> unitIds,
                               Reach reach) {
        Where where = where(new Filter(null, null, null, null, null), reach);
        return jdbc.sql("""
                select e.id, e.person_id, e.name, e.readiness, e.nominated_on, e.state, e.target_level,
                       e.target_post_id, e.target_unit_id
                from cadre_reserve_entry e %s
                and e.state in %s and (e.target_post_id = any(:posts)
                      or (e.target_post_id is null and e.target_level = any(:levels) and e.target_unit_id = any(:units)))
                order by e.id
                """.formatted(where.sql(), ACTIVE)).params(where.params()).param("posts", postIds.toArray(Long[]::new))
                .param("levels", levels.stream().map(Enum::name).toArray(String[]::new))
                .param("units", unitIds.toArray(Long[]::new))
                .query((rs, n) -> new Candidate(new Succession.Successor(rs.getLong("id"), rs.getLong("person_id"),
                        rs.getString("name"), Readiness.valueOf(rs.getString("readiness")),
                        rs.getObject("nominated_on", LocalDate.class), ReserveState.valueOf(rs.getString("state")),
                        rs.getObject("target_post_id") != null), PostLevel.valueOf(rs.getString("target_level")),
                        (Long) rs.getObject("target_post_id"), rs.getLong("target_unit_id")))
                .list();
    }

    /**
     * What the active entries ready now (within the reach) cover: the posts they name, and the level-and-unit pairs
     * of those that name none. The succession view leaves these posts out to list those lacking a ready successor.
     */
    PostHolders.Excluded readyCovered(Reach reach) {
        Where where = where(new Filter(null, Readiness.READY_NOW, null, null, null), reach);
        Set<Long> postIds = new HashSet<>();
        Set<String> levelUnits = new HashSet<>();
        jdbc.sql("select distinct e.target_post_id, e.target_level, e.target_unit_id from cadre_reserve_entry e"
                        + where.sql() + " and e.state in " + ACTIVE)
                .params(where.params())
                .query((ResultSet rs) -> {
                    Long post = (Long) rs.getObject(1);
                    if (post != null) {
                        postIds.add(post);
                    } else {
                        levelUnits.add(PostHolders.Excluded.key(PostLevel.valueOf(rs.getString(2)), rs.getLong(3)));
                    }
                });
        return new PostHolders.Excluded(postIds, levelUnits);
    }

    /** Active entries whose review falls due by {@code until} (or is overdue), within the reach. */
    List<ReserveEntry> reviewsDue(LocalDate until, Reach reach) {
        Where where = where(new Filter(null, null, null, null, null), reach);
        return jdbc.sql("select e.* from cadre_reserve_entry e" + where.sql() + " and e.state in " + ACTIVE
                        + " and e.next_review_due <= :until order by e.next_review_due, e.id")
                .params(where.params()).param("until", until).query(ReserveRepository::entry).list();
    }

    boolean anyVisible(long personId, Reach reach) {
        Where where = where(new Filter(null, null, null, null, null), reach);
        return jdbc.sql("select exists (select 1 from cadre_reserve_entry e" + where.sql()
                        + " and e.person_id = :person)")
                .params(where.params()).param("person", personId).query(Boolean.class).single();
    }

    // --- plan, reviews, history

    long insertPlanItem(PlanItem item, OffsetDateTime now) {
        return jdbc.sql("""
                insert into cadre_reserve_plan_item (entry_id, kind, description, starts_on, ends_on, mentor_person_id,
                    mentor_name, status, created_at)
                values (?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?) returning id
                """).params(item.entryId(), item.kind().name(), item.description(), item.startsOn(), item.endsOn(),
                        item.mentorPersonId(), item.mentorName(), now).query(Long.class).single();
    }

    Optional<PlanItem> planItem(long id) {
        return jdbc.sql("select * from cadre_reserve_plan_item where id = ?").param(id)
                .query(ReserveRepository::planItem).optional();
    }

    int markDone(long itemId, LocalDate day) {
        return jdbc.sql("update cadre_reserve_plan_item set status = 'DONE', done_on = ? where id = ? and status = 'PLANNED'")
                .params(day, itemId).update();
    }

    List<PlanItem> plan(long entryId) {
        return jdbc.sql("select * from cadre_reserve_plan_item where entry_id = ? order by starts_on nulls last, id")
                .param(entryId).query(ReserveRepository::planItem).list();
    }

    long insertReview(Review r, OffsetDateTime now) {
        return jdbc.sql("""
                insert into cadre_reserve_review (entry_id, reviewed_on, reviewer, conclusion, readiness_before,
                    readiness_after, next_review_due, created_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """).params(r.entryId(), r.reviewedOn(), r.reviewer(), r.conclusion(), r.readinessBefore().name(),
                        r.readinessAfter().name(), r.nextReviewDue(), now, r.recordedBy()).query(Long.class).single();
    }

    List<Review> reviews(long entryId) {
        return jdbc.sql("select * from cadre_reserve_review where entry_id = ? order by reviewed_on desc, id desc")
                .param(entryId).query((rs, n) -> new Review(rs.getLong("id"), rs.getLong("entry_id"),
                        rs.getObject("reviewed_on", LocalDate.class), rs.getString("reviewer"),
                        rs.getString("conclusion"), Readiness.valueOf(rs.getString("readiness_before")),
                        Readiness.valueOf(rs.getString("readiness_after")),
                        rs.getObject("next_review_due", LocalDate.class), rs.getString("recorded_by"))).list();
    }

    void insertHistory(long entryId, OffsetDateTime at, LocalDate day, String kind, ReserveState stateFrom,
                       ReserveState stateTo, Readiness readinessFrom, Readiness readinessTo, String note,
                       Long selectionId, String actor) {
        jdbc.sql("""
                insert into cadre_reserve_history (entry_id, occurred_at, day, kind, state_from, state_to,
                    readiness_from, readiness_to, note, selection_id, actor)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(entryId, at, day, kind, name(stateFrom), name(stateTo), name(readinessFrom),
                        name(readinessTo), note == null || note.length() <= 1000 ? note : note.substring(0, 1000), selectionId, actor)
                .update();
    }

    List<HistoryLine> history(long entryId) {
        return jdbc.sql("select * from cadre_reserve_history where entry_id = ? order by id").param(entryId)
                .query((rs, n) -> new HistoryLine(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
                        rs.getObject("day", LocalDate.class), rs.getString("kind"),
                        enumOf(ReserveState.class, rs.getString("state_from")),
                        enumOf(ReserveState.class, rs.getString("state_to")),
                        enumOf(Readiness.class, rs.getString("readiness_from")),
                        enumOf(Readiness.class, rs.getString("readiness_to")), rs.getString("note"),
                        (Long) rs.getObject("selection_id"), rs.getString("actor"))).list();
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static ReserveEntry entry(ResultSet rs, int row) throws SQLException {
        return new ReserveEntry(rs.getLong("id"), rs.getLong("person_id"), rs.getString("employee_no"),
                rs.getString("name"), rs.getLong("unit_id"), PostLevel.valueOf(rs.getString("target_level")),
                (Long) rs.getObject("target_post_id"), rs.getLong("target_unit_id"),
                NominationSource.valueOf(rs.getString("source")), rs.getString("reason"),
                Readiness.valueOf(rs.getString("readiness")), rs.getObject("nominated_on", LocalDate.class),
                ReserveState.valueOf(rs.getString("state")), rs.getObject("next_review_due", LocalDate.class),
                rs.getString("withdrawn_reason"), rs.getInt("version"));
    }

    private static PlanItem planItem(ResultSet rs, int row) throws SQLException {
        return new PlanItem(rs.getLong("id"), rs.getLong("entry_id"), PlanItem.Kind.valueOf(rs.getString("kind")),
                rs.getString("description"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), (Long) rs.getObject("mentor_person_id"),
                rs.getString("mentor_name"), PlanItem.Status.valueOf(rs.getString("status")),
                rs.getObject("done_on", LocalDate.class));
    }
}
