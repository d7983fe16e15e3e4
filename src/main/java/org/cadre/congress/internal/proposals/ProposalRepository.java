package org.cadre.congress.internal.proposals;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cadre.congress.AnswerClass;
import org.cadre.congress.ProposalCategory;
import org.cadre.congress.ProposalKind;
import org.cadre.congress.ProposalState;
import org.cadre.congress.Rating;
import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The proposals' tables, in plain SQL. */
@Repository
class ProposalRepository {

    /** What a reader reaches: everything, the units of a proposal:answer scope (lead or co-department), themself. */
    public record Reach(boolean all, Collection<Long> units, Long personId) {
        Long[] unitArray() {
            return units.toArray(Long[]::new);
        }
    }

    /** The list's filter; nulls mean "any". {@code mine}: only the reader's own and co-signed ones. */
    public record Filter(Long meetingId, ProposalState state, ProposalCategory category, ProposalKind kind, Long unitId,
                  boolean mine) {
    }

    public record Cosigner(long personId, String state, OffsetDateTime answeredAt) {
    }

    public record Codepartment(long unitId, OffsetDateTime countersignedAt, String countersignedBy, String note) {
    }

    public record RatingRow(int round, long personId, Rating rating, String comment, OffsetDateTime ratedAt) {
    }

    public record Event(OffsetDateTime occurredAt, String actor, String action, String fromState, String toState,
                 String note) {
    }

    /** An earlier proposal considered for similarity. */
    public record Candidate(long id, long meetingId, String title, String reasons, String state) {
    }

    private final JdbcClient jdbc;

    ProposalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long meetingId, ProposalKind kind, String title, ProposalCategory category, String reasons,
                String measures, long proposerPersonId, Long delegationId) {
        return jdbc.sql("""
                insert into congress_proposal (meeting_id, kind, title, category, reasons, measures, proposer_person_id,
                                               delegation_id, state)
                values (:meeting, :kind, :title, :category, :reasons, :measures, :proposer, :delegation, 'DRAFT')
                returning id
                """).param("meeting", meetingId).param("kind", kind.name()).param("title", title)
                .param("category", category.name()).param("reasons", reasons).param("measures", measures)
                .param("proposer", proposerPersonId).param("delegation", delegationId).query(Long.class).single();
    }

    void updateContent(long id, String title, ProposalCategory category, String reasons, String measures) {
        jdbc.sql("""
                update congress_proposal set title = :title, category = :category, reasons = :reasons,
                       measures = :measures, version = version + 1 where id = :id
                """).param("id", id).param("title", title).param("category", category.name())
                .param("reasons", reasons).param("measures", measures).update();
    }

    Optional<Proposal> find(long id) {
        return jdbc.sql("select * from congress_proposal where id = ?").param(id).query(Proposal::of).optional();
    }

    Optional<Proposal> lock(long id) {
        return jdbc.sql("select * from congress_proposal where id = ? for update").param(id).query(Proposal::of)
                .optional();
    }

    /** Sets the state and the given columns (names are this class's constants, never user input). */
    void change(long id, ProposalState state, Map<String, Object> columns) {
        StringBuilder sql = new StringBuilder("update congress_proposal set state = :state, version = version + 1");
        columns.keySet().forEach(c -> sql.append(", ").append(c).append(" = :").append(c));
        sql.append(" where id = :id");
        var spec = jdbc.sql(sql.toString()).param("id", id).param("state", state.name());
        for (var e : columns.entrySet()) {
            Object value = e.getValue() instanceof Enum<?> en ? en.name() : e.getValue();
            spec = spec.param(e.getKey(), value);
        }
        spec.update();
    }

    void event(long proposalId, OffsetDateTime at, String actor, String action, ProposalState from, ProposalState to,
               String note) {
        jdbc.sql("""
                insert into congress_proposal_event (proposal_id, occurred_at, actor, action, from_state, to_state, note)
                values (:id, :at, :actor, :action, :from, :to, :note)
                """).param("id", proposalId).param("at", at).param("actor", actor).param("action", action)
                .param("from", from == null ? null : from.name()).param("to", to == null ? null : to.name())
                .param("note", note).update();
    }

    List<Event> events(long proposalId) {
        return jdbc.sql("select * from congress_proposal_event where proposal_id = ? order by occurred_at, id")
                .param(proposalId)
                .query((rs, n) -> new Event(rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("actor"),
                        rs.getString("action"), rs.getString("from_state"), rs.getString("to_state"),
                        rs.getString("note"))).list();
    }

    void setCosigners(long proposalId, Collection<Long> personIds) {
        jdbc.sql("delete from congress_proposal_cosigner where proposal_id = ?").param(proposalId).update();
        for (Long person : personIds) {
            jdbc.sql("insert into congress_proposal_cosigner (proposal_id, person_id) values (?, ?)")
                    .params(proposalId, person).update();
        }
    }

    void reinviteDeclined(long proposalId) {
        jdbc.sql("""
                update congress_proposal_cosigner set state = 'INVITED', answered_at = null
                where proposal_id = ? and state = 'DECLINED'
                """).param(proposalId).update();
    }

    List<Cosigner> cosigners(long proposalId) {
        return jdbc.sql("select * from congress_proposal_cosigner where proposal_id = ? order by person_id")
                .param(proposalId).query((rs, n) -> new Cosigner(rs.getLong("person_id"), rs.getString("state"),
                        rs.getObject("answered_at", OffsetDateTime.class))).list();
    }

    int answerCosigning(long proposalId, long personId, boolean confirm, OffsetDateTime at) {
        return jdbc.sql("""
                update congress_proposal_cosigner set state = :state, answered_at = :at
                where proposal_id = :id and person_id = :person and state = 'INVITED'
                """).param("id", proposalId).param("person", personId).param("state", confirm ? "CONFIRMED" : "DECLINED")
                .param("at", at).update();
    }

    void setCodepartments(long proposalId, Collection<Long> unitIds) {
        jdbc.sql("delete from congress_proposal_codept where proposal_id = ?").param(proposalId).update();
        for (Long unit : unitIds) {
            jdbc.sql("insert into congress_proposal_codept (proposal_id, unit_id) values (?, ?)").params(proposalId, unit)
                    .update();
        }
    }

    void clearCountersignatures(long proposalId) {
        jdbc.sql("""
                update congress_proposal_codept set countersigned_at = null, countersigned_by = null, note = null
                where proposal_id = ?
                """).param(proposalId).update();
    }

    List<Codepartment> codepartments(long proposalId) {
        return jdbc.sql("select * from congress_proposal_codept where proposal_id = ? order by unit_id")
                .param(proposalId).query((rs, n) -> new Codepartment(rs.getLong("unit_id"),
                        rs.getObject("countersigned_at", OffsetDateTime.class), rs.getString("countersigned_by"),
                        rs.getString("note"))).list();
    }

    int countersign(long proposalId, long unitId, OffsetDateTime at, String actor, String note) {
        return jdbc.sql("""
                update congress_proposal_codept set countersigned_at = :at, countersigned_by = :actor, note = :note
                where proposal_id = :id and unit_id = :unit and countersigned_at is null
                """).param("id", proposalId).param("unit", unitId).param("at", at).param("actor", actor)
                .param("note", note).update();
    }

    void rate(long proposalId, int round, long personId, Rating rating, String comment, OffsetDateTime at) {
        jdbc.sql("""
                insert into congress_proposal_rating (proposal_id, round, person_id, rating, comment, rated_at)
                values (:id, :round, :person, :rating, :comment, :at)
                """).param("id", proposalId).param("round", round).param("person", personId)
                .param("rating", rating.name()).param("comment", comment).param("at", at).update();
    }

    List<RatingRow> ratings(long proposalId) {
        return jdbc.sql("select * from congress_proposal_rating where proposal_id = ? order by round, rated_at")
                .param(proposalId).query((rs, n) -> new RatingRow(rs.getInt("round"), rs.getLong("person_id"),
                        Rating.valueOf(rs.getString("rating")), rs.getString("comment"),
                        rs.getObject("rated_at", OffsetDateTime.class))).list();
    }

    private static final String VISIBLE = """
             and ((:all and p.state <> 'DRAFT') or p.proposer_person_id = :me
                  or exists (select 1 from congress_proposal_cosigner c where c.proposal_id = p.id and c.person_id = :me)
                  or p.state = any(:filed) or p.lead_unit_id = any(:units)
                  or exists (select 1 from congress_proposal_codept d where d.proposal_id = p.id and d.unit_id = any(:units)))
            """;

    private static final String FILTERED = """
             where (cast(:meeting as bigint) is null or p.meeting_id = :meeting)
               and (cast(:state as varchar) is null or p.state = :state)
               and (cast(:category as varchar) is null or p.category = :category)
               and (cast(:kind as varchar) is null or p.kind = :kind)
               and (cast(:unit as bigint) is null or p.lead_unit_id = :unit
                    or exists (select 1 from congress_proposal_codept d where d.proposal_id = p.id and d.unit_id = :unit))
               and (not :mine or p.proposer_person_id = :me
                    or exists (select 1 from congress_proposal_cosigner c where c.proposal_id = p.id and c.person_id = :me))
            """;

    Page<Proposal> list(Filter filter, Reach reach, PageRequest page) {
        String where = FILTERED + VISIBLE;
        long total = bind(jdbc.sql("select count(*) from congress_proposal p" + where), filter, reach)
                .query(Long.class).single();
        List<Proposal> items = bind(jdbc.sql("select p.* from congress_proposal p" + where
                        + " order by p.id desc limit :limit offset :offset"), filter, reach)
                .param("limit", page.limit()).param("offset", page.offset()).query(Proposal::of).list();
        return new Page<>(items, total, page);
    }

    /**
     * Every item that owes an answer (filed, not yet answered) within the reach, most overdue first.
     *
     * @param overdueOnly only those past their deadline on {@code day}
     */
    Page<Proposal> owed(Long meetingId, Long unitId, ProposalKind kind, boolean overdueOnly, LocalDate day,
                        Reach reach, PageRequest page) {
        String where = """
                 where p.state = any(:owed)
                   and (cast(:meeting as bigint) is null or p.meeting_id = :meeting)
                   and (cast(:unit as bigint) is null or p.lead_unit_id = :unit)
                   and (cast(:kind as varchar) is null or p.kind = :kind)
                   and (not :overdue or p.deadline < :day)
                """ + VISIBLE;
        Filter none = new Filter(meetingId, null, null, kind, unitId, false);
        long total = bind(jdbc.sql("select count(*) from congress_proposal p" + where), none, reach)
                .param("owed", names(ProposalState.OWED)).param("overdue", overdueOnly).param("day", day)
                .query(Long.class).single();
        List<Proposal> items = bind(jdbc.sql("select p.* from congress_proposal p" + where
                        + " order by p.deadline, p.id limit :limit offset :offset"), none, reach)
                .param("owed", names(ProposalState.OWED)).param("overdue", overdueOnly).param("day", day)
                .param("limit", page.limit()).param("offset", page.offset()).query(Proposal::of).list();
        return new Page<>(items, total, page);
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Filter filter, Reach reach) {
        return spec.param("meeting", filter.meetingId())
                .param("state", filter.state() == null ? null : filter.state().name())
                .param("category", filter.category() == null ? null : filter.category().name())
                .param("kind", filter.kind() == null ? null : filter.kind().name())
                .param("unit", filter.unitId()).param("mine", filter.mine())
                .param("all", reach.all()).param("me", reach.personId() == null ? -1L : reach.personId())
                .param("units", reach.unitArray()).param("filed", names(ProposalState.FILED));
    }

    /** Co-signing invitations awaiting the person's answer. */
    List<Proposal> awaitingCosignature(long personId) {
        return jdbc.sql("""
                select p.* from congress_proposal p join congress_proposal_cosigner c on c.proposal_id = p.id
                where c.person_id = :me and c.state = 'INVITED' and p.state = 'AWAITING_COSIGNERS' order by p.id
                """).param("me", personId).query(Proposal::of).list();
    }

    /** Answers awaiting the person's rating in the current round. */
    List<Proposal> awaitingRating(long personId) {
        return jdbc.sql("""
                select p.* from congress_proposal p
                where p.state = 'RATING'
                  and (p.proposer_person_id = :me or exists (select 1 from congress_proposal_cosigner c
                       where c.proposal_id = p.id and c.person_id = :me and c.state = 'CONFIRMED'))
                  and not exists (select 1 from congress_proposal_rating r
                       where r.proposal_id = p.id and r.round = p.round and r.person_id = :me)
                order by p.id
                """).param("me", personId).query(Proposal::of).list();
    }

    /** Earlier proposals (this meeting or earlier ones of the same term), newest first, at most {@code limit}. */
    List<Candidate> similarityCandidates(long proposalId, long meetingId, int limit) {
        return jdbc.sql("""
                select p.id, p.meeting_id, p.title, p.reasons, p.state from congress_proposal p
                join congress_meeting m on m.id = p.meeting_id
                join congress_meeting mine on mine.id = :meeting
                where p.id <> :id and m.term_id = mine.term_id and m.ordinal <= mine.ordinal
                  and p.state not in ('DRAFT', 'AWAITING_COSIGNERS')
                order by p.id desc limit :limit
                """).param("id", proposalId).param("meeting", meetingId).param("limit", limit)
                .query((rs, n) -> new Candidate(rs.getLong("id"), rs.getLong("meeting_id"), rs.getString("title"),
                        rs.getString("reasons"), rs.getString("state"))).list();
    }

    /** Items owing an answer whose deadline is on or before the day: the chaser's work. */
    List<Proposal> dueOrOverdue(LocalDate day) {
        return jdbc.sql("select * from congress_proposal where state = any(:owed) and deadline <= :day order by id")
                .param("owed", names(ProposalState.OWED)).param("day", day).query(Proposal::of).list();
    }

    /** Records a reminder; false when this node or another already sent that one (the dedupe key). */
    boolean recordReminder(long proposalId, String level, LocalDate day, String recipient, OffsetDateTime at) {
        return jdbc.sql("""
                insert into congress_proposal_reminder (proposal_id, level, day, recipient, sent_at)
                values (:id, :level, :day, :recipient, :at) on conflict do nothing
                """).param("id", proposalId).param("level", level).param("day", day).param("recipient", recipient)
                .param("at", at).update() == 1;
    }

    List<Map<String, Object>> reminders(long proposalId) {
        return jdbc.sql("select * from congress_proposal_reminder where proposal_id = ? order by sent_at")
                .param(proposalId).query().listOfRows();
    }

    /** Per meeting: each item with its counts, for the figures and the report. */
    /** The handling figures of a meeting's proposals and suggestions (breakout opinions left out), counted in SQL. */
    HandlingReport.Figures figures(long meetingId, LocalDate today) {
        String[] filed = Arrays.stream(ProposalState.values()).filter(ProposalState::filed).map(Enum::name)
                .toArray(String[]::new);
        return jdbc.sql("""
                with items as (
                  select * from congress_proposal where meeting_id = :meeting and kind <> 'OPINION'
                ), latest as (
                  select r.rating from congress_proposal_rating r join items p on p.id = r.proposal_id
                  where r.round = (select max(r2.round) from congress_proposal_rating r2 where r2.proposal_id = p.id)
                )
                select count(*) filter (where state not in ('DRAFT', 'AWAITING_COSIGNERS')),
                       count(*) filter (where state = any(:filed)),
                       count(*) filter (where state = any(:filed) and deadline is not null
                                          and (answered_on is not null or deadline < :today)),
                       count(*) filter (where state = any(:filed) and deadline is not null
                                          and answered_on is not null and answered_on <= deadline),
                       (select count(*) from latest),
                       (select count(*) from latest where rating <> 'UNSATISFIED'),
                       count(*) filter (where answer_class is not null),
                       count(*) filter (where answer_class = 'A')
                from items
                """).param("meeting", meetingId).param("filed", filed).param("today", today)
                .query((rs, n) -> new HandlingReport.Figures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8))).single();
    }

    /**
     * How many of a meeting's items (drafts left out) are in each state, category, lead department and answer class,
     * counted in SQL: {@code dimension} is one of state, category, lead, class; {@code value} the code or unit id.
     */
    record Count(String dimension, String value, long count) {
    }

    List<Count> counts(long meetingId) {
        return jdbc.sql("""
                select case when grouping(state) = 0 then 'state' when grouping(category) = 0 then 'category'
                            when grouping(lead_unit_id) = 0 then 'lead' else 'class' end,
                       coalesce(state, category, cast(lead_unit_id as varchar), answer_class), count(*)
                from congress_proposal where meeting_id = ? and state <> 'DRAFT'
                group by grouping sets ((state), (category), (lead_unit_id), (answer_class))
                """).param(meetingId).query((rs, n) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list().stream().filter(c -> c.value() != null).toList();
    }

    /** The unit ids that the codepartments of these proposals name, per proposal. */
    Map<Long, List<Long>> codepartmentUnits(Collection<Long> proposalIds) {
        Map<Long, List<Long>> result = new LinkedHashMap<>();
        if (proposalIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select proposal_id, unit_id from congress_proposal_codept where proposal_id = any(:ids)")
                .param("ids", proposalIds.toArray(Long[]::new))
                .query((ResultSet rs) -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        return result;
    }

    String delegationName(long delegationId) {
        return jdbc.sql("select name from congress_delegation where id = ?").param(delegationId).query(String.class)
                .optional().orElse(null);
    }

    static String[] names(Set<ProposalState> states) {
        return states.stream().map(Enum::name).toArray(String[]::new);
    }

    static Object nameOf(AnswerClass c) {
        return c == null ? null : c.name();
    }
}
