package org.cadre.cadres.internal.reserve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadre.IntegrationTest;
import org.cadre.TestUsers;
import org.cadre.cadres.internal.SelectionEvents;
import org.cadre.identity.CurrentUser;
import org.cadre.identity.DataScope;
import org.cadre.identity.Permissions;
import org.cadre.identity.ScopeKind;
import org.cadre.people.PeopleFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reserve pool over the API and the pages: nominations, reviews, moves of state, selection events, the scope of
 * a unit head, the succession view and its export. Each test rolls back.
 */
@IntegrationTest
@Transactional
class ReservePoolTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    ReviewsDue reviewsDue;
    @Autowired
    Clock clock;

    PeopleFixtures people;
    CurrentUser orgDept = TestUsers.orgDept();
    LocalDate today;
    long unit;
    long otherUnit;
    long headPost;
    long incumbent;
    long candidate;
    long outsider;

    @BeforeEach
    void aDepartmentWithAHeadAndTwoPeopleInTwoUnits() {
        people = new PeopleFixtures(jdbc);
        today = LocalDate.now(clock);
        unit = people.unit(people.unique("Dept"), null);
        otherUnit = people.unit(people.unique("Other"), null);
        headPost = people.post(unit, people.unique("Head"), "MID_PRINCIPAL");
        incumbent = people.person(people.unique("Incumbent"), unit).create();
        people.assign(incumbent, headPost, today.minusYears(2));
        candidate = people.person(people.unique("Candidate"), unit).create();
        outsider = people.person(people.unique("Outsider"), otherUnit).create();
    }

    private String employeeNo(long personId) {
        return jdbc.sql("select employee_no from people_person where id = ?").param(personId).query(String.class).single();
    }

    private long nominate(long personId, String readiness) throws Exception {
        String body = """
                {"employeeNo": "%s", "targetLevel": "MID_PRINCIPAL", "source": "ORGANIZATION",
                 "reason": "业绩突出，群众基础好", "readiness": "%s"}
                """.formatted(employeeNo(personId), readiness);
        String response = mvc.perform(post("/api/v1/cadres/reserve").contentType(MediaType.APPLICATION_JSON)
                        .content(body).with(user(orgDept)).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("entry").get("id").asLong();
    }

    private String state(long entryId) {
        return jdbc.sql("select state from cadre_reserve_entry where id = ?").param(entryId).query(String.class).single();
    }

    private long audits(String action, long entryId) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and entity_id = ?")
                .params(action, String.valueOf(entryId)).query(Long.class).single();
    }

    @Test
    void a_nomination_enters_the_pool_with_a_review_due_in_twelve_months_and_a_second_for_the_same_level_is_refused()
            throws Exception {
        long id = nominate(candidate, "ONE_TO_TWO_YEARS");
        mvc.perform(get("/api/v1/cadres/reserve/{id}", id).with(user(orgDept)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entry.state").value("RESERVE"))
                .andExpect(jsonPath("$.entry.targetUnitId").value(unit))
                .andExpect(jsonPath("$.entry.nextReviewDue").value(today.plusMonths(12).toString()))
                .andExpect(jsonPath("$.history[0].kind").value("NOMINATED"));
        assertThat(audits("cadres.reserve.nominated", id)).isEqualTo(1);

        mvc.perform(post("/api/v1/cadres/reserve").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"employeeNo": "%s", "targetLevel": "MID_PRINCIPAL", "source": "SELF", "reason": "再次"}
                                """.formatted(employeeNo(candidate)))
                        .header("Accept-Language", "en").with(user(orgDept)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("cadres.reserve.duplicate"))
                .andExpect(jsonPath("$.detail", containsString("already in the pool")));
        assertThat(jdbc.sql("select count(*) from cadre_reserve_entry where person_id = ?").param(candidate)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_nomination_without_a_reason_is_refused_on_its_field_and_changes_nothing() throws Exception {
        mvc.perform(post("/cadres/reserve").param("employeeNo", employeeNo(candidate)).param("targetLevel", "MID_PRINCIPAL")
                        .param("source", "ORGANIZATION").param("readiness", "READY_NOW").param("reason", " ")
                        .header("Accept-Language", "en").with(user(orgDept)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Required.")));
        assertThat(jdbc.sql("select count(*) from cadre_reserve_entry where person_id = ?").param(candidate)
                .query(Long.class).single()).isZero();
    }

    @Test
    void managing_oneself_is_not_managing_a_self_scope_of_cadre_manage_may_not_nominate_oneself() throws Exception {
        CurrentUser self = TestUsers.withGrants("reserveself", candidate,
                TestUsers.grant(ScopeKind.SELF, null, Permissions.CADRE_MANAGE));
        mvc.perform(post("/api/v1/cadres/reserve").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"employeeNo": "%s", "targetLevel": "MID_PRINCIPAL", "source": "ORGANIZATION",
                                 "reason": "自荐", "readiness": "READY_NOW"}
                                """.formatted(employeeNo(candidate)))
                        .header("Accept-Language", "en").with(user(self)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("cadres.reserve.unknownPerson"));
        assertThat(jdbc.sql("select count(*) from cadre_reserve_entry where person_id = ?").param(candidate)
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_keeper_of_one_unit_may_not_nominate_for_a_post_of_another_unit() throws Exception {
        long elsewhere = people.post(otherUnit, people.unique("Head"), "MID_PRINCIPAL");
        CurrentUser keeper = TestUsers.withGrants("reservekeeper", null,
                TestUsers.grant(ScopeKind.UNIT, unit, Permissions.CADRE_MANAGE));
        mvc.perform(post("/api/v1/cadres/reserve").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"employeeNo": "%s", "targetLevel": "MID_PRINCIPAL", "targetPostId": %d,
                                 "source": "ORGANIZATION", "reason": "跨单位"}
                                """.formatted(employeeNo(candidate), elsewhere))
                        .header("Accept-Language", "en").with(user(keeper)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("cadres.reserve.unknownPost"));
        assertThat(jdbc.sql("select count(*) from cadre_reserve_entry where person_id = ?").param(candidate)
                .query(Long.class).single()).isZero();

        // reading everything, keeping one unit: another unit's entry is shown without the forms that change it
        long outside = nominate(outsider, "READY_NOW");
        CurrentUser readerKeeper = TestUsers.withGrants("reservereaderkeeper", null,
                TestUsers.grant(ScopeKind.ALL, null, Permissions.CADRE_READ),
                TestUsers.grant(ScopeKind.UNIT, unit, Permissions.CADRE_MANAGE));
        mvc.perform(get("/cadres/reserve/{id}", outside).with(user(readerKeeper)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"plan-add\""))));
    }

    @Test
    void a_review_changes_readiness_keeps_the_change_in_the_history_and_sets_the_next_review() throws Exception {
        long id = nominate(candidate, "ONE_TO_TWO_YEARS");
        mvc.perform(post("/api/v1/cadres/reserve/{id}/reviews", id).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reviewedOn": "%s", "reviewer": "组织人事部考察组", "conclusion": "已具备任职条件",
                                 "readiness": "READY_NOW"}
                                """.formatted(today)).with(user(orgDept)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.entry.readiness").value("READY_NOW"))
                .andExpect(jsonPath("$.entry.nextReviewDue").value(today.plusMonths(12).toString()))
                .andExpect(jsonPath("$.reviews[0].readinessBefore").value("ONE_TO_TWO_YEARS"))
                .andExpect(jsonPath("$.history[1].kind").value("READINESS"))
                .andExpect(jsonPath("$.history[1].readinessTo").value("READY_NOW"));
        assertThat(audits("cadres.reserve.reviewed", id)).isEqualTo(1);

        mvc.perform(post("/cadres/reserve/{id}/plan", id).param("kind", "MENTOR").param("description", "导师帮带")
                        .with(user(orgDept)).with(csrf()))
                .andExpect(flash().attribute("failure", "cadres.reserve.validation.required"));
        mvc.perform(post("/cadres/reserve/{id}/plan", id).param("kind", "MENTOR").param("description", "导师帮带")
                        .param("mentorEmployeeNo", employeeNo(incumbent)).with(user(orgDept)).with(csrf()))
                .andExpect(flash().attribute("notice", "cadres.reserve.plan.added.notice"));
        assertThat(jdbc.sql("select mentor_person_id from cadre_reserve_plan_item where entry_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(incumbent);
        // the history names the plan item's kind in the reader's language, not as a code
        mvc.perform(get("/cadres/reserve/{id}", id).header("Accept-Language", "en").with(user(orgDept)))
                .andExpect(content().string(containsString("Mentor</span>")))
                .andExpect(content().string(not(containsString("MENTOR: "))));
    }

    @Test
    void withdrawing_needs_a_reason_and_a_closed_entry_moves_no_more() throws Exception {
        long id = nominate(candidate, "THREE_PLUS_YEARS");
        mvc.perform(post("/api/v1/cadres/reserve/{id}/transitions", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"state\": \"WITHDRAWN\"}").with(user(orgDept)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("cadres.reserve.transition.reasonRequired"));
        assertThat(state(id)).isEqualTo("RESERVE");
        mvc.perform(post("/api/v1/cadres/reserve/{id}/transitions", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"state\": \"WITHDRAWN\", \"reason\": \"本人申请\"}").with(user(orgDept)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entry.withdrawnReason").value("本人申请"));
        mvc.perform(post("/api/v1/cadres/reserve/{id}/transitions", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"state\": \"RESERVE\"}").header("Accept-Language", "en").with(user(orgDept)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("cadres.reserve.transition.refused"))
                .andExpect(jsonPath("$.detail").value("An entry cannot move from Withdrawn to In reserve."));
        assertThat(audits("cadres.reserve.moved", id)).isEqualTo(1);
    }

    @Test
    void selection_events_move_the_persons_active_entry_through_inspection_and_back_or_to_appointed() throws Exception {
        long id = nominate(candidate, "READY_NOW");
        events.publishEvent(new SelectionEvents.CandidateUnderInspection(7L, candidate, today));
        assertThat(state(id)).isEqualTo("UNDER_INSPECTION");
        events.publishEvent(new SelectionEvents.CandidateDropped(7L, candidate, today));
        assertThat(state(id)).isEqualTo("RESERVE");
        events.publishEvent(new SelectionEvents.CandidateUnderInspection(8L, candidate, today));
        events.publishEvent(new SelectionEvents.CandidateAppointed(8L, candidate, headPost, 1L, today, "江源任〔2026〕8号", true));
        assertThat(state(id)).isEqualTo("APPOINTED");
        assertThat(jdbc.sql("select count(*) from cadre_reserve_history where entry_id = ? and kind = 'STATE' and selection_id is not null")
                .param(id).query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void a_unit_head_sees_as_successors_only_the_entries_of_their_unit_and_a_user_without_cadre_read_is_refused()
            throws Exception {
        long ready = nominate(candidate, "READY_NOW");
        long fromOutside = nominate(outsider, "READY_NOW");
        jdbc.sql("update cadre_reserve_entry set target_post_id = ?, target_unit_id = ? where id in (?, ?)")
                .params(headPost, unit, ready, fromOutside).update();
        CurrentUser head = TestUsers.withGrants("reservehead", null,
                TestUsers.grant(ScopeKind.UNIT, unit, Permissions.CADRE_READ));
        mvc.perform(get("/api/v1/cadres/reserve/succession").with(user(head)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.total").value(1))
                .andExpect(jsonPath("$.rows.items[0].successors.length()").value(1))
                .andExpect(jsonPath("$.rows.items[0].successors[0].entryId").value(ready));
        mvc.perform(get("/cadres/reserve/succession").with(user(head)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/cadres/reserve/" + fromOutside + "\""))));
        CurrentUser nobody = TestUsers.withGrants("reservenobody", null);
        mvc.perform(get("/cadres/reserve/succession").with(user(nobody))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cadres/reserve/{id}", ready).with(user(nobody))).andExpect(status().isForbidden());
    }

    @Test
    void a_unit_head_reads_the_pool_of_their_unit_only_and_may_not_nominate() throws Exception {
        long inside = nominate(candidate, "READY_NOW");
        long outside = nominate(outsider, "READY_NOW");
        CurrentUser head = TestUsers.withGrants("reservehead", null,
                TestUsers.grant(ScopeKind.UNIT, unit, Permissions.CADRE_READ));
        mvc.perform(get("/api/v1/cadres/reserve").param("name", "Candidate").with(user(head)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == %d)]".formatted(inside)).exists());
        mvc.perform(get("/api/v1/cadres/reserve").param("unit", String.valueOf(otherUnit)).with(user(head)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/cadres/reserve/{id}", outside).with(user(head))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/cadres/reserve").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"employeeNo\": \"x\", \"targetLevel\": \"MID_PRINCIPAL\"}").with(user(head)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(reviewsDue.workItems(today.plusMonths(12), DataScope.units(java.util.Set.of(unit))))
                .extracting(w -> w.url() + " " + w.kind()).containsExactly("/cadres/reserve/" + inside + " RESERVE_REVIEW_DUE");
        assertThat(reviewsDue.workItems(today.plusMonths(11).minusDays(1), DataScope.units(java.util.Set.of(unit)))).isEmpty();
    }

    @Test
    void the_pool_page_filters_in_the_database_and_counts_by_level_and_readiness() throws Exception {
        long ready = nominate(candidate, "READY_NOW");
        nominate(outsider, "THREE_PLUS_YEARS");
        mvc.perform(get("/cadres/reserve").param("unit", String.valueOf(unit)).with(user(orgDept)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"entry-" + ready + "\"")))
                .andExpect(content().string(containsString("id=\"count-MID_PRINCIPAL-READY_NOW\">1<")))
                .andExpect(content().string(containsString("id=\"count-MID_PRINCIPAL-THREE_PLUS_YEARS\">0<")));
        mvc.perform(get("/cadres/reserve").param("readiness", "THREE_PLUS_YEARS").param("unit", String.valueOf(unit))
                        .header("HX-Request", "true").with(user(orgDept)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"no-entries\"")));
        mvc.perform(get("/cadres/reserve/{id}", ready).with(user(orgDept)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"history-")));
        mvc.perform(get("/cadres/reserve/people/{id}", candidate).with(user(orgDept)))
                .andExpect(redirectedUrl("/cadres/reserve/" + ready));
        mvc.perform(get("/people/{id}", candidate).with(user(orgDept)))
                .andExpect(content().string(containsString("id=\"profile-link-reserve-entries\"")));
        mvc.perform(get("/people/{id}", incumbent).with(user(orgDept)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("profile-link-reserve-entries"))));
    }

    @Test
    void the_succession_view_ranks_successors_and_leaves_out_in_the_database_the_posts_with_one_ready_now()
            throws Exception {
        mvc.perform(get("/api/v1/cadres/reserve/succession").param("unit", String.valueOf(unit)).with(user(orgDept)))
                .andExpect(jsonPath("$.keyPosts").value(1))
                .andExpect(jsonPath("$.lacking").value(1))
                .andExpect(jsonPath("$.rows.items[0].postId").value(headPost))
                .andExpect(jsonPath("$.rows.items[0].incumbents[0].personId").value(incumbent))
                .andExpect(jsonPath("$.rows.items[0].incumbents[0].termEnds").value(today.minusYears(2).plusYears(3).toString()))
                .andExpect(jsonPath("$.rows.items[0].successors").isEmpty());
        long later = nominate(outsider, "ONE_TO_TWO_YEARS");
        jdbc.sql("update cadre_reserve_entry set target_post_id = ?, target_unit_id = ? where id = ?")
                .params(headPost, unit, later).update();
        mvc.perform(get("/api/v1/cadres/reserve/succession").param("unit", String.valueOf(unit)).param("lacking", "true")
                        .with(user(orgDept)))
                .andExpect(jsonPath("$.rows.items[0].postId").value(headPost));
        long ready = nominate(candidate, "READY_NOW");
        mvc.perform(get("/api/v1/cadres/reserve/succession").param("unit", String.valueOf(unit)).with(user(orgDept)))
                .andExpect(jsonPath("$.lacking").value(0))
                .andExpect(jsonPath("$.rows.items[0].successors[0].entryId").value(ready))
                .andExpect(jsonPath("$.rows.items[0].successors[1].entryId").value(later));
        mvc.perform(get("/api/v1/cadres/reserve/succession").param("unit", String.valueOf(unit)).param("lacking", "true")
                        .with(user(orgDept)))
                .andExpect(jsonPath("$.rows.total").value(0))
                .andExpect(jsonPath("$.rows.items").isEmpty());
        mvc.perform(get("/cadres/reserve/succession").param("unit", String.valueOf(unit)).param("page", "0")
                        .header("Accept-Language", "en").with(user(orgDept)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 key posts, 0 without a successor ready now")));

        byte[] xlsx = mvc.perform(get("/cadres/reserve/succession.xlsx").param("unit", String.valueOf(unit))
                        .header("Accept-Language", "en").with(user(orgDept)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(6).getStringCellValue()).contains("Candidate").contains("Ready now");
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo("Yes");
        }
    }
}
