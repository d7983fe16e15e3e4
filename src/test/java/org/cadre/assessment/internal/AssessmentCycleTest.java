package org.cadre.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadre.IntegrationTest;
import org.cadre.TestUsers;
import org.cadre.identity.CurrentUser;
import org.cadre.identity.Permissions;
import org.cadre.identity.ScopeKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An assessment cycle over the API and the pages: settings, scores, calibration against quotas, consequences. Each
 * test rolls back, so that its cadres do not count in other tests of the shared database.
 */
@IntegrationTest
@Transactional
class AssessmentCycleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    AssessmentFixtures fixtures;
    CurrentUser orgDept = TestUsers.orgDept();
    long unit;
    List<Long> cadres;

    @BeforeEach
    void aDepartmentWithFiveMidLevelPrincipals() {
        fixtures = new AssessmentFixtures(jdbc);
        unit = fixtures.people.unit(fixtures.people.unique("Dept"), null);
        cadres = fixtures.cadres(unit, 5);
    }

    // --- the whole cycle

    @Test
    void a_cycle_runs_from_draft_to_final_and_an_accepted_consequence_is_kept_on_the_person() throws Exception {
        long cycle = cycleCollectingScores(2026);
        scores(cycle, List.of(95, 80, 80, 70, 50));
        calibrate(cycle);
        mvc.perform(get("/api/v1/assessment/cycles/{id}/appraisees", cycle).with(user(orgDept)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(5))
                .andExpect(jsonPath("$.items[0].personId").value(cadres.get(0)))
                .andExpect(jsonPath("$.items[0].totalScore").value(95.0))
                .andExpect(jsonPath("$.items[0].proposedGrade").value("EXCELLENT"))
                .andExpect(jsonPath("$.items[4].proposedGrade").value("INCOMPETENT"));
        assertThat(fixtures.finalGrade(cycle, cadres.get(3))).isEqualTo("BASICALLY_COMPETENT");

        mvc.perform(post("/api/v1/assessment/cycles/{id}/finalize", cycle).with(user(orgDept)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(6)); // five pay coefficients and one removal

        String recommendations = mvc.perform(get("/api/v1/assessment/cycles/{id}/recommendations", cycle)
                        .header("Accept-Language", "en").with(user(orgDept)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode removal = null;
        for (JsonNode r : json.readTree(recommendations)) {
            if (r.get("consequence").asString().equals("REMOVAL")) {
                removal = r;
            }
        }
        assertThat(removal).isNotNull();
        assertThat(removal.get("personId").asLong()).isEqualTo(cadres.get(4));
        assertThat(removal.get("explanation").asString()).isEqualTo("2026 Incompetent (50.00) → Incompetent → Removal from post");

        mvc.perform(post("/api/v1/assessment/recommendations/{id}/decision", removal.get("id").asLong())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"accept\": true, \"note\": \"委员会同意\"}")
                        .with(user(orgDept)).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/assessment/recommendations/{id}/decision", removal.get("id").asLong())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"accept\": false}")
                        .with(user(orgDept)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("assessment.recommendation.decided"));
        assertThat(fixtures.auditCount("assessment.recommendation.accepted", removal.get("id").asLong())).isEqualTo(1);

        mvc.perform(get("/api/v1/assessment/people/{id}", cadres.get(4)).with(user(orgDept)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].year").value(2026))
                .andExpect(jsonPath("$.results[0].grade").value("INCOMPETENT"))
                .andExpect(jsonPath("$.records", hasSize(1)))
                .andExpect(jsonPath("$.records[0].consequence").value("REMOVAL"))
                .andExpect(jsonPath("$.records[0].note").value("委员会同意"));
        mvc.perform(get("/assessment/people/{id}", cadres.get(4)).header("Accept-Language", "zh-CN").with(user(orgDept)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"person-records\""),
                        containsString("2026年不称职（50.00） → 不称职 → 免职"))));
    }

    @Test
    void the_cycle_cannot_be_finalized_while_excellent_exceeds_its_quota() throws Exception {
        long cycle = cycleCollectingScores(2026);
        scores(cycle, List.of(95, 92, 80, 80, 80));
        calibrate(cycle);
        mvc.perform(post("/api/v1/assessment/cycles/{id}/finalize", cycle).header("Accept-Language", "en")
                        .with(user(orgDept)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("assessment.finalize.quotaExceeded"))
                .andExpect(jsonPath("$.detail").value("The cycle cannot be finalized: in the category Department, "
                        + "2 of 5 appraisees are Excellent, but the quota of 20% allows 1."));
        assertThat(jdbc.sql("select state from assessment_cycle where id = ?").param(cycle).query(String.class).single())
                .isEqualTo("CALIBRATING");
        mvc.perform(get("/api/v1/assessment/cycles/{id}/distribution", cycle).with(user(orgDept)))
                .andExpect(jsonPath("$[0].quotas[0].count").value(2))
                .andExpect(jsonPath("$[0].quotas[0].allowed").value(1));

        adjust(fixtures.appraiseeId(cycle, cadres.get(1)), "COMPETENT", "班子整体排名第二，名额所限");
        mvc.perform(post("/api/v1/assessment/cycles/{id}/finalize", cycle).with(user(orgDept)).with(csrf()))
                .andExpect(status().isOk());
        assertThat(fixtures.finalGrade(cycle, cadres.get(1))).isEqualTo("COMPETENT");
    }

    @Test
    void a_grade_override_requires_a_reason_and_is_kept_in_the_history_and_the_audit_log() throws Exception {
        long cycle = cycleCollectingScores(2026);
        scores(cycle, List.of(85, 80, 80, 80, 80));
        calibrate(cycle);
        long appraisee = fixtures.appraiseeId(cycle, cadres.get(0));
        mvc.perform(post("/api/v1/assessment/appraisees/{id}/grade", appraisee).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"grade\": \"EXCELLENT\", \"reason\": \"  \"}").with(user(orgDept)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("assessment.calibration.reasonRequired"))
                .andExpect(jsonPath("$.field").value("reason"));
        assertThat(fixtures.finalGrade(cycle, cadres.get(0))).isEqualTo("COMPETENT");

        // the page refuses the same, and says why
        mvc.perform(post("/assessment/appraisees/{id}/grade", appraisee).param("grade", "EXCELLENT").param("reason", "")
                        .with(user(orgDept)).with(csrf()))
                .andExpect(redirectedUrl("/assessment/cycles/" + cycle + "/calibration"))
                .andExpect(flash().attribute("failure", "assessment.calibration.reasonRequired"));

        mvc.perform(post("/assessment/appraisees/{id}/grade", appraisee).param("grade", "EXCELLENT")
                        .param("reason", "年内完成重大技改项目").with(user(orgDept)).with(csrf()))
                .andExpect(flash().attribute("notice", "assessment.grade.adjusted.notice"));
        assertThat(fixtures.finalGrade(cycle, cadres.get(0))).isEqualTo("EXCELLENT");
        mvc.perform(get("/api/v1/assessment/cycles/{id}/grade-changes", cycle).with(user(orgDept)))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].fromGrade").value("COMPETENT"))
                .andExpect(jsonPath("$[0].toGrade").value("EXCELLENT"))
                .andExpect(jsonPath("$[0].reason").value("年内完成重大技改项目"));
        assertThat(fixtures.auditCount("assessment.grade.adjusted", appraisee)).isEqualTo(1);
        mvc.perform(get("/assessment/cycles/{id}/calibration", cycle).with(user(orgDept)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"grade-changes\""),
                        containsString("年内完成重大技改项目"), containsString("id=\"distribution-chart\""),
                        containsString("data-chart="))));
    }

    @Test
    void excellent_three_years_running_is_recommended_for_promotion_citing_the_three_results() throws Exception {
        String no = fixtures.employeeNo(cadres.get(0));
        for (String year : List.of("2024", "2025")) {
            mvc.perform(post("/api/v1/assessment/past-results").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"employeeNo\": \"%s\", \"year\": %s, \"grade\": \"EXCELLENT\", \"score\": 9%s.5}"
                                    .formatted(no, year, year.substring(3)))
                            .with(user(orgDept)).with(csrf()))
                    .andExpect(status().isNoContent());
        }
        long cycle = cycleCollectingScores(2026);
        scores(cycle, List.of(93, 80, 80, 80, 80));
        calibrate(cycle);
        mvc.perform(post("/api/v1/assessment/cycles/{id}/finalize", cycle).with(user(orgDept)).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/assessment/cycles/{id}/recommendations", cycle).param("state", "PROPOSED")
                        .header("Accept-Language", "zh-CN").with(user(orgDept)))
                .andExpect(jsonPath("$[?(@.consequence == 'PROMOTION_PRIORITY')].explanation").value(
                        "2024年优秀（94.50）, 2025年优秀（95.50）, 2026年优秀（93.00） → 连续3年优秀 → 优先提拔"));
        mvc.perform(get("/assessment/cycles/{id}/consequences", cycle).with(user(orgDept)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"recommendations-table\"")));
    }

    @Test
    void a_past_year_is_refused_for_a_person_outside_the_scope_and_for_the_running_year() throws Exception {
        mvc.perform(post("/api/v1/assessment/past-results").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"employeeNo\": \"NO-SUCH\", \"year\": 2024, \"grade\": \"EXCELLENT\"}")
                        .with(user(orgDept)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("assessment.appraisees.unknownEmployee"));
        mvc.perform(post("/api/v1/assessment/past-results").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"employeeNo\": \"%s\", \"year\": 2099, \"grade\": \"EXCELLENT\"}"
                                .formatted(fixtures.employeeNo(cadres.get(0))))
                        .with(user(orgDept)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("assessment.past.notPast"));
    }

    // --- settings and steps

    @Test
    void weights_that_do_not_add_up_to_one_hundred_are_refused_and_nothing_is_created() throws Exception {
        long before = jdbc.sql("select count(*) from assessment_cycle").query(Long.class).single();
        mvc.perform(post("/api/v1/assessment/cycles").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content("""
                                {"kind": "ANNUAL", "year": 2026, "title": "Bad weights",
                                 "components": [{"kind": "BUSINESS_RESULTS", "weight": 60}, {"kind": "SUPERIOR_EVALUATION", "weight": 30}]}
                                """).with(user(orgDept)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("The weights add up to 90, not 100."));
        mvc.perform(post("/assessment/cycles").param("kind", "ANNUAL").param("year", "2026").param("title", "Bad")
                        .param("businessWeight", "50").param("democraticWeight", "30").param("superiorWeight", "10")
                        .param("bandExcellent", "90").param("bandCompetent", "75").param("bandBasic", "60")
                        .with(user(orgDept)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"form-errors\"")));
        assertThat(jdbc.sql("select count(*) from assessment_cycle").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void the_calibration_cannot_start_while_an_appraisee_lacks_a_score() throws Exception {
        long cycle = cycleCollectingScores(2026);
        mvc.perform(post("/api/v1/assessment/cycles/{id}/calibration", cycle).with(user(orgDept)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("assessment.calibration.missingScores"));
        mvc.perform(put("/api/v1/assessment/cycles/{id}/scores", cycle).contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"appraiseeId\": %d, \"componentId\": %d, \"score\": 101}]"
                                .formatted(fixtures.appraiseeId(cycle, cadres.get(0)), fixtures.componentIds(cycle).get(0)))
                        .with(user(orgDept)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("assessment.score.range"));
    }

    @Test
    void nobody_enters_scores_for_their_own_appraisal_whatever_their_scope() throws Exception {
        long cycle = cycleCollectingScores(2026);
        org.cadre.identity.CurrentUser appraiseeOfficer = org.cadre.TestUsers.withGrants("self-officer",
                cadres.get(0), org.cadre.TestUsers.grant(org.cadre.identity.ScopeKind.ALL, null,
                        org.cadre.identity.Permissions.ASSESSMENT_READ, org.cadre.identity.Permissions.ASSESSMENT_MANAGE));
        mvc.perform(put("/api/v1/assessment/cycles/{id}/scores", cycle).contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"appraiseeId\": %d, \"componentId\": %d, \"score\": 99}]"
                                .formatted(fixtures.appraiseeId(cycle, cadres.get(0)), fixtures.componentIds(cycle).get(0)))
                        .with(user(appraiseeOfficer)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/assessment/cycles/{id}/scores", cycle).contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"appraiseeId\": %d, \"componentId\": %d, \"score\": 99}]"
                                .formatted(fixtures.appraiseeId(cycle, cadres.get(1)), fixtures.componentIds(cycle).get(0)))
                        .with(user(appraiseeOfficer)).with(csrf()))
                .andExpect(status().is2xxSuccessful());
        assertThat(jdbc.sql("select count(*) from assessment_score where appraisee_id = ?")
                .param(fixtures.appraiseeId(cycle, cadres.get(0))).query(Long.class).single()).isZero();
    }

    @Test
    void the_pages_create_a_cycle_add_appraisees_and_save_scores() throws Exception {
        String location = mvc.perform(post("/assessment/cycles").param("kind", "ANNUAL").param("year", "2026")
                        .param("title", "2026 年度中层干部考核").param("businessWeight", "50").param("democraticWeight", "30")
                        .param("superiorWeight", "20").param("bandExcellent", "90").param("bandCompetent", "75")
                        .param("bandBasic", "60").param("excellentQuota", "20").with(user(orgDept)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long cycle = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/assessment/cycles/{id}/appraisees", cycle).param("unitCode", fixtures.people.unitCode(unit))
                        .param("levels", "MID_PRINCIPAL").with(user(orgDept)).with(csrf()))
                .andExpect(flash().attribute("notice", "assessment.appraisees.added.notice"));
        mvc.perform(post("/assessment/cycles/{id}/collecting", cycle).with(user(orgDept)).with(csrf()))
                .andExpect(redirectedUrl("/assessment/cycles/" + cycle));
        long appraisee = fixtures.appraiseeId(cycle, cadres.get(0));
        long business = fixtures.componentIds(cycle).get(0);
        mvc.perform(post("/assessment/cycles/{id}/scores", cycle).param("score_" + appraisee + "_" + business, "88.5")
                        .with(user(orgDept)).with(csrf()))
                .andExpect(flash().attribute("notice", "assessment.scores.saved.notice"));
        mvc.perform(post("/assessment/cycles/{id}/scores", cycle).param("score_" + appraisee + "_" + business, "abc")
                        .with(user(orgDept)).with(csrf()))
                .andExpect(flash().attribute("failure", "assessment.score.notNumber"));
        mvc.perform(get("/assessment/cycles/{id}", cycle).with(user(orgDept)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"appraisees-table\""),
                        containsString("id=\"score-" + appraisee + "-" + business + "\""), containsString("88.50"),
                        containsString("id=\"create-ballot\""))));
        mvc.perform(get("/assessment/cycles/{id}", cycle).param("text", "nobody-like-this").header("HX-Request", "true")
                        .with(user(orgDept)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"no-appraisees\""), not(containsString("<html")))));
        mvc.perform(get("/assessment").with(user(orgDept)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"cycle-" + cycle + "\"")));
    }

    // --- import

    @Test
    void a_score_import_is_all_or_nothing_and_names_sheet_row_and_column() throws Exception {
        long cycle = cycleCollectingScores(2026);
        byte[] template = mvc.perform(get("/api/v1/assessment/cycles/{id}/scores/template.xlsx", cycle)
                        .header("Accept-Language", "en").with(user(orgDept)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> headers = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
            workbook.getSheetAt(0).getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(5);
        }
        assertThat(headers).containsExactly("Employee number *", "Name", "Post", "Business results",
                "Democratic appraisal", "Superior's evaluation");

        byte[] bad = workbook(headers, List.of(
                List.of(fixtures.employeeNo(cadres.get(0)), "", "", "90", "85", "88"),
                List.of(fixtures.employeeNo(cadres.get(1)), "", "", "90", "一百", "88"),
                List.of("NOT-AN-APPRAISEE", "", "", "90", "85", "88")));
        mvc.perform(multipart("/api/v1/assessment/cycles/{id}/scores/import", cycle)
                        .file(new MockMultipartFile("file", "scores.xlsx", Exports.XLSX, bad))
                        .header("Accept-Language", "en").with(user(orgDept)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("assessment.import.rejected"))
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].sheet").value("Scores"))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("E (Democratic appraisal)"))
                .andExpect(jsonPath("$.errors[0].message").value("\"一百\" is not a score between 0 and 100."))
                .andExpect(jsonPath("$.errors[1].row").value(4))
                .andExpect(jsonPath("$.errors[1].column").value("A (Employee number)"));
        assertThat(jdbc.sql("select count(*) from assessment_score s join assessment_appraisee a on a.id = s.appraisee_id where a.cycle_id = ?")
                .param(cycle).query(Long.class).single()).isZero();

        // the page shows the same problems
        mvc.perform(multipart("/assessment/cycles/{id}/scores/import", cycle)
                        .file(new MockMultipartFile("file", "scores.xlsx", Exports.XLSX, bad))
                        .header("Accept-Language", "en").with(user(orgDept)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"import-problems\""),
                        containsString("E (Democratic appraisal)"))));

        byte[] good = workbook(headers, List.of(List.of(fixtures.employeeNo(cadres.get(0)), "", "", "90", "85", "88")));
        mvc.perform(multipart("/api/v1/assessment/cycles/{id}/scores/import", cycle)
                        .file(new MockMultipartFile("file", "scores.xlsx", Exports.XLSX, good))
                        .with(user(orgDept)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(3));
    }

    // --- permissions and scope

    @Test
    void a_unit_scoped_reader_sees_only_appraisees_within_their_unit() throws Exception {
        long other = fixtures.people.unit(fixtures.people.unique("Other"), null);
        List<Long> outsiders = fixtures.cadres(other, 2);
        long cycle = cycleCollectingScores(2026);
        mvc.perform(post("/api/v1/assessment/cycles/{id}/appraisees", cycle).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\": %d, \"postLevels\": [\"MID_PRINCIPAL\"], \"category\": \"Other units\"}".formatted(other))
                        .with(user(orgDept)).with(csrf()))
                .andExpect(jsonPath("$.count").value(2));
        CurrentUser reader = TestUsers.withGrants("reader" + unit, null, TestUsers.grant(ScopeKind.UNIT, unit,
                Permissions.ASSESSMENT_READ, Permissions.PEOPLE_READ));
        mvc.perform(get("/api/v1/assessment/cycles/{id}/appraisees", cycle).with(user(reader)))
                .andExpect(jsonPath("$.total").value(5));
        mvc.perform(get("/api/v1/assessment/cycles/{id}/report", cycle).with(user(reader)))
                .andExpect(jsonPath("$.byUnit", hasSize(1)))
                .andExpect(jsonPath("$.byUnit[0].unitId").value(unit));
        mvc.perform(get("/api/v1/assessment/people/{id}", outsiders.get(0)).with(user(reader)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/assessment/people/{id}", outsiders.get(0)).with(user(reader)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/assessment/people/{id}", cadres.get(0)).with(user(reader)))
                .andExpect(status().isOk());
        // nor may they change anything
        mvc.perform(post("/api/v1/assessment/cycles/{id}/calibration", cycle).with(user(reader)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/assessment/cycles/{id}/appraisees", cycle).param("unitCode", "x").with(user(reader)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_unit_scoped_manager_cannot_run_a_company_wide_cycle_nor_score_outside_their_unit() throws Exception {
        long other = fixtures.people.unit(fixtures.people.unique("Other"), null);
        long cycle = cycleCollectingScores(2026);
        CurrentUser manager = TestUsers.withGrants("manager" + other, null, TestUsers.grant(ScopeKind.UNIT, other,
                Permissions.ASSESSMENT_MANAGE, Permissions.ASSESSMENT_READ));
        mvc.perform(post("/api/v1/assessment/cycles").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"ANNUAL\", \"year\": 2026, \"title\": \"Mine\"}").with(user(manager)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/assessment/cycles/{id}/scores", cycle).contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"appraiseeId\": %d, \"componentId\": %d, \"score\": 90}]"
                                .formatted(fixtures.appraiseeId(cycle, cadres.get(0)), fixtures.componentIds(cycle).get(0)))
                        .with(user(manager)).with(csrf()))
                .andExpect(status().isNotFound());
        CurrentUser employee = TestUsers.employee(cadres.get(0));
        mvc.perform(get("/assessment").with(user(employee))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/assessment/cycles").with(user(employee))).andExpect(status().isForbidden());
    }

    @Test
    void the_profile_links_to_the_results_for_a_reader_of_assessments_only() throws Exception {
        CurrentUser reader = TestUsers.withGrants("areader" + unit, null, TestUsers.grant(ScopeKind.UNIT, unit,
                Permissions.ASSESSMENT_READ, Permissions.PEOPLE_READ));
        mvc.perform(get("/people/{id}", cadres.get(0)).with(user(reader)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/assessment/people/" + cadres.get(0) + "\"")))
                .andExpect(content().string(containsString("id=\"profile-link-assessment-results\"")));
        mvc.perform(get("/people/{id}", cadres.get(0)).with(user(TestUsers.unitHead(unit))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("profile-link-assessment-results"))));
    }

    // --- reports

    @Test
    void the_report_shows_the_distribution_by_unit_and_exports_to_excel_and_pdf() throws Exception {
        long cycle = cycleCollectingScores(2026);
        scores(cycle, List.of(95, 80, 80, 70, 65));
        calibrate(cycle);
        mvc.perform(get("/assessment/cycles/{id}/report", cycle).with(user(orgDept)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"report-table\""),
                        containsString("id=\"report-chart\""), containsString("/js/assessment.js"))));
        // the chart library and the script that draws from the data attribute are served (scripts only from 'self')
        mvc.perform(get("/webjars/echarts/echarts.min.js")).andExpect(status().isOk());
        mvc.perform(get("/js/assessment.js")).andExpect(status().isOk());
        byte[] xlsx = mvc.perform(get("/assessment/cycles/{id}/report.xlsx", cycle).with(user(orgDept)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", Exports.XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetAt(1).getLastRowNum()).isEqualTo(5);
        }
        byte[] pdf = mvc.perform(get("/assessment/cycles/{id}/report.pdf", cycle).with(user(orgDept)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        byte[] personPdf = mvc.perform(get("/assessment/people/{id}/results.pdf", cadres.get(0)).with(user(orgDept)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(personPdf, 0, 5)).isEqualTo("%PDF-");
        mvc.perform(get("/assessment/people/{id}/results.xlsx", cadres.get(0)).with(user(orgDept)))
                .andExpect(status().isOk());
        // the same over the API
        mvc.perform(get("/api/v1/assessment/cycles/{id}/report.xlsx", cycle).with(user(orgDept)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", Exports.XLSX));
        mvc.perform(get("/api/v1/assessment/cycles/{id}/report.pdf", cycle).with(user(orgDept)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(get("/api/v1/assessment/people/{id}/results.pdf", cadres.get(0)).with(user(orgDept)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/assessment/people/{id}/results.xlsx", cadres.get(0)).with(user(TestUsers.unitHead(unit))))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_rules_page_lists_the_rules_and_a_manager_changes_one() throws Exception {
        mvc.perform(get("/assessment/rules").header("Accept-Language", "zh-CN").with(user(orgDept)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"rules-table\""), containsString("连续3年优秀 → 优先提拔"),
                        containsString("id=\"add-rule\""))));
        long rule = jdbc.sql("select id from assessment_rule where consequence = 'RESERVE_POOL'").query(Long.class)
                .optional().orElse(0L);
        mvc.perform(post("/assessment/rules").param("grade", "EXCELLENT").param("years", "2")
                        .param("consequence", "RESERVE_POOL").param("active", "true").with(user(orgDept)).with(csrf()))
                .andExpect(flash().attribute("notice", "assessment.rule.saved.notice"));
        long added = jdbc.sql("select max(id) from assessment_rule where consequence = 'RESERVE_POOL'").query(Long.class).single();
        assertThat(added).isGreaterThan(rule);
        mvc.perform(post("/assessment/rules").param("ruleId", String.valueOf(added)).param("grade", "EXCELLENT")
                        .param("years", "2").param("consequence", "PAY_COEFFICIENT").with(user(orgDept)).with(csrf()))
                .andExpect(flash().attribute("failure", "assessment.rule.coefficientRequired"));
        mvc.perform(get("/api/v1/assessment/rules").with(user(orgDept)))
                .andExpect(jsonPath("$[?(@.id == %d)].active".formatted(added)).value(true));
        mvc.perform(post("/assessment/rules").param("grade", "EXCELLENT").param("years", "2")
                        .param("consequence", "RESERVE_POOL").with(user(TestUsers.unitHead(unit))).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void past_results_are_imported_from_excel_all_or_nothing() throws Exception {
        mvc.perform(get("/assessment/past-results").with(user(orgDept)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"import-past\"")));
        List<String> headers = List.of("工号", "年度", "等次", "综合得分");
        byte[] bad = workbook(headers, List.of(List.of(fixtures.employeeNo(cadres.get(0)), "2024", "优秀", "93.5"),
                List.of(fixtures.employeeNo(cadres.get(1)), "2024", "良好", "80")));
        mvc.perform(multipart("/assessment/past-results").file(new MockMultipartFile("file", "past.xlsx", Exports.XLSX, bad))
                        .header("Accept-Language", "zh-CN").with(user(orgDept)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"import-problems\""), containsString("C (等次)"),
                        containsString("“良好”不是考核等次"))));
        assertThat(jdbc.sql("select count(*) from assessment_past_result where person_id = ?").param(cadres.get(0))
                .query(Long.class).single()).isZero();
        byte[] good = workbook(headers, List.of(List.of(fixtures.employeeNo(cadres.get(0)), "2024", "优秀", "93.5"),
                List.of(fixtures.employeeNo(cadres.get(1)), "2024", "称职", "80")));
        mvc.perform(multipart("/api/v1/assessment/past-results/import").file(new MockMultipartFile("file", "past.xlsx", Exports.XLSX, good))
                        .with(user(orgDept)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.count").value(2));
        mvc.perform(get("/assessment/people/{id}", cadres.get(0)).with(user(orgDept)))
                .andExpect(content().string(allOf(containsString("id=\"person-results\""), containsString("93.50"))));
    }

    @Test
    void the_settings_of_a_draft_cycle_can_change_and_not_after() throws Exception {
        String body = mvc.perform(post("/api/v1/assessment/cycles").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"TERM_END\", \"year\": 2026, \"title\": \"任期考核\"}")
                        .with(user(orgDept)).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long cycle = json.readTree(body).get("id").asLong();
        mvc.perform(get("/assessment/cycles/{id}/settings", cycle).with(user(orgDept)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"cycle-form\"")));
        mvc.perform(post("/assessment/cycles/{id}/settings", cycle).param("kind", "TERM_END").param("year", "2026")
                        .param("title", "任期考核（2024–2026）").param("businessWeight", "60").param("democraticWeight", "40")
                        .param("bandExcellent", "90").param("bandCompetent", "75").param("bandBasic", "60")
                        .param("excellentQuota", "15").param("version", "0").with(user(orgDept)).with(csrf()))
                .andExpect(redirectedUrl("/assessment/cycles/" + cycle));
        mvc.perform(get("/api/v1/assessment/cycles/{id}", cycle).with(user(orgDept)))
                .andExpect(jsonPath("$.title").value("任期考核（2024–2026）"))
                .andExpect(jsonPath("$.components", hasSize(2)))
                .andExpect(jsonPath("$.quotas[0].maxPercent").value(15.0));
        assertThat(fixtures.auditCount("assessment.cycle.settingsChanged", cycle)).isEqualTo(1);
        mvc.perform(post("/api/v1/assessment/cycles/{id}/appraisees", cycle).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"employeeNos\": [\"%s\"]}".formatted(fixtures.employeeNo(cadres.get(0))))
                        .with(user(orgDept)).with(csrf()))
                .andExpect(jsonPath("$.count").value(1));
        mvc.perform(post("/api/v1/assessment/cycles/{id}/collecting", cycle).with(user(orgDept)).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/assessment/cycles/{id}", cycle).param("version", "2").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"TERM_END\", \"year\": 2026, \"title\": \"x\"}").with(user(orgDept)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("assessment.settings.notDraft"));
    }

    @Test
    void the_openapi_document_lists_the_assessment_endpoints_with_their_summaries() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/assessment/cycles'].post.summary").isNotEmpty())
                .andExpect(jsonPath("$.paths['/api/v1/assessment/cycles/{id}/appraisees'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/assessment/cycles/{id}/scores/import'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/assessment/cycles/{id}/finalize'].post.summary").isNotEmpty())
                .andExpect(jsonPath("$.paths['/api/v1/assessment/appraisees/{appraiseeId}/grade'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/assessment/recommendations/{recommendationId}/decision'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/assessment/people/{personId}'].get").exists());
    }

    // --- helpers

    /** A standard cycle (50/30/20, Excellent ≤ 20 %) with the five cadres, collecting scores. */
    @Test
    void the_published_appraisal_ballot_becomes_each_appraisees_democratic_appraisal_score() throws Exception {
        long cycle = cycleCollectingScores(2027);
        // the department's leadership team is appraised too
        mvc.perform(post("/api/v1/assessment/cycles/{id}/teams", cycle).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitCodes\": [\"%s\"]}".formatted(fixtures.people.unitCode(unit)))
                        .with(user(orgDept)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.count").value(1));
        mvc.perform(post("/api/v1/assessment/cycles/{id}/teams", cycle).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitCodes\": [\"NO-SUCH-UNIT\"]}").header("Accept-Language", "en")
                        .with(user(orgDept)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("There is no unit with the code NO-SUCH-UNIT. No team was added."));
        String link = mvc.perform(post("/api/v1/assessment/cycles/{id}/ballot", cycle).with(user(orgDept)).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long ballot = json.readTree(link).get("ballotId").asLong();
        // the real ballot engine: voters on the roll of its groups, codes, phones, close, publish
        var definition = ballotRepository.find(ballot).orElseThrow();
        List<Long> raters = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<Long> group = new ArrayList<>();
            for (int j = 0; j < 5; j++) {
                group.add(fixtures.people.person(fixtures.people.unique("Rater"), unit).create());
            }
            ballotRepository.addVoters(ballot, definition.groups().get(i).id(), group);
            raters.addAll(group);
        }
        ballots.open(ballot);
        var codes = slips.slips(ballot);
        java.util.Map<Long, org.cadre.ballots.BallotPaper.Answer> answers = new java.util.HashMap<>();
        assertThat(definition.questions()).hasSize(6);
        for (var question : definition.questions()) {
            // the first cadre is rated Excellent by everyone, the others Competent, the team Fairly good
            answers.put(question.id(), org.cadre.ballots.BallotPaper.Answer.choice(
                    question.subjectUnitId() != null ? "FAIRLY_GOOD"
                            : cadres.get(0).equals(question.subjectPersonId()) ? "EXCELLENT" : "COMPETENT"));
        }
        for (var code : codes) {
            box.castWithCode(code.code(), new org.cadre.ballots.BallotPaper(answers));
        }
        ballots.close(ballot);
        ballots.publish(ballot);

        long democratic = fixtures.componentIds(cycle).stream().filter(c -> "DEMOCRATIC_APPRAISAL".equals(
                jdbc.sql("select kind from assessment_component where id = ?").param(c).query(String.class).single()))
                .findFirst().orElseThrow();
        assertThat(jdbc.sql("select score from assessment_score where appraisee_id = ? and component_id = ?")
                .params(fixtures.appraiseeId(cycle, cadres.get(0)), democratic).query(java.math.BigDecimal.class).single())
                .isEqualByComparingTo("100.00");
        assertThat(jdbc.sql("select score from assessment_score where appraisee_id = ? and component_id = ?")
                .params(fixtures.appraiseeId(cycle, cadres.get(1)), democratic).query(java.math.BigDecimal.class).single())
                .isEqualByComparingTo("80.00");
        mvc.perform(get("/api/v1/assessment/cycles/{id}/teams", cycle).with(user(orgDept)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].unitId").value(unit))
                .andExpect(jsonPath("$[0].democraticScore").value(80.0))
                .andExpect(jsonPath("$[0].grade").value("FAIRLY_GOOD"));
        // an employee reading their own results does not see any unit's team score
        org.cadre.identity.CurrentUser employee = org.cadre.TestUsers.withGrants("team-employee", cadres.get(0),
                org.cadre.TestUsers.grant(org.cadre.identity.ScopeKind.SELF, null,
                        org.cadre.identity.Permissions.ASSESSMENT_READ));
        mvc.perform(get("/api/v1/assessment/cycles/{id}/teams", cycle).with(user(employee)))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/assessment/cycles/{id}", cycle).with(user(orgDept)).locale(java.util.Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("较好")));
    }

    @Autowired
    org.cadre.ballots.Ballots ballots;
    @Autowired
    org.cadre.ballots.internal.BallotRepository ballotRepository;
    @Autowired
    org.cadre.ballots.internal.BallotBox box;
    @Autowired
    org.cadre.ballots.internal.VotingSlips slips;

    long cycleCollectingScores(int year) throws Exception {
        String body = mvc.perform(post("/api/v1/assessment/cycles").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"ANNUAL\", \"year\": %d, \"title\": \"%d 年度考核\"}".formatted(year, year))
                        .with(user(orgDept)).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long cycle = json.readTree(body).get("id").asLong();
        mvc.perform(post("/api/v1/assessment/cycles/{id}/appraisees", cycle).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\": %d, \"postLevels\": [\"MID_PRINCIPAL\"]}".formatted(unit))
                        .with(user(orgDept)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.count").value(5));
        mvc.perform(post("/api/v1/assessment/cycles/{id}/collecting", cycle).with(user(orgDept)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("COLLECTING"));
        return cycle;
    }

    /** The same score in every component for each cadre, in order. */
    void scores(long cycle, List<Integer> scores) throws Exception {
        List<Long> components = fixtures.componentIds(cycle);
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            long appraisee = fixtures.appraiseeId(cycle, cadres.get(i));
            for (long component : components) {
                entries.add("{\"appraiseeId\": %d, \"componentId\": %d, \"score\": %d}".formatted(appraisee, component, scores.get(i)));
            }
        }
        mvc.perform(put("/api/v1/assessment/cycles/{id}/scores", cycle).contentType(MediaType.APPLICATION_JSON)
                        .content("[" + String.join(",", entries) + "]").with(user(orgDept)).with(csrf()))
                .andExpect(status().isOk());
    }

    void calibrate(long cycle) throws Exception {
        mvc.perform(post("/api/v1/assessment/cycles/{id}/calibration", cycle).with(user(orgDept)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("CALIBRATING"));
    }

    void adjust(long appraisee, String grade, String reason) throws Exception {
        mvc.perform(post("/api/v1/assessment/appraisees/{id}/grade", appraisee).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"grade\": \"%s\", \"reason\": \"%s\"}".formatted(grade, reason))
                        .with(user(orgDept)).with(csrf()))
                .andExpect(status().isOk());
    }

    static byte[] workbook(List<String> headers, List<List<String>> rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Scores");
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                head.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < rows.get(r).size(); i++) {
                    String v = rows.get(r).get(i);
                    if (v.matches("\\d+(\\.\\d+)?")) {
                        row.createCell(i).setCellValue(Double.parseDouble(v));
                    } else {
                        row.createCell(i).setCellValue(v);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
