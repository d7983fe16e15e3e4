package org.cadre.cadres.internal.tenure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadre.IntegrationTest;
import org.cadre.TestUsers;
import org.cadre.cadres.internal.SelectionEvents;
import org.cadre.cadres.internal.TermEnds;
import org.cadre.cadres.internal.WorkItem;
import org.cadre.cadres.internal.WorkItemSource;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Terms, contracts and deployment events over the API and the pages, against the database: what each command
 * changes, what it refuses, and who sees what. Each test rolls back.
 */
@IntegrationTest
@Transactional
class TenureIntegrationTest {

    static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TermEnds termEnds;
    @Autowired
    List<WorkItemSource> sources;

    PeopleFixtures people;
    CurrentUser orgDept = TestUsers.orgDept();
    long unit;
    long otherUnit;
    long person;
    String employeeNo;
    long deputyPost;
    long principalPost;
    long peerPost;

    @BeforeEach
    void aDeputyInADepartmentAndAPrincipalPostInAnother() {
        people = new PeopleFixtures(jdbc);
        unit = people.unit(people.unique("Dept"), null);
        otherUnit = people.unit(people.unique("Works"), null);
        person = people.person(people.unique("Cadre"), unit).create();
        employeeNo = jdbc.sql("select employee_no from people_person where id = ?").param(person).query(String.class).single();
        deputyPost = people.post(unit, people.unique("Deputy"), "MID_DEPUTY");
        principalPost = people.post(otherUnit, people.unique("Head"), "MID_PRINCIPAL");
        peerPost = people.post(otherUnit, people.unique("Deputy"), "MID_DEPUTY");
        people.assign(person, deputyPost, LocalDate.of(2022, 1, 1));
    }

    JsonNode postJson(String url, Object body) throws Exception {
        String response = mvc.perform(post(url).with(user(orgDept)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
        return response.isEmpty() ? null : json.readTree(response);
    }

    Map<String, Object> event(String kind, Long toPostId) {
        Map<String, Object> e = new java.util.HashMap<>();
        e.put("kind", kind);
        e.put("employeeNo", employeeNo);
        e.put("toPostId", toPostId);
        e.put("effectiveDate", DAY.toString());
        e.put("reason", "工作需要");
        e.put("documentNo", "江源党干〔2026〕12号");
        e.put("issuingBody", "公司党委");
        return e;
    }

    long openPrimaryPost() {
        return jdbc.sql("select post_id from org_assignment where person_id = ? and kind = 'PRIMARY' and valid_to is null")
                .param(person).query(Long.class).single();
    }

    // --- deployment events change the assignments

    @Test
    void a_promotion_ends_the_primary_post_appoints_the_new_one_starts_its_term_and_counts_in_the_ledger() throws Exception {
        JsonNode recorded = postJson("/api/v1/cadres/deployments", event("PROMOTION", principalPost));

        assertThat(recorded.get("kind").asString()).isEqualTo("PROMOTION");
        assertThat(recorded.get("unitId").asLong()).isEqualTo(otherUnit);
        assertThat(openPrimaryPost()).isEqualTo(principalPost);
        assertThat(jdbc.sql("select end_reason from org_assignment where person_id = ? and post_id = ?")
                .params(person, deputyPost).query(String.class).single()).isEqualTo("TRANSFERRED");
        long newAssignment = recorded.get("toAssignmentId").asLong();
        assertThat(termEnds.expectedEnds(List.of(newAssignment))).containsEntry(newAssignment, DAY.plusYears(3));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'cadre.deployment.recorded' and entity_id = ?")
                .param(recorded.get("id").asString()).query(Long.class).single()).isOne();
        mvc.perform(get("/api/v1/cadres/deployments/ledger").param("year", "2026").with(user(orgDept)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[?(@.unitId == " + otherUnit + ")].counts.PROMOTION").value(1));
        mvc.perform(get("/api/v1/cadres/deployments").param("year", "2026").param("unitId", String.valueOf(otherUnit))
                        .with(user(orgDept)))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/cadres/deployments").param("year", "2026").param("unitId", String.valueOf(unit))
                        .with(user(orgDept)))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void a_retirement_ends_every_post_and_the_open_term_with_it() throws Exception {
        long concurrent = people.post(otherUnit, people.unique("Board"), "MID_DEPUTY");
        jdbc.sql("insert into org_assignment (person_id, post_id, kind, valid_from) values (?, ?, 'CONCURRENT', ?)")
                .params(person, concurrent, LocalDate.of(2023, 1, 1)).update();
        postJson("/api/v1/cadres/terms", Map.of("kind", "POST", "employeeNo", employeeNo, "startDate", "2022-01-01"));

        postJson("/api/v1/cadres/deployments", event("RETIREMENT", null));

        assertThat(jdbc.sql("select count(*) from org_assignment where person_id = ? and valid_to is null").param(person)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select end_reason from org_assignment where person_id = ?").param(person)
                .query(String.class).list()).containsOnly("RETIRED");
        assertThat(jdbc.sql("select actual_end from cadre_term where person_id = ?").param(person)
                .query(LocalDate.class).single()).isEqualTo(DAY);
    }

    @Test
    void a_promotion_to_a_post_of_the_same_level_and_a_transfer_to_a_higher_one_are_refused_and_change_nothing()
            throws Exception {
        mvc.perform(post("/api/v1/cadres/deployments").with(user(orgDept)).with(csrf()).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(event("PROMOTION", peerPost))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("toPostId"))
                .andExpect(jsonPath("$.code").value("cadres.deployment.notHigher"))
                .andExpect(jsonPath("$.detail", containsString("Mid-level deputy")));
        mvc.perform(post("/api/v1/cadres/deployments").with(user(orgDept)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(event("TRANSFER", principalPost))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("cadres.deployment.notSameLevel"));
        assertThat(openPrimaryPost()).isEqualTo(deputyPost);
        assertThat(jdbc.sql("select count(*) from org_assignment where person_id = ?").param(person)
                .query(Long.class).single()).isOne();
        assertThat(jdbc.sql("select count(*) from cadre_deployment_event where person_id = ?").param(person)
                .query(Long.class).single()).isZero();
    }

    @Test
    void an_event_without_a_reason_or_the_post_it_needs_is_refused_and_changes_nothing() throws Exception {
        Map<String, Object> noReason = event("TRANSFER", principalPost);
        noReason.put("reason", " ");
        mvc.perform(post("/api/v1/cadres/deployments").with(user(orgDept)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(noReason)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("reason"));
        mvc.perform(post("/api/v1/cadres/deployments").with(user(orgDept)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(event("TRANSFER", null))))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("toPostId"));
        assertThat(openPrimaryPost()).isEqualTo(deputyPost);
        assertThat(jdbc.sql("select count(*) from cadre_deployment_event where person_id = ?").param(person)
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_revoked_event_stays_in_the_history_with_its_reason_and_no_longer_counts() throws Exception {
        JsonNode recorded = postJson("/api/v1/cadres/deployments", event("ROTATION", peerPost));
        long id = recorded.get("id").asLong();

        JsonNode revoked = postJson("/api/v1/cadres/deployments/" + id + "/revoke", Map.of("reason", "文号有误"));

        assertThat(revoked.get("revokeReason").asString()).isEqualTo("文号有误");
        // revoking without undo (the API default) leaves the change of post: the person stays on the new post
        assertThat(openPrimaryPost()).isEqualTo(peerPost);
        mvc.perform(get("/api/v1/cadres/deployments/ledger").param("year", "2026").with(user(orgDept)))
                .andExpect(jsonPath("$.rows[?(@.unitId == " + otherUnit + ")]").isEmpty());
        mvc.perform(get("/api/v1/cadres/deployments").param("year", "2026").param("q", employeeNo)
                        .param("revoked", "true").with(user(orgDept)))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(post("/api/v1/cadres/deployments/" + id + "/revoke").with(user(orgDept)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"again\"}"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void an_appointment_by_a_selection_is_recorded_as_a_promotion_with_its_term_and_ends_the_term_of_the_post_left()
            throws Exception {
        long oldTerm = postJson("/api/v1/cadres/terms", Map.of("kind", "POST", "employeeNo", employeeNo,
                "startDate", "2022-01-01")).get("id").asLong();
        jdbc.sql("update org_assignment set valid_to = ?, end_reason = 'TRANSFERRED' where person_id = ?")
                .params(DAY, person).update();
        long assignment = jdbc.sql("insert into org_assignment (person_id, post_id, kind, valid_from, document_no) "
                        + "values (?, ?, 'PRIMARY', ?, 'X-1') returning id")
                .params(person, principalPost, DAY).query(Long.class).single();

        publisher.publishEvent(new SelectionEvents.CandidateAppointed(77, person, principalPost, assignment, DAY, "X-1", true));
        publisher.publishEvent(new SelectionEvents.CandidateAppointed(77, person, principalPost, assignment, DAY, "X-1", true));

        assertThat(jdbc.sql("select kind from cadre_deployment_event where person_id = ? and selection_id = 77")
                .param(person).query(String.class).list()).containsExactly("PROMOTION");
        assertThat(termEnds.expectedEnds(List.of(assignment))).containsEntry(assignment, DAY.plusYears(3));
        assertThat(jdbc.sql("select actual_end from cadre_term where id = ?").param(oldTerm).query(LocalDate.class)
                .single()).isEqualTo(DAY);
    }

    // --- terms

    @Test
    void a_term_ending_within_90_days_is_a_work_item_for_readers_whose_scope_reaches_its_unit() throws Exception {
        LocalDate today = LocalDate.now(java.time.Clock.system(java.time.ZoneId.of("Asia/Shanghai")));
        JsonNode term = postJson("/api/v1/cadres/terms", Map.of("kind", "POST", "employeeNo", employeeNo,
                "startDate", today.minusYears(3).plusDays(30).toString()));
        long id = term.get("id").asLong();

        List<WorkItem> items = sources.stream().flatMap(s -> s.workItems(today, DataScope.units(java.util.Set.of(unit))).stream())
                .filter(i -> i.url().equals("/cadres/terms/" + id)).toList();
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo("TERM_ENDING");
            assertThat(i.personId()).isEqualTo(person);
        });
        assertThat(sources.stream().flatMap(s -> s.workItems(today, DataScope.units(java.util.Set.of(otherUnit))).stream())
                .filter(i -> i.url().equals("/cadres/terms/" + id))).isEmpty();
        mvc.perform(post("/api/v1/cadres/terms").with(user(orgDept)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("kind", "POST", "employeeNo", employeeNo,
                                "startDate", today.toString()))))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("cadres.term.alreadyOpen"));
    }

    @Test
    void a_reader_of_another_unit_neither_lists_nor_opens_the_terms_contracts_and_events_of_this_one_nor_changes_them()
            throws Exception {
        long termId = postJson("/api/v1/cadres/terms", Map.of("kind", "POST", "employeeNo", employeeNo,
                "startDate", "2022-01-01")).get("id").asLong();
        long board = people.post(unit, people.unique("Board"), "MID_DEPUTY");
        long eventId = postJson("/api/v1/cadres/deployments", event("CONCURRENT_POST", board)).get("id").asLong();
        long contractId = contract().get("contract").get("id").asLong();
        CurrentUser outsider = TestUsers.withGrants("outsider", null,
                TestUsers.grant(ScopeKind.UNIT, otherUnit, Permissions.CADRE_READ));
        CurrentUser insider = TestUsers.withGrants("insider", null,
                TestUsers.grant(ScopeKind.UNIT, unit, Permissions.CADRE_READ));

        mvc.perform(get("/api/v1/cadres/terms/" + termId).with(user(outsider))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cadres/terms").param("q", employeeNo).with(user(outsider)))
                .andExpect(jsonPath("$.total").value(0));
        // the term of the post and that of the concurrent post
        mvc.perform(get("/api/v1/cadres/terms").param("q", employeeNo).with(user(insider)))
                .andExpect(jsonPath("$.total").value(2));
        mvc.perform(post("/api/v1/cadres/deployments").with(user(insider)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(event("REMOVAL", null))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/cadres/people/" + person + "/tenure").with(user(outsider))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cadres/deployments/" + eventId).with(user(outsider))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cadres/deployments").param("year", "2026").param("q", employeeNo).with(user(outsider)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/cadres/contracts/" + contractId).with(user(outsider))).andExpect(status().isNotFound());
        mvc.perform(get("/cadres/contracts/" + contractId).with(user(outsider))).andExpect(status().isNotFound());

        // a keeper of the other unit guessing the ids changes nothing
        CurrentUser keeper = TestUsers.withGrants("otherkeeper", null, TestUsers.grant(ScopeKind.UNIT, otherUnit,
                Permissions.CADRE_READ, Permissions.CADRE_MANAGE, Permissions.ASSIGNMENT_MANAGE));
        mvc.perform(post("/api/v1/cadres/terms/" + termId + "/end").with(user(keeper)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"endDate\": \"2026-06-30\", \"reason\": \"x\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/cadres/deployments/" + eventId + "/revoke").with(user(keeper)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"x\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/cadres/contracts/" + contractId + "/results").with(user(keeper)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"actuals\": {}}"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from cadre_term where id = ? and actual_end is null").param(termId)
                .query(Long.class).single()).isOne();
        assertThat(jdbc.sql("select count(*) from cadre_deployment_event where id = ? and revoked_at is null")
                .param(eventId).query(Long.class).single()).isOne();

        // one who reads everything but keeps only the other unit is offered no change on this unit's pages
        CurrentUser readerKeeper = TestUsers.withGrants("readerkeeper", null,
                TestUsers.grant(ScopeKind.ALL, null, Permissions.CADRE_READ),
                TestUsers.grant(ScopeKind.UNIT, otherUnit, Permissions.CADRE_MANAGE));
        mvc.perform(get("/cadres/deployments/" + eventId).with(user(readerKeeper)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("revoke-form"))));
        mvc.perform(get("/cadres/terms/" + termId).with(user(readerKeeper)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("term-end-form"))));
        mvc.perform(get("/cadres/contracts/" + contractId).with(user(readerKeeper)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("results-save"))));

        // no cadre:read at all: refused
        CurrentUser nobody = TestUsers.withGrants("nocadre", null);
        mvc.perform(get("/cadres/terms").with(user(nobody))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cadres/deployments/" + eventId).with(user(nobody))).andExpect(status().isForbidden());
    }

    // --- contracts and the exit rule

    JsonNode contract() throws Exception {
        return postJson("/api/v1/cadres/contracts", Map.of("kind", "ANNUAL", "employeeNo", employeeNo, "year", 2026,
                "title", "2026 年度经营业绩责任书", "signedOn", "2026-01-15", "rewardsPenalties", "超额完成按比例奖励",
                "indicators", List.of(
                        Map.of("name", "利润总额", "weight", 70, "target", 5000, "measureUnit", "万元", "rule", "LINEAR", "capPercent", 120),
                        Map.of("name", "安全生产事故", "weight", 30, "target", 0, "measureUnit", "起", "rule", "DEDUCTION", "deduction", 15,
                                "lowerIsBetter", true))));
    }

    @Test
    void results_far_below_target_score_the_contract_and_an_accepted_exit_records_a_removal_that_ends_the_post()
            throws Exception {
        postJson("/api/v1/cadres/terms", Map.of("kind", "POST", "employeeNo", employeeNo, "startDate", "2022-01-01"));
        JsonNode created = contract();
        long id = created.get("contract").get("id").asLong();
        JsonNode indicators = created.get("contract").get("indicators");
        jdbc.sql("insert into assessment_past_result (person_id, year, grade, score, recorded_at) values (?, 2026, 'BASICALLY_COMPETENT', 65, now())")
                .param(person).update();

        // profit 2000 of 5000: 70 × 0.4 = 28; not scored in full until the second result comes
        JsonNode partial = postJson("/api/v1/cadres/contracts/" + id + "/results", Map.of("actuals", Map.of(
                indicators.get(0).get("id").asString(), 2000)));
        assertThat(partial.get("contract").get("totalScore").isNull()).isTrue();
        // safety accidents, lower is better: 1 above the target of 0 costs 15 of 30; the profit result entered before stays
        JsonNode scored = postJson("/api/v1/cadres/contracts/" + id + "/results", Map.of("actuals", Map.of(
                indicators.get(1).get("id").asString(), 1)));

        assertThat(scored.get("contract").get("indicators").get(0).get("score").decimalValue()).isEqualByComparingTo("28.00");
        assertThat(scored.get("contract").get("indicators").get(1).get("lowerIsBetter").asBoolean()).isTrue();
        assertThat(scored.get("contract").get("totalScore").decimalValue()).isEqualByComparingTo("43.00");
        assertThat(scored.get("assessmentGrade").asString()).isEqualTo("BASICALLY_COMPETENT");
        JsonNode recommendation = scored.get("recommendation");
        assertThat(recommendation.get("state").asString()).isEqualTo("PROPOSED");
        assertThat(recommendation.get("basis").asString()).isEqualTo("SCORE:43.00:60;GRADE:BASICALLY_COMPETENT");

        mvc.perform(post("/api/v1/cadres/exit-recommendations/" + recommendation.get("id").asLong() + "/decide")
                        .with(user(orgDept)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("accept", true, "effectiveDate", DAY.toString(),
                                "documentNo", "江源党干〔2026〕30号"))))
                .andExpect(status().isNoContent());

        assertThat(jdbc.sql("select count(*) from org_assignment where person_id = ? and valid_to is null").param(person)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select kind from cadre_deployment_event where person_id = ?").param(person)
                .query(String.class).single()).isEqualTo("REMOVAL");
        assertThat(jdbc.sql("select actual_end from cadre_term where person_id = ?").param(person)
                .query(LocalDate.class).single()).isEqualTo(DAY);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'cadre.exit.accepted' and entity_id = ?")
                .param(recommendation.get("id").asString()).query(Long.class).single()).isOne();
        mvc.perform(post("/api/v1/cadres/contracts/" + id + "/results").with(user(orgDept)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"actuals\":{}}"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void a_recommendation_is_rejected_only_with_a_reason_and_the_post_stays() throws Exception {
        JsonNode created = contract();
        long id = created.get("contract").get("id").asLong();
        JsonNode indicators = created.get("contract").get("indicators");
        JsonNode scored = postJson("/api/v1/cadres/contracts/" + id + "/results", Map.of("actuals", Map.of(
                indicators.get(0).get("id").asString(), 1000, indicators.get(1).get("id").asString(), 0)));
        long rec = scored.get("recommendation").get("id").asLong();
        String url = "/api/v1/cadres/exit-recommendations/" + rec + "/decide";

        mvc.perform(post(url).with(user(orgDept)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"accept\":false}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("reason"));
        postJson(url, Map.of("accept", false, "reason", "受市场价格大幅下跌影响，经党委研究暂不调整"));

        assertThat(openPrimaryPost()).isEqualTo(deputyPost);
        assertThat(jdbc.sql("select state from cadre_exit_recommendation where id = ?").param(rec)
                .query(String.class).single()).isEqualTo("REJECTED");
    }

    @Test
    void weights_that_do_not_add_up_to_100_are_refused_with_the_sum() throws Exception {
        mvc.perform(post("/api/v1/cadres/contracts").with(user(orgDept)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("kind", "ANNUAL", "employeeNo", employeeNo, "year", 2026,
                                "title", "t", "indicators", List.of(Map.of("name", "利润", "weight", 70, "target", 10))))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("70")));
        assertThat(jdbc.sql("select count(*) from cadre_contract where person_id = ?").param(person)
                .query(Long.class).single()).isZero();
    }

    // --- pages

    @Test
    void the_pages_show_the_ledger_terms_contracts_and_the_person_and_the_ledger_exports_to_excel() throws Exception {
        long eventId = postJson("/api/v1/cadres/deployments", event("TRANSFER", peerPost)).get("id").asLong();
        long contractId = contract().get("contract").get("id").asLong();
        long termId = jdbc.sql("select id from cadre_term where person_id = ?").param(person).query(Long.class).single();
        String name = jdbc.sql("select name from people_person where id = ?").param(person).query(String.class).single();

        mvc.perform(get("/cadres/deployments").param("year", "2026").with(user(orgDept)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(name)));
        mvc.perform(get("/cadres/deployments").param("year", "2026").param("kind", "PROMOTION").param("q", employeeNo)
                        .header("HX-Request", "true").with(user(orgDept)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(name))));
        mvc.perform(get("/cadres/terms").param("q", employeeNo).with(user(orgDept)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(name)));
        mvc.perform(get("/cadres/contracts").param("year", "2026").param("q", employeeNo).with(user(orgDept)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("2026 年度经营业绩责任书")));
        mvc.perform(get("/cadres/people/" + person + "/tenure").with(user(orgDept)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("江源党干〔2026〕12号")));
        mvc.perform(get("/cadres/deployments/" + eventId).with(user(orgDept)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("revoke-form")));
        mvc.perform(get("/cadres/contracts/" + contractId).with(user(orgDept)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("利润总额")));
        mvc.perform(get("/cadres/terms/" + termId).with(user(orgDept)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("term-end-form")));
        mvc.perform(get("/cadres/deployments/new").with(user(orgDept))).andExpect(status().isOk());
        mvc.perform(get("/cadres/contracts/new").with(user(orgDept))).andExpect(status().isOk());
        mvc.perform(get("/cadres/terms/new").with(user(orgDept))).andExpect(status().isOk());

        byte[] xlsx = mvc.perform(get("/cadres/deployments.xlsx").param("year", "2026").param("q", employeeNo)
                .with(user(orgDept))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(1).getRow(1).getCell(3).getStringCellValue()).isEqualTo(name);
        }
    }

    @Test
    void recording_a_transfer_on_the_form_redirects_to_the_ledger_and_a_bad_one_shows_the_error_on_the_form() throws Exception {
        mvc.perform(post("/cadres/deployments").with(user(orgDept)).with(csrf())
                        .param("kind", "TRANSFER").param("employeeNo", employeeNo).param("effectiveDate", DAY.toString())
                        .param("reason", "交流任职"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is-invalid")));
        mvc.perform(post("/cadres/deployments").with(user(orgDept)).with(csrf())
                        .param("kind", "TRANSFER").param("employeeNo", employeeNo).param("effectiveDate", DAY.toString())
                        .param("toPostId", String.valueOf(peerPost)).param("reason", "交流任职"))
                .andExpect(status().is3xxRedirection());
        assertThat(openPrimaryPost()).isEqualTo(peerPost);
    }
}
