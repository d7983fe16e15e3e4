package org.cadre.cadres.internal.selection;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cadre.organization.PostLevel;
import org.cadre.people.EducationLevel;
import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Selection records, their steps and the steps' further documents, candidates, objections and scoring panel: the SQL
 * that reads and writes them.
 */
@Repository
class SelectionRepository {

    /** The selections a reader reaches: all, or those of posts in these units. */
    record Reach(boolean all, Collection<Long> unitIds) {

        static Reach everything() {
            return new Reach(true, List.of());
        }

        boolean reaches(long unitId) {
            return all || unitIds.contains(unitId);
        }
    }

    record Filter(SelectionState state, SelectionMethod method, Long unitId, Long personId) {

        Filter(SelectionState state, SelectionMethod method, Long unitId) {
            this(state, method, unitId, null);
        }
    }

    /** A file attached to a step. */
    record StoredFile(String name, String contentType, byte[] content) {
    }

    private final JdbcClient jdbc;

    SelectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- selections

    long insert(String title, long postId, long unitId, int postsCount, SelectionMethod method, Eligibility req,
                String by, OffsetDateTime at) {
        return jdbc.sql("""
                insert into cadre_selection (title, post_id, unit_id, posts_count, method, state, min_education,
                                             min_work_years, max_age, min_level, created_by, created_at)
                values (:title, :post, :unit, :count, :method, 'MOTION', :edu, :years, :age, :level, :by, :at)
                returning id
                """).param("title", title).param("post", postId).param("unit", unitId).param("count", postsCount)
                .param("method", method.name())
                .param("edu", req.minEducation() == null ? null : req.minEducation().name())
                .param("years", req.minWorkYears()).param("age", req.maxAge())
                .param("level", req.minLevel() == null ? null : req.minLevel().name())
                .param("by", by).param("at", at).query(Long.class).single();
    }

    Optional<Selection> find(long id) {
        return jdbc.sql("select * from cadre_selection where id = ?").param(id).query(SelectionRepository::selection)
                .optional();
    }

    Optional<Selection> lock(long id) {
        return jdbc.sql("select * from cadre_selection where id = ? for update").param(id)
                .query(SelectionRepository::selection).optional();
    }

    Optional<Long> byBallot(long ballotId) {
        return jdbc.sql("select id from cadre_selection where ballot_id = ?").param(ballotId).query(Long.class)
                .optional();
    }

    Page<Selection> page(Filter filter, Reach reach, PageRequest page) {
        String where = """
                 where (:all or unit_id = any(:units))
                   and (cast(:state as varchar) is null or state = :state)
                   and (cast(:method as varchar) is null or method = :method)
                   and (cast(:unit as bigint) is null or unit_id = :unit)
                   and (cast(:person as bigint) is null or exists (select 1 from cadre_selection_candidate c
                        where c.selection_id = cadre_selection.id and c.person_id = :person))
                """;
        Map<String, Object> params = new HashMap<>();
        params.put("all", reach.all());
        params.put("units", reach.unitIds().toArray(Long[]::new));
        params.put("state", filter.state() == null ? null : filter.state().name());
        params.put("method", filter.method() == null ? null : filter.method().name());
        params.put("unit", filter.unitId());
        params.put("person", filter.personId());
        long total = jdbc.sql("select count(*) from cadre_selection" + where).params(params).query(Long.class)
                .single();
        List<Selection> items = jdbc.sql("select * from cadre_selection" + where
                        + " order by id desc limit :limit offset :offset")
                .params(params).param("limit", page.limit()).param("offset", page.offset())
                .query(SelectionRepository::selection).list();
        return new Page<>(items, total, page);
    }

    /** Whether the person is or was a candidate of a selection the reader reaches. */
    boolean isCandidate(long personId, Reach reach) {
        return jdbc.sql("""
                select exists (select 1 from cadre_selection_candidate c join cadre_selection s on s.id = c.selection_id
                               where c.person_id = :person and (:all or s.unit_id = any(:units)))
                """).param("person", personId).param("all", reach.all())
                .param("units", reach.unitIds().toArray(Long[]::new)).query(Boolean.class).single();
    }

    /** The units that have selections a reader reaches (the list's filter). */
    List<Long> unitsWithSelections(Reach reach) {
        return jdbc.sql("select distinct unit_id from cadre_selection where (:all or unit_id = any(:units))")
                .param("all", reach.all()).param("units", reach.unitIds().toArray(Long[]::new))
                .query(Long.class).list();
    }

    void updateState(long id, SelectionState state) {
        jdbc.sql("update cadre_selection set state = ?, version = version + 1 where id = ?").params(state.name(), id)
                .update();
    }

    void setBallot(long id, long ballotId) {
        jdbc.sql("update cadre_selection set ballot_id = ? where id = ?").params(ballotId, id).update();
    }

    void saveInspection(long id, String team, Integer interviewed, Set<InspectionCheck> checks, String report) {
        jdbc.sql("""
                update cadre_selection set inspection_team = :team, interviewed = :interviewed,
                       check_dossier = :dossier, check_personal = :personal, check_discipline = :discipline,
                       check_complaints = :complaints, inspection_report = :report, version = version + 1
                where id = :id
                """).param("team", team).param("interviewed", interviewed)
                .param("dossier", checks.contains(InspectionCheck.DOSSIER))
                .param("personal", checks.contains(InspectionCheck.PERSONAL_MATTERS))
                .param("discipline", checks.contains(InspectionCheck.DISCIPLINE_OPINION))
                .param("complaints", checks.contains(InspectionCheck.COMPLAINTS))
                .param("report", report).param("id", id).update();
    }

    void saveMeeting(long id, LocalDate meetingDate, int due, int present) {
        jdbc.sql("""
                update cadre_selection set meeting_date = ?, members_due = ?, members_present = ?, version = version + 1
                where id = ?
                """).params(meetingDate, due, present, id).update();
    }

    void saveNotice(long id, LocalDate start, LocalDate end) {
        jdbc.sql("update cadre_selection set notice_start = ?, notice_end = ?, version = version + 1 where id = ?")
                .params(start, end, id).update();
    }

    void saveAppointment(long id, String documentNo, LocalDate effectiveDate) {
        jdbc.sql("update cadre_selection set appointment_no = ?, effective_date = ?, version = version + 1 where id = ?")
                .params(documentNo, effectiveDate, id).update();
    }

    /** Public notices in scope that end on or before {@code until} and are still running or overdue. */
    List<Selection> noticesEndingBy(LocalDate until, Reach reach) {
        return jdbc.sql("""
                select * from cadre_selection
                where state = 'PUBLIC_NOTICE' and notice_end <= :until and (:all or unit_id = any(:units))
                order by notice_end, id
                """).param("until", until).param("all", reach.all())
                .param("units", reach.unitIds().toArray(Long[]::new))
                .query(SelectionRepository::selection).list();
    }

    // --- steps

    long insertStep(long selectionId, SelectionState from, SelectionState to, StepRecord step, String by,
                    OffsetDateTime at) {
        StoredFile file = step.file();
        return jdbc.sql("""
                insert into cadre_selection_step (selection_id, from_state, to_state, day, document_no, document_title,
                       file_name, file_type, file_content, note, exception_reason, exception_approver, recorded_by,
                       recorded_at)
                values (:sel, :from, :to, :day, :no, :title, :fname, :ftype, :fcontent, :note, :reason, :approver,
                        :by, :at)
                returning id
                """).param("sel", selectionId).param("from", from == null ? null : from.name())
                .param("to", to.name()).param("day", step.day()).param("no", step.documentNo())
                .param("title", step.documentTitle())
                .param("fname", file == null ? null : file.name()).param("ftype", file == null ? null : file.contentType())
                .param("fcontent", file == null ? null : file.content())
                .param("note", step.note()).param("reason", step.exceptionReason())
                .param("approver", step.exceptionApprover()).param("by", by).param("at", at)
                .query(Long.class).single();
    }

    List<Step> steps(long selectionId) {
        return jdbc.sql("""
                select id, selection_id, from_state, to_state, day, document_no, document_title, file_name, note,
                       exception_reason, exception_approver, recorded_by, recorded_at
                from cadre_selection_step where selection_id = ? order by id
                """).param(selectionId)
                .query((rs, n) -> new Step(rs.getLong("id"), rs.getLong("selection_id"),
                        state(rs.getString("from_state")), state(rs.getString("to_state")),
                        rs.getObject("day", LocalDate.class), rs.getString("document_no"),
                        rs.getString("document_title"), rs.getString("file_name"), rs.getString("note"),
                        rs.getString("exception_reason"), rs.getString("exception_approver"),
                        rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class)))
                .list();
    }

    Optional<StoredFile> stepFile(long selectionId, long stepId) {
        return jdbc.sql("""
                select file_name, file_type, file_content from cadre_selection_step
                where selection_id = ? and id = ? and file_content is not null
                """).params(selectionId, stepId)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    Optional<Step> step(long selectionId, long stepId) {
        return steps(selectionId).stream().filter(st -> st.id() == stepId).findFirst();
    }

    // --- further documents of a step

    long insertDocument(long selectionId, long stepId, String title, String documentNo, StoredFile file, String by,
                        OffsetDateTime at) {
        return jdbc.sql("""
                insert into cadre_selection_document (selection_id, step_id, title, document_no, file_name, file_type,
                       size_bytes, content, attached_by, attached_at)
                values (:sel, :step, :title, :no, :fname, :ftype, :size, :content, :by, :at)
                returning id
                """).param("sel", selectionId).param("step", stepId).param("title", title).param("no", documentNo)
                .param("fname", file.name()).param("ftype", file.contentType()).param("size", file.content().length)
                .param("content", file.content()).param("by", by).param("at", at).query(Long.class).single();
    }

    /** The documents of a selection's steps still listed (not removed), in the order they were attached. */
    List<StepDocument> documents(long selectionId) {
        return jdbc.sql("""
                select id, selection_id, step_id, title, document_no, file_name, file_type, size_bytes, attached_by,
                       attached_at, removed_by, removed_at, removal_reason
                from cadre_selection_document where selection_id = ? and removed_at is null order by step_id, id
                """).param(selectionId).query(SelectionRepository::document).list();
    }

    /** One document of this step of this selection, removed or not. */
    Optional<StepDocument> document(long selectionId, long stepId, long documentId) {
        return jdbc.sql("""
                select id, selection_id, step_id, title, document_no, file_name, file_type, size_bytes, attached_by,
                       attached_at, removed_by, removed_at, removal_reason
                from cadre_selection_document where selection_id = ? and step_id = ? and id = ?
                """).params(selectionId, stepId, documentId).query(SelectionRepository::document).optional();
    }

    /** The file of a document still listed. */
    Optional<StoredFile> documentFile(long selectionId, long stepId, long documentId) {
        return jdbc.sql("""
                select file_name, file_type, content from cadre_selection_document
                where selection_id = ? and step_id = ? and id = ? and removed_at is null
                """).params(selectionId, stepId, documentId)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    /** Marks a listed document removed; 0 when it was removed already. */
    int removeDocument(long documentId, String reason, String by, OffsetDateTime at) {
        return jdbc.sql("""
                update cadre_selection_document set removed_by = ?, removed_at = ?, removal_reason = ?
                where id = ? and removed_at is null
                """).params(by, at, reason, documentId).update();
    }

    // --- candidates

    long insertCandidate(long selectionId, long personId) {
        return jdbc.sql("insert into cadre_selection_candidate (selection_id, person_id) values (?, ?) returning id")
                .params(selectionId, personId).query(Long.class).single();
    }

    List<Candidate> candidates(long selectionId) {
        return jdbc.sql("select * from cadre_selection_candidate where selection_id = ? order by id")
                .param(selectionId).query(SelectionRepository::candidate).list();
    }

    Optional<Candidate> candidate(long selectionId, long candidateId) {
        return jdbc.sql("select * from cadre_selection_candidate where selection_id = ? and id = ?")
                .params(selectionId, candidateId).query(SelectionRepository::candidate).optional();
    }

    void setStatus(long candidateId, Candidate.Status status) {
        jdbc.sql("update cadre_selection_candidate set status = ? where id = ?").params(status.name(), candidateId)
                .update();
    }

    void setBallotPosition(long candidateId, int position) {
        jdbc.sql("update cadre_selection_candidate set ballot_position = ? where id = ?").params(position, candidateId)
                .update();
    }

    void saveRecommendation(long candidateId, int agree, int disagree, int abstain, int cast, BigDecimal rate) {
        jdbc.sql("""
                update cadre_selection_candidate set votes_agree = ?, votes_disagree = ?, votes_abstain = ?,
                       ballots_cast = ?, recommendation_rate = ?
                where id = ?
                """).params(agree, disagree, abstain, cast, rate, candidateId).update();
    }

    void saveEligibility(long candidateId, boolean eligible, List<Eligibility.Reason> reasons, String overrideReason) {
        jdbc.sql("""
                update cadre_selection_candidate set eligible = ?, eligibility_reasons = ?, override_reason = ?
                where id = ?
                """).params(eligible, reasons.isEmpty() ? null : String.join(",", reasons.stream().map(Enum::name).toList()),
                        overrideReason, candidateId).update();
    }

    void saveScore(long candidateId, BigDecimal score, Integer rank) {
        jdbc.sql("update cadre_selection_candidate set score = ?, rank = ? where id = ?").params(score, rank, candidateId)
                .update();
    }

    void saveDecision(long candidateId, int agree, int disagree, int abstain, boolean passed) {
        jdbc.sql("""
                update cadre_selection_candidate set decision_agree = ?, decision_disagree = ?, decision_abstain = ?,
                       decision_passed = ?
                where id = ?
                """).params(agree, disagree, abstain, passed, candidateId).update();
    }

    void saveAppointed(long candidateId, long assignmentId, boolean promotion, LocalDate probationEnd) {
        jdbc.sql("""
                update cadre_selection_candidate set status = 'APPOINTED', assignment_id = ?, promotion = ?,
                       probation_end = ?
                where id = ?
                """).params(assignmentId, promotion, probationEnd, candidateId).update();
    }

    void closeProbation(long candidateId, Candidate.ProbationOutcome outcome, LocalDate day, String note) {
        jdbc.sql("""
                update cadre_selection_candidate set probation_outcome = ?, probation_closed_on = ?, probation_note = ?
                where id = ?
                """).params(outcome.name(), day, note, candidateId).update();
    }

    /** Probations in scope still open that end on or before {@code until}: selection, candidate. */
    List<Map.Entry<Selection, Candidate>> probationsEndingBy(LocalDate until, Reach reach) {
        return jdbc.sql("""
                select s.*, c.id as c_id from cadre_selection_candidate c join cadre_selection s on s.id = c.selection_id
                where c.probation_end <= :until and c.probation_end is not null and c.probation_outcome is null
                  and c.status = 'APPOINTED' and (:all or s.unit_id = any(:units))
                order by c.probation_end, c.id
                """).param("until", until).param("all", reach.all())
                .param("units", reach.unitIds().toArray(Long[]::new))
                .query((rs, n) -> Map.entry(selection(rs, n), rs.getLong("c_id"))).list().stream()
                .map(e -> Map.entry(e.getKey(), candidate(e.getKey().id(), e.getValue()).orElseThrow())).toList();
    }

    // --- objections

    long insertObjection(long selectionId, LocalDate receivedOn, String content, String handler) {
        return jdbc.sql("""
                insert into cadre_selection_objection (selection_id, received_on, content, handler)
                values (?, ?, ?, ?) returning id
                """).params(selectionId, receivedOn, content, handler).query(Long.class).single();
    }

    List<Objection> objections(long selectionId) {
        return jdbc.sql("select * from cadre_selection_objection where selection_id = ? order by id").param(selectionId)
                .query((rs, n) -> new Objection(rs.getLong("id"), rs.getLong("selection_id"),
                        rs.getObject("received_on", LocalDate.class), rs.getString("content"), rs.getString("handler"),
                        rs.getString("finding"),
                        rs.getString("outcome") == null ? null : Objection.Outcome.valueOf(rs.getString("outcome")),
                        rs.getObject("resolved_on", LocalDate.class)))
                .list();
    }

    int resolveObjection(long selectionId, long objectionId, String finding, Objection.Outcome outcome,
                         LocalDate day) {
        return jdbc.sql("""
                update cadre_selection_objection set finding = ?, outcome = ?, resolved_on = ?
                where selection_id = ? and id = ? and outcome is null
                """).params(finding, outcome.name(), day, selectionId, objectionId).update();
    }

    // --- scoring panel

    long insertJudge(long selectionId, String name, BigDecimal weight) {
        return jdbc.sql("insert into cadre_selection_judge (selection_id, name, weight) values (?, ?, ?) returning id")
                .params(selectionId, name, weight).query(Long.class).single();
    }

    List<Judge> judges(long selectionId) {
        return jdbc.sql("select * from cadre_selection_judge where selection_id = ? order by id").param(selectionId)
                .query((rs, n) -> new Judge(rs.getLong("id"), rs.getLong("selection_id"), rs.getString("name"),
                        rs.getBigDecimal("weight"))).list();
    }

    void putScore(long judgeId, long candidateId, BigDecimal score) {
        jdbc.sql("""
                insert into cadre_selection_score (judge_id, candidate_id, score) values (?, ?, ?)
                on conflict (judge_id, candidate_id) do update set score = excluded.score
                """).params(judgeId, candidateId, score).update();
    }

    /** Every mark of a selection: candidate id → judge id → score. */
    Map<Long, Map<Long, BigDecimal>> scores(long selectionId) {
        Map<Long, Map<Long, BigDecimal>> result = new HashMap<>();
        jdbc.sql("""
                select s.candidate_id, s.judge_id, s.score from cadre_selection_score s
                join cadre_selection_judge j on j.id = s.judge_id where j.selection_id = ?
                """).param(selectionId).query((ResultSet rs) -> {
            result.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getBigDecimal(3));
        });
        return result;
    }

    // --- mapping

    private static SelectionState state(String s) {
        return s == null ? null : SelectionState.valueOf(s);
    }

    private static Selection selection(ResultSet rs, int row) throws SQLException {
        Set<InspectionCheck> checks = EnumSet.noneOf(InspectionCheck.class);
        if (rs.getBoolean("check_dossier")) {
            checks.add(InspectionCheck.DOSSIER);
        }
        if (rs.getBoolean("check_personal")) {
            checks.add(InspectionCheck.PERSONAL_MATTERS);
        }
        if (rs.getBoolean("check_discipline")) {
            checks.add(InspectionCheck.DISCIPLINE_OPINION);
        }
        if (rs.getBoolean("check_complaints")) {
            checks.add(InspectionCheck.COMPLAINTS);
        }
        Eligibility req = new Eligibility(
                rs.getString("min_education") == null ? null : EducationLevel.valueOf(rs.getString("min_education")),
                (Integer) rs.getObject("min_work_years"), (Integer) rs.getObject("max_age"),
                rs.getString("min_level") == null ? null : PostLevel.valueOf(rs.getString("min_level")));
        return new Selection(rs.getLong("id"), rs.getString("title"), rs.getLong("post_id"), rs.getLong("unit_id"),
                rs.getInt("posts_count"), SelectionMethod.valueOf(rs.getString("method")),
                SelectionState.valueOf(rs.getString("state")), (Long) rs.getObject("ballot_id"),
                rs.getString("inspection_team"), (Integer) rs.getObject("interviewed"), checks,
                rs.getString("inspection_report"), rs.getObject("meeting_date", LocalDate.class),
                (Integer) rs.getObject("members_due"), (Integer) rs.getObject("members_present"),
                rs.getObject("notice_start", LocalDate.class), rs.getObject("notice_end", LocalDate.class),
                rs.getString("appointment_no"), rs.getObject("effective_date", LocalDate.class), req,
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class), rs.getInt("version"));
    }

    private static StepDocument document(ResultSet rs, int row) throws SQLException {
        return new StepDocument(rs.getLong("id"), rs.getLong("selection_id"), rs.getLong("step_id"),
                rs.getString("title"), rs.getString("document_no"), rs.getString("file_name"),
                rs.getString("file_type"), rs.getInt("size_bytes"), rs.getString("attached_by"),
                rs.getObject("attached_at", OffsetDateTime.class), rs.getString("removed_by"),
                rs.getObject("removed_at", OffsetDateTime.class), rs.getString("removal_reason"));
    }

    private static Candidate candidate(ResultSet rs, int row) throws SQLException {
        String reasons = rs.getString("eligibility_reasons");
        return new Candidate(rs.getLong("id"), rs.getLong("selection_id"), rs.getLong("person_id"),
                Candidate.Status.valueOf(rs.getString("status")), (Integer) rs.getObject("ballot_position"),
                (Integer) rs.getObject("votes_agree"), (Integer) rs.getObject("votes_disagree"),
                (Integer) rs.getObject("votes_abstain"), (Integer) rs.getObject("ballots_cast"),
                rs.getBigDecimal("recommendation_rate"), (Boolean) rs.getObject("eligible"),
                reasons == null ? List.of() : new ArrayList<>(Arrays.stream(reasons.split(","))
                        .map(Eligibility.Reason::valueOf).toList()),
                rs.getString("override_reason"), (Integer) rs.getObject("decision_agree"),
                (Integer) rs.getObject("decision_disagree"), (Integer) rs.getObject("decision_abstain"),
                (Boolean) rs.getObject("decision_passed"), rs.getBigDecimal("score"), (Integer) rs.getObject("rank"),
                (Long) rs.getObject("assignment_id"), (Boolean) rs.getObject("promotion"),
                rs.getObject("probation_end", LocalDate.class),
                rs.getString("probation_outcome") == null ? null
                        : Candidate.ProbationOutcome.valueOf(rs.getString("probation_outcome")),
                rs.getObject("probation_closed_on", LocalDate.class), rs.getString("probation_note"));
    }
}
