package org.cadre.cadres.internal.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.cadre.IntegrationTest;
import org.cadre.TestUsers;
import org.cadre.ballots.Ballots;
import org.cadre.cadres.internal.WorkItem;
import org.cadre.identity.CurrentUser;
import org.cadre.identity.DataScope;
import org.cadre.people.PeopleFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.cadre.cadres.internal.SelectionEvents;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * A selection record through its pages, from motion to the end of probation, on the embedded database. Each test
 * rolls back, so its people and posts do not count in other tests of the shared database.
 */
@IntegrationTest
@Transactional
@RecordApplicationEvents
class SelectionRecordTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Ballots ballots;
    @Autowired
    SelectionWorkItems workItems;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationEvents events;

    CurrentUser orgDept = TestUsers.orgDept();
    PeopleFixtures people;
    long unit;
    long post;
    long deputyA;
    long deputyB;
    List<Long> voters;

    @BeforeEach
    void aDepartmentWithAVacantPrincipalPostAndTwoDeputies() {
        people = new PeopleFixtures(jdbc);
        unit = people.unit(people.unique("Dept"), null);
        post = people.post(unit, people.unique("Head"), "MID_PRINCIPAL");
        deputyA = deputy("A");
        deputyB = deputy("B");
        voters = List.of(people.person(people.unique("V"), unit).create(),
                people.person(people.unique("V"), unit).create(), people.person(people.unique("V"), unit).create());
    }

    long deputy(String name) {
        long person = people.person(people.unique(name), unit).create();
        people.assign(person, people.post(unit, people.unique("Deputy"), "MID_DEPUTY"), PeopleFixtures.LONG_AGO);
        return person;
    }

    String no(long personId) {
        return jdbc.sql("select employee_no from people_person where id = ?").param(personId).query(String.class)
                .single();
    }

    long candidateId(long selection, long personId) {
        return jdbc.sql("select id from cadre_selection_candidate where selection_id = ? and person_id = ?")
                .params(selection, personId).query(Long.class).single();
    }

    String state(long selection) {
        return jdbc.sql("select state from cadre_selection where id = ?").param(selection).query(String.class).single();
    }

    MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.with(user(orgDept)).with(csrf()).locale(java.util.Locale.SIMPLIFIED_CHINESE);
    }

    void ok(String path, Object... params) throws Exception {
        MockHttpServletRequestBuilder request = post(path);
        for (int i = 0; i < params.length; i += 2) {
            request.param((String) params[i], String.valueOf(params[i + 1]));
        }
        mvc.perform(as(request)).andExpect(status().is3xxRedirection()).andExpect(flash().attributeCount(1))
                .andExpect(flash().attributeExists("notice"));
    }

    String refused(String path, Object... params) throws Exception {
        MockHttpServletRequestBuilder request = post(path);
        for (int i = 0; i < params.length; i += 2) {
            request.param((String) params[i], String.valueOf(params[i + 1]));
        }
        return (String) mvc.perform(as(request)).andExpect(status().is3xxRedirection())
                .andReturn().getFlashMap().get("failure");
    }

    String page(long selection) throws Exception {
        return mvc.perform(get("/cadres/selections/{id}", selection).with(user(orgDept)).locale(java.util.Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    long create(String method) throws Exception {
        mvc.perform(as(post("/cadres/selections")).param("title", "Head of department").param("postId",
                        String.valueOf(post)).param("postsCount", "1").param("method", method)
                .param("day", "2026-09-01").param("documentNo", "党委〔2026〕1号"))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from cadre_selection where post_id = ?").param(post).query(Long.class).single();
    }

    @Test
    void a_democratic_recommendation_runs_from_motion_to_appointment_and_a_removal_ends_the_probation()
            throws Exception {
        long s = create("DEMOCRATIC_RECOMMENDATION");
        String base = "/cadres/selections/" + s;
        ok(base + "/steps", "to", "RECOMMENDATION", "day", "2026-09-05");
        ok(base + "/candidates", "employeeNos", no(deputyA) + " " + no(deputyB));
        assertThat(refused(base + "/steps", "to", "INSPECTION", "day", "2026-09-10"))
                .isEqualTo("尚未创建民主推荐投票。");

        // a show of hands among three voters: A 3 agree, B 1 agree 2 disagree
        ok(base + "/ballot", "mode", "COUNTED", "voters", voters.stream().map(this::no).reduce((a, b) -> a + "," + b)
                .orElseThrow());
        long ballot = jdbc.sql("select ballot_id from cadre_selection where id = ?").param(s).query(Long.class).single();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(orgDept, null, orgDept.getAuthorities()));
        ballots.open(ballot);
        long group = jdbc.sql("select id from ballot_group where ballot_id = ?").param(ballot).query(Long.class).single();
        List<Long> questions = jdbc.sql("select id from ballot_question where ballot_id = ? order by position")
                .param(ballot).query(Long.class).list();
        mvc.perform(as(post("/ballots/{id}/groups/{g}/counts", ballot, group)).param("voted", "3")
                        .param("c" + questions.get(0) + "_AGREE", "3").param("c" + questions.get(0) + "_DISAGREE", "0")
                        .param("c" + questions.get(0) + "_ABSTAIN", "0")
                        .param("c" + questions.get(1) + "_AGREE", "1").param("c" + questions.get(1) + "_DISAGREE", "2")
                        .param("c" + questions.get(1) + "_ABSTAIN", "0"))
                .andExpect(status().is3xxRedirection());
        ballots.close(ballot);
        ballots.publish(ballot);
        SecurityContextHolder.clearContext();
        assertThat(jdbc.sql("select recommendation_rate from cadre_selection_candidate where id = ?")
                .param(candidateId(s, deputyA)).query(java.math.BigDecimal.class).single()).isEqualByComparingTo("100");
        assertThat(page(s)).contains("33.33% (agree 1, disagree 2, abstain 0 of 3)");

        ok(base + "/steps", "to", "INSPECTION", "day", "2026-09-20", "forInspection", candidateId(s, deputyA));
        assertThat(jdbc.sql("select status from cadre_selection_candidate where id = ?").param(candidateId(s, deputyB))
                .query(String.class).single()).isEqualTo("DROPPED");
        mvc.perform(as(post(base + "/inspection")).param("team", "组长 李四").param("interviewed", "25")
                .param("checks", "DOSSIER", "PERSONAL_MATTERS", "COMPLAINTS").param("report", "考察报告"))
                .andExpect(status().is3xxRedirection());
        assertThat(refused(base + "/steps", "to", "DECISION", "day", "2026-09-28"))
                .isEqualTo("必查事项未完成：纪检监察意见。");
        assertThat(page(s)).contains("Mandatory check not done: Discipline-inspection opinion obtained.");
        mvc.perform(as(post(base + "/inspection")).param("team", "组长 李四").param("interviewed", "25")
                .param("checks", "DOSSIER", "PERSONAL_MATTERS", "COMPLAINTS", "DISCIPLINE_OPINION")
                .param("report", "考察报告")).andExpect(status().is3xxRedirection());
        ok(base + "/steps", "to", "DECISION", "day", "2026-09-28");

        long a = candidateId(s, deputyA);
        assertThat(refused(base + "/decision", "meetingDate", "2026-10-09", "membersDue", "9", "membersPresent", "5",
                "agree_" + a, "5")).contains("不足三分之二");
        ok(base + "/decision", "meetingDate", "2026-10-09", "membersDue", "9", "membersPresent", "7",
                "agree_" + a, "6", "disagree_" + a, "1");
        assertThat(refused(base + "/steps", "to", "PUBLIC_NOTICE", "day", "2026-10-12", "noticeStart", "2026-10-12",
                "noticeEnd", "2026-10-15")).contains("最早可于 2026-10-16 结束");
        // National Day 2026: 1–7 Oct off, Saturday 10 Oct worked: 9, 10, 12, 13, 14
        ok(base + "/steps", "to", "PUBLIC_NOTICE", "day", "2026-10-09", "noticeStart", "2026-10-09",
                "noticeEnd", "2026-10-14");

        assertThat(workItems.workItems(LocalDate.of(2026, 10, 12), DataScope.everything()))
                .as("the notice ends within 3 working days").anyMatch(w -> w.kind().equals("NOTICE_CLOSING")
                        && w.url().equals(base) && w.dueDate().equals(LocalDate.of(2026, 10, 14)));
        assertThat(workItems.workItems(LocalDate.of(2026, 10, 12), DataScope.units(java.util.Set.of(
                people.unit(people.unique("Elsewhere"), null))))).noneMatch(w -> w.url().equals(base));
        ok(base + "/objections", "receivedOn", "2026-10-10", "content", "反映其分管工作作风问题", "handler", "王五");
        assertThat(refused(base + "/appointment", "effectiveDate", "2026-10-20", "documentNo", "党委〔2026〕9号",
                "primary", "true")).isEqualTo("2026-10-10 收到的异议尚未办结。");
        long objection = jdbc.sql("select id from cadre_selection_objection where selection_id = ?").param(s)
                .query(Long.class).single();
        ok(base + "/objections/" + objection + "/resolve", "finding", "经核查，反映问题不属实", "outcome", "UNFOUNDED");
        ok(base + "/appointment", "effectiveDate", "2026-10-20", "documentNo", "党委〔2026〕9号", "decisionBody", "党委",
                "primary", "true");

        assertThat(state(s)).isEqualTo("APPOINTED");
        assertThat(events.stream(SelectionEvents.CandidateUnderInspection.class))
                .containsExactly(new SelectionEvents.CandidateUnderInspection(s, deputyA, LocalDate.of(2026, 9, 20)));
        assertThat(events.stream(SelectionEvents.CandidateDropped.class)).extracting(
                SelectionEvents.CandidateDropped::personId).containsExactly(deputyB);
        assertThat(events.stream(SelectionEvents.CandidateAppointed.class)).singleElement().satisfies(e -> {
            assertThat(e.personId()).isEqualTo(deputyA);
            assertThat(e.postId()).isEqualTo(post);
            assertThat(e.effectiveDate()).isEqualTo(LocalDate.of(2026, 10, 20));
            assertThat(e.documentNo()).isEqualTo("党委〔2026〕9号");
            assertThat(e.promotion()).as("deputy to principal").isTrue();
        });
        Long assignment = jdbc.sql("select assignment_id from cadre_selection_candidate where id = ?").param(a)
                .query(Long.class).single();
        assertThat(jdbc.sql("select post_id from org_assignment where id = ? and kind = 'PRIMARY'").param(assignment)
                .query(Long.class).single()).isEqualTo(post);
        assertThat(jdbc.sql("select count(*) from org_assignment where person_id = ? and valid_to = ?")
                .params(deputyA, LocalDate.of(2026, 10, 20)).query(Long.class).single())
                .as("the deputy post ended by the transfer").isEqualTo(1);
        // the other parts of the module heard of it: the ledger has the promotion, the new post has its term
        assertThat(jdbc.sql("select kind from cadre_deployment_event where person_id = ? and to_assignment_id = ?")
                .params(deputyA, assignment).query(String.class).list()).containsExactly("PROMOTION");
        assertThat(jdbc.sql("select count(*) from cadre_term where assignment_id = ? and actual_end is null")
                .param(assignment).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select probation_end from cadre_selection_candidate where id = ?").param(a)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2027, 10, 20));
        List<WorkItem> due = workItems.workItems(LocalDate.of(2027, 10, 1), DataScope.everything());
        assertThat(due).anyMatch(w -> w.kind().equals("PROBATION_ENDING") && w.personId() == deputyA);
        assertThat(page(s)).contains("Probation until 2027-10-20");

        ok(base + "/candidates/" + a + "/probation", "outcome", "REMOVED", "day", "2027-10-20", "note", "试用期考核不称职");
        assertThat(state(s)).isEqualTo("REMOVED");
        assertThat(jdbc.sql("select valid_to from org_assignment where id = ?").param(assignment)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2027, 10, 20));
        // the ledger counts the removal (试用期不合格 → 免职) once, and the term on the post ends with it
        assertThat(jdbc.sql("select kind from cadre_deployment_event where person_id = ? and from_assignment_id = ?")
                .params(deputyA, assignment).query(String.class).list()).containsExactly("REMOVAL");
        assertThat(jdbc.sql("select actual_end from cadre_term where assignment_id = ?").param(assignment)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2027, 10, 20));
        assertThat(events.stream(org.cadre.cadres.internal.SelectionEvents.ProbationEnded.class))
                .singleElement().satisfies(e -> assertThat(e.removed()).isTrue());
        assertThat(jdbc.sql("select count(*) from cadre_selection_step where selection_id = ?").param(s)
                .query(Long.class).single()).isEqualTo(7);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'selection' and entity_id = ?")
                .param(String.valueOf(s)).query(Long.class).single()).isGreaterThan(10);
    }

    @Test
    void a_skipped_step_needs_a_reason_and_an_approver_and_is_shown_as_an_exception() throws Exception {
        long s = create("ORGANIZATION_NOMINATION");
        String base = "/cadres/selections/" + s;
        ok(base + "/candidates", "employeeNos", no(deputyA));
        assertThat(refused(base + "/steps", "to", "INSPECTION", "day", "2026-09-05", "forInspection",
                candidateId(s, deputyA))).contains("须写明理由和批准人");
        assertThat(refused(base + "/steps", "to", "INSPECTION", "day", "2026-09-05", "exceptionReason", "急需")).
                isEqualTo("程序例外须同时写明理由和批准人。");
        ok(base + "/steps", "to", "INSPECTION", "day", "2026-09-05", "forInspection", candidateId(s, deputyA),
                "exceptionReason", "岗位急需，经党委书记同意", "exceptionApprover", "党委书记");
        assertThat(state(s)).isEqualTo("INSPECTION");
        assertThat(page(s)).contains("Exception: 岗位急需，经党委书记同意 (approved by 党委书记)");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'selection.stepByException' and entity_id = ?")
                .param(String.valueOf(s)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void an_open_competition_checks_eligibility_and_ranks_by_the_panel() throws Exception {
        mvc.perform(as(post("/cadres/selections")).param("title", "竞聘").param("postId", String.valueOf(post))
                        .param("postsCount", "1").param("method", "OPEN_COMPETITION").param("day", "2026-09-01")
                        .param("minEducation", "MASTER").param("maxAge", "50"))
                .andExpect(status().is3xxRedirection());
        long s = jdbc.sql("select id from cadre_selection where post_id = ?").param(post).query(Long.class).single();
        String base = "/cadres/selections/" + s;
        ok(base + "/steps", "to", "REGISTRATION", "day", "2026-09-02");
        long master = people.person(people.unique("M"), unit).education("MASTER").create();
        ok(base + "/candidates", "employeeNos", no(deputyA) + "," + no(master));
        ok(base + "/steps", "to", "ELIGIBILITY", "day", "2026-09-10");
        ok(base + "/eligibility");
        assertThat(page(s)).contains("Education below Master (graduate)");
        ok(base + "/candidates/" + candidateId(s, deputyA) + "/eligibility", "eligible", "true", "reason", "高级职称，破格");
        ok(base + "/steps", "to", "SCORING", "day", "2026-09-15");
        for (int j = 0; j < 5; j++) {
            ok(base + "/judges", "name", "评委" + j, "weight", "1");
        }
        List<Long> judges = jdbc.sql("select id from cadre_selection_judge where selection_id = ? order by id").param(s)
                .query(Long.class).list();
        int[][] scores = {{90, 80}, {95, 70}, {60, 85}, {88, 90}, {85, 99}};
        for (int j = 0; j < 5; j++) {
            ok(base + "/judges/" + judges.get(j) + "/scores", "score_" + candidateId(s, deputyA), scores[j][0],
                    "score_" + candidateId(s, master), scores[j][1]);
        }
        // A: 60 and 95 dropped → (90+88+85)/3 = 87.667; M: 70 and 99 dropped → (80+85+90)/3 = 85
        assertThat(jdbc.sql("select rank from cadre_selection_candidate where id = ?").param(candidateId(s, deputyA))
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(page(s)).contains("87.667 (rank 1)").contains("85 (rank 2)");
    }

    @Test
    void a_unit_head_reads_only_the_selections_of_their_unit_and_cannot_change_them() throws Exception {
        long s = create("ORGANIZATION_NOMINATION");
        long other = people.unit(people.unique("Other"), null);
        CurrentUser head = TestUsers.withGrants("head", null, TestUsers.grant(org.cadre.identity.ScopeKind.UNIT, unit,
                "cadre:read"));
        CurrentUser stranger = TestUsers.withGrants("stranger", null, TestUsers.grant(
                org.cadre.identity.ScopeKind.UNIT, other, "cadre:read"));
        mvc.perform(get("/cadres/selections/{id}", s).with(user(head))).andExpect(status().isOk());
        mvc.perform(get("/cadres/selections").with(user(stranger))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
                        "/cadres/selections/" + s + "\""))));
        mvc.perform(get("/cadres/selections/{id}", s).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(post("/cadres/selections/{id}/steps", s).param("to", "RECOMMENDATION").param("day", "2026-09-05")
                .with(user(head)).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void the_json_api_runs_the_same_steps_and_says_what_blocks_the_next_one() throws Exception {
        String created = mvc.perform(as(post("/api/v1/cadres/selections")).contentType("application/json").content("""
                        {"title": "API", "postId": %d, "postsCount": 1, "method": "ORGANIZATION_NOMINATION",
                         "motionDate": "2026-09-01", "documentNo": "1号"}""".formatted(post)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(created).contains("\"state\":\"MOTION\"");
        long s = jdbc.sql("select id from cadre_selection where post_id = ?").param(post).query(Long.class).single();
        mvc.perform(as(post("/api/v1/cadres/selections/{id}/candidates", s)).contentType("application/json")
                .content("{\"employeeNos\": [\"" + no(deputyA) + "\"]}")).andExpect(status().isOk());
        mvc.perform(as(post("/api/v1/cadres/selections/{id}/steps", s)).contentType("application/json")
                .content("""
                        {"to": "INSPECTION", "day": "2026-09-03", "forInspection": [%d],
                         "exceptionReason": "急需", "exceptionApprover": "书记"}""".formatted(candidateId(s, deputyA))))
                .andExpect(status().isOk());
        mvc.perform(as(post("/api/v1/cadres/selections/{id}/inspection", s)).contentType("application/json")
                .content("""
                        {"team": "组", "interviewed": 9, "checks": ["DOSSIER"], "report": "报告"}"""))
                .andExpect(status().isOk());
        String detail = mvc.perform(get("/api/v1/cadres/selections/{id}", s).with(user(orgDept))
                        .locale(java.util.Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("必查事项未完成：个人有关事项报告核查。").contains("\"exceptionApprover\":\"书记\"");
        mvc.perform(as(post("/api/v1/cadres/selections/{id}/steps", s)).contentType("application/json")
                .content("{\"to\": \"DECISION\", \"day\": \"2026-09-20\"}"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/api/v1/cadres/selections").param("state", "INSPECTION").with(user(orgDept)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("\"id\":" + s)));
    }

    @Test
    void the_organization_refuses_an_appointment_beyond_the_approved_count_and_the_selection_says_why()
            throws Exception {
        jdbc.sql("update org_post set approved_count = 0 where id = ?").param(post).update();
        long s = create("ORGANIZATION_NOMINATION");
        String base = "/cadres/selections/" + s;
        ok(base + "/candidates", "employeeNos", no(deputyA));
        ok(base + "/steps", "to", "PUBLIC_NOTICE", "day", "2026-09-01", "noticeStart", "2026-09-01",
                "noticeEnd", "2026-09-07", "exceptionReason", "换届集中调整，已另行考察", "exceptionApprover", "党委书记");
        assertThat(refused(base + "/appointment", "effectiveDate", "2026-09-15", "documentNo", "党委〔2026〕5号",
                "primary", "true")).contains("职数");
        assertThat(state(s)).isEqualTo("PUBLIC_NOTICE");
        assertThat(jdbc.sql("select count(*) from org_assignment where post_id = ?").param(post).query(Long.class)
                .single()).as("nothing changed").isZero();
        ok(base + "/appointment", "effectiveDate", "2026-09-15", "documentNo", "党委〔2026〕5号", "primary", "true",
                "overCountReason", "经党委研究同意超职数配备");
        assertThat(state(s)).isEqualTo("APPOINTED");
    }

    @Test
    void the_holiday_calendar_is_kept_by_the_selection_officers_and_audited() throws Exception {
        mvc.perform(as(post("/cadres/selections/calendar")).param("day", "2027-02-20").param("working", "true")
                .param("name", "春节调休")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/cadres/selections/calendar").param("year", "2027").with(user(orgDept)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("春节调休")));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'holiday.saved' and entity_id = '2027-02-20'")
                .query(Long.class).single()).isEqualTo(1);
        CurrentUser reader = TestUsers.withGrants("reader", null, TestUsers.grant(org.cadre.identity.ScopeKind.ALL,
                null, "cadre:read"));
        mvc.perform(post("/cadres/selections/calendar").param("day", "2027-02-21").param("name", "x")
                .with(user(reader)).with(csrf())).andExpect(status().isForbidden());
        // every notice in the company counts on it: an officer of one unit reads it but may not change it
        long unit = jdbc.sql("insert into org_unit (code) values ('CAL-U') returning id").query(Long.class).single();
        CurrentUser unitOfficer = TestUsers.withGrants("unit-officer", null, TestUsers.grant(
                org.cadre.identity.ScopeKind.UNIT, unit, "selection:manage", "cadre:read"));
        mvc.perform(get("/cadres/selections/calendar").param("year", "2027").with(user(unitOfficer)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("calendar-form"))));
        mvc.perform(post("/cadres/selections/calendar").param("day", "2027-02-21").param("name", "x")
                .with(user(unitOfficer)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/cadres/selections/calendar/2027-02-20/delete").with(user(unitOfficer)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from shared_holiday where day = '2027-02-20'").query(Long.class).single())
                .isEqualTo(1);
    }
}
