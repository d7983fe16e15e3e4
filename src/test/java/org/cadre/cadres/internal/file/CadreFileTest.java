package org.cadre.cadres.internal.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cadre.IntegrationTest;
import org.cadre.TestUsers;
import org.cadre.identity.CurrentUser;
import org.cadre.identity.Permissions;
import org.cadre.identity.ScopeKind;
import org.cadre.people.PeopleFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cadre file over the API and the pages: lines kept with their history, the data scope, the family members'
 * restriction and audit, the approval form as PDF and Word, the LRMX round trip. Each test rolls back.
 */
@IntegrationTest
@Transactional
class CadreFileTest {

    static final String NATIONAL_ID = "99010119820315003X";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    PeopleFixtures fixtures;
    long unit;
    long otherUnit;
    long cadre;
    CurrentUser keeper;

    @BeforeEach
    void setUp() {
        fixtures = new PeopleFixtures(jdbc);
        unit = fixtures.unit(fixtures.unique("正极材料事业部"), null);
        otherUnit = fixtures.unit(fixtures.unique("负极材料事业部"), null);
        cadre = fixtures.person("林振华", unit).born(LocalDate.of(1982, 3, 15)).nationalId(NATIONAL_ID)
                .title("高级工程师").political("CPC_MEMBER").create();
        jdbc.sql("""
                update people_person set ethnicity = '汉族', native_place = '湖南长沙', birthplace = '湖南浏阳',
                    party_join_date = '2004-06-01', work_start_date = '2004-07-01', highest_education = null
                where id = ?""").param(cadre).update();
        keeper = TestUsers.withGrants("filekeeper", null, TestUsers.grant(ScopeKind.ALL, null, Permissions.CADRE_READ,
                Permissions.CADRE_MANAGE, Permissions.CADRE_FAMILY));
    }

    @Test
    void a_reward_added_changed_and_removed_keeps_its_history_in_the_audit_log() throws Exception {
        String created = mvc.perform(post("/api/v1/cadres/files/{id}/reward", cadre).with(user(keeper)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"day\":\"2018-12-01\",\"kind\":\"REWARD\",\"issuer\":\"公司党委\",\"text\":\"优秀共产党员\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long lineId = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));

        mvc.perform(put("/api/v1/cadres/files/{id}/reward/{line}", cadre, lineId).with(user(keeper)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"day\":\"2018-12-01\",\"kind\":\"REWARD\",\"issuer\":\"公司党委\",\"text\":\"优秀党务工作者\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/cadres/files/{id}", cadre).with(user(keeper)))
                .andExpect(jsonPath("$.reward[0].values.text").value("优秀党务工作者"));
        mvc.perform(delete("/api/v1/cadres/files/{id}/reward/{line}", cadre, lineId).with(user(keeper)).with(csrf()))
                .andExpect(status().isNoContent());

        assertThat(jdbc.sql("""
                select action from audit_entry where entity_type = 'cadre_file_reward' and entity_id = ? order by id
                """).param(String.valueOf(lineId)).query(String.class).list())
                .containsExactly("cadre.file.reward.added", "cadre.file.reward.changed", "cadre.file.reward.removed");
        assertThat(jdbc.sql("""
                select before_state ->> 'text' || ' -> ' || (after_state ->> 'text') from audit_entry
                where action = 'cadre.file.reward.changed' and entity_id = ?""").param(String.valueOf(lineId))
                .query(String.class).single()).isEqualTo("优秀共产党员 -> 优秀党务工作者");
    }

    @Test
    void a_line_with_a_missing_field_or_an_end_before_its_start_is_refused_and_changes_nothing() throws Exception {
        mvc.perform(post("/api/v1/cadres/files/{id}/training", cadre).with(user(keeper)).with(csrf())
                        .locale(Locale.ENGLISH).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dateFrom\":\"2024-05-01\",\"organizer\":\"省委党校\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("course"))
                .andExpect(jsonPath("$.detail").value("Course is required."));
        mvc.perform(post("/api/v1/cadres/files/{id}/resume", cadre).with(user(keeper)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dateFrom\":\"2010-03\",\"dateTo\":\"2004-07\",\"text\":\"倒序\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("dateTo"));

        assertThat(jdbc.sql("select count(*) from cadre_file_training where person_id = ?").param(cadre)
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_reader_of_another_unit_does_not_find_the_file_and_cannot_write_without_manage() throws Exception {
        CurrentUser otherHead = TestUsers.withGrants("otherhead", null,
                TestUsers.grant(ScopeKind.UNIT, otherUnit, Permissions.CADRE_READ));
        CurrentUser ownHead = TestUsers.withGrants("ownhead", null,
                TestUsers.grant(ScopeKind.UNIT, unit, Permissions.CADRE_READ));

        mvc.perform(get("/api/v1/cadres/files/{id}", cadre).with(user(otherHead))).andExpect(status().isNotFound());
        mvc.perform(get("/cadres/files/{id}/approval-form.pdf", cadre).with(user(otherHead)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cadres/files/{id}", cadre).with(user(ownHead))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/cadres/files/{id}/training", cadre).with(user(ownHead)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dateFrom\":\"2024-05-01\",\"course\":\"中青年干部培训班\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void family_members_are_shown_only_with_the_family_permission_and_every_view_is_audited() throws Exception {
        mvc.perform(post("/api/v1/cadres/files/{id}/family", cadre).with(user(keeper)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"relation\":\"妻子\",\"name\":\"陈静\",\"birthDate\":\"1984.06\",\"political\":\"中共党员\","
                                + "\"employerPost\":\"长沙市第一中学教师\"}"))
                .andExpect(status().isCreated());
        CurrentUser reader = TestUsers.withGrants("filereader", null,
                TestUsers.grant(ScopeKind.ALL, null, Permissions.CADRE_READ, Permissions.CADRE_MANAGE));

        mvc.perform(get("/api/v1/cadres/files/{id}", cadre).with(user(reader)))
                .andExpect(jsonPath("$.family").doesNotExist());
        mvc.perform(get("/cadres/files/{id}", cadre).with(user(reader)).param("tab", "family"))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("陈静"))));
        mvc.perform(post("/api/v1/cadres/files/{id}/family", cadre).with(user(reader)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"relation\":\"儿子\",\"name\":\"林浩然\"}"))
                .andExpect(status().isForbidden());
        assertThat(familyViews()).isZero();

        mvc.perform(get("/api/v1/cadres/files/{id}", cadre).with(user(keeper)))
                .andExpect(jsonPath("$.family[0].values.name").value("陈静"));
        mvc.perform(get("/cadres/files/{id}", cadre).with(user(keeper)).param("tab", "family"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("陈静")));
        assertThat(familyViews()).isEqualTo(2);
    }

    @Test
    void the_list_of_files_shows_the_cadres_within_scope_only() throws Exception {
        long post = fixtures.post(unit, "总经理", "MID_PRINCIPAL");
        fixtures.assign(cadre, post, PeopleFixtures.LONG_AGO);
        long outsider = fixtures.person(fixtures.unique("外单位"), otherUnit).create();
        fixtures.assign(outsider, fixtures.post(otherUnit, "总经理", "MID_PRINCIPAL"), PeopleFixtures.LONG_AGO);
        CurrentUser ownHead = TestUsers.withGrants("ownhead2", null,
                TestUsers.grant(ScopeKind.UNIT, unit, Permissions.CADRE_READ));

        byte[] zip = mvc.perform(get("/api/v1/cadres/files/lrmx.zip").with(user(ownHead)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        java.util.List<String> names = new java.util.ArrayList<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names).singleElement().asString().startsWith("林振华_");
        mvc.perform(get("/cadres/files").with(user(ownHead)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("file-" + cadre)))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("file-" + outsider + "\""))));
    }

    @Test
    void the_lrmx_sample_is_imported_and_exported_again_field_by_field() throws Exception {
        byte[] sample = LrmxTest.sample();
        mvc.perform(multipart("/api/v1/cadres/files/lrmx")
                        .file(new MockMultipartFile("file", "lin-zhenhua.lrmx", "application/xml", sample))
                        .with(user(keeper)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(true))
                .andExpect(jsonPath("$.outcomes[0].personId").value(cadre));

        // the national ID goes out only with people:national-id, and its every export is audited
        CurrentUser idKeeper = TestUsers.withGrants("fileidkeeper", null, TestUsers.grant(ScopeKind.ALL, null,
                Permissions.CADRE_READ, Permissions.CADRE_MANAGE, Permissions.CADRE_FAMILY,
                Permissions.PEOPLE_NATIONAL_ID));
        byte[] exported = mvc.perform(get("/api/v1/cadres/files/{id}/lrmx", cadre).with(user(idKeeper)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        byte[] withoutId = mvc.perform(get("/api/v1/cadres/files/{id}/lrmx", cadre).with(user(keeper)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        Lrmx.Parsed before = Lrmx.read(sample);
        Lrmx.Parsed after = Lrmx.read(exported);
        for (String element : Lrmx.FIELDS) {
            assertThat(after.get(element)).as(element).isEqualTo(before.get(element));
        }
        assertThat(Lrmx.read(withoutId).get("ShenFenZheng")).isEmpty();
        assertThat(Lrmx.read(withoutId).get("XingMing")).isEqualTo(before.get("XingMing"));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'person.nationalId.viewed' and entity_id = ?")
                .param(String.valueOf(cadre)).query(Long.class).single()).isEqualTo(1);
        assertThat(after.family()).isEqualTo(before.family());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'cadre.file.lrmx.imported' and entity_id = ?")
                .param(String.valueOf(cadre)).query(Long.class).single()).isEqualTo(1);

        writeSamples();
    }

    /** The approval form of the imported sample, checked by its text and written to target/ for review. */
    private void writeSamples() throws Exception {
        byte[] pdf = mvc.perform(get("/cadres/files/{id}/approval-form.pdf", cadre).with(user(keeper))
                        .locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/approval-form-sample.pdf"), pdf);
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        String text = extractor.getTextFromPage(1) + extractor.getTextFromPage(2);
        assertThat(reader.getNumberOfPages()).isEqualTo(2);
        assertThat(text).contains("干部任免审批表", "林振华", "1982.03", "汉族", "中南大学冶金工程专业", "正极材料事业部总经理",
                "湘江锂业有限公司生产技术部副部长", "优秀共产党员", "年度考核优秀", "陈静", "长沙市第一中学教师", "周敏");
        // the family table of the standard form gives each member's age (陈静, born 1984.06, is 41 on 2025.11.30)
        assertThat(extractor.getTextFromPage(2)).contains("年龄", "41");
        byte[] docx = mvc.perform(get("/api/v1/cadres/files/{id}/approval-form", cadre).param("format", "docx")
                        .with(user(keeper)).locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            assertThat(words.getText()).contains("干部任免审批表", "林振华", "陈静", "湘江锂业有限公司技术员", "年龄");
            // the same two-page layout as the PDF: one table a page, the family table inside the second
            assertThat(doc.getTables()).hasSize(2);
            assertThat(doc.getAllPictures()).hasSize(1);
        }
        Files.write(Path.of("target/approval-form-sample.docx"), docx);
    }

    @Test
    void an_import_with_an_unknown_person_or_a_bad_line_changes_nothing_and_says_what_is_wrong_where() throws Exception {
        String good = new String(LrmxTest.sample(), "GBK");
        String unknown = good.replace(NATIONAL_ID, "990101199001010011").replace("林振华", "查无此人");
        String badLine = good.replace("2010.03--2016.08  湘江", "约2010年起 湘江");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        // named in GBK, as a zip made on Chinese Windows is
        try (ZipOutputStream out = new ZipOutputStream(zip, java.nio.charset.Charset.forName("GBK"))) {
            out.putNextEntry(new ZipEntry("林振华.lrmx"));
            out.write(good.getBytes("GBK"));
            out.putNextEntry(new ZipEntry("查无此人.lrmx"));
            out.write(unknown.getBytes("GBK"));
        }

        mvc.perform(multipart("/api/v1/cadres/files/lrmx")
                        .file(new MockMultipartFile("file", "batch.zip", "application/zip", zip.toByteArray()))
                        .with(user(keeper)).with(csrf()).locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.imported").value(false))
                .andExpect(jsonPath("$.problems[0].file").value("查无此人.lrmx"))
                .andExpect(jsonPath("$.outcomes[0].file").value("林振华.lrmx"))
                .andExpect(jsonPath("$.problems[0].element").value("ShenFenZheng"))
                .andExpect(jsonPath("$.problems[0].message").value(org.hamcrest.Matchers.containsString("查无此人")));
        mvc.perform(multipart("/cadres/files/lrmx-import")
                        .file(new MockMultipartFile("file", "bad.lrmx", "application/xml", badLine.getBytes("GBK")))
                        .with(user(keeper)).with(csrf()).locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("import-refused")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("JianLi")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("第 3 行")));

        assertThat(jdbc.sql("select count(*) from cadre_file_resume where person_id = ?").param(cadre)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from cadre_file_form where person_id = ?").param(cadre)
                .query(Long.class).single()).isZero();
    }

    @Test
    void the_approval_form_prints_the_proposal_saved_on_the_file_page_and_the_annual_results() throws Exception {
        jdbc.sql("""
                insert into assessment_past_result (person_id, year, grade, score, recorded_at)
                values (?, 2023, 'COMPETENT', 80, now()), (?, 2024, 'EXCELLENT', 93, now())""")
                .params(cadre, cadre).update();
        mvc.perform(get("/api/v1/cadres/files/{id}", cadre).with(user(keeper)))
                .andExpect(jsonPath("$.annualResults[0].year").value(2023))
                .andExpect(jsonPath("$.annualResults[1].grade").value("EXCELLENT"));
        mvc.perform(post("/cadres/files/{id}/form", cadre).with(user(keeper)).with(csrf())
                        .param("proposedPost", "正极材料事业部总经理").param("reason", "工作需要")
                        .param("ageDate", "2025-03-14").param("fillDate", "2025-11-30").param("filledBy", "周敏"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("notice", "cadres.file.form.saved"));
        mvc.perform(post("/cadres/files/{id}/form", cadre).with(user(keeper)).with(csrf())
                        .param("proposedPost", "改了也不算").param("fillDate", "2025-13-40"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("failure", "cadres.file.error.date"));

        byte[] pdf = mvc.perform(get("/api/v1/cadres/files/{id}/approval-form", cadre).with(user(keeper))
                        .locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        PdfTextExtractor extractor = new PdfTextExtractor(new PdfReader(pdf));
        String text = extractor.getTextFromPage(1) + extractor.getTextFromPage(2);
        assertThat(text).contains("正极材料事业部总经理", "42", "年度考核称职", "年度考核优秀").doesNotContain("改了也不算");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'cadre.file.form.changed' and entity_id = ?")
                .param(String.valueOf(cadre)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_resume_too_long_for_its_cell_goes_on_in_a_continuation_sheet_in_the_pdf_and_the_word_document()
            throws Exception {
        for (int year = 1980; year < 2020; year++) {
            mvc.perform(post("/api/v1/cadres/files/{id}/resume", cadre).with(user(keeper)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"dateFrom\":\"%d-07\",\"dateTo\":\"%d-06\",\"text\":\"湘江锂业有限公司第%d车间主任\"}"
                                    .formatted(year, year + 1, year)))
                    .andExpect(status().isCreated());
        }

        byte[] pdf = mvc.perform(get("/cadres/files/{id}/approval-form.pdf", cadre).with(user(keeper))
                        .locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        assertThat(reader.getNumberOfPages()).isEqualTo(3);
        assertThat(extractor.getTextFromPage(1)).contains("1980.07--1981.06", "（续见附页）")
                .doesNotContain("2019.07--2020.06");
        assertThat(extractor.getTextFromPage(3)).contains("干部任免审批表（续表）", "林振华", "2019.07--2020.06")
                .doesNotContain("1980.07--1981.06");
        byte[] docx = mvc.perform(get("/api/v1/cadres/files/{id}/approval-form", cadre).param("format", "docx")
                        .with(user(keeper)).locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getTables()).hasSize(3);
            assertThat(doc.getTables().get(0).getText()).contains("（续见附页）");
            assertThat(doc.getTables().get(2).getText()).contains("林振华", "2019.07--2020.06");
        }
    }

    @Test
    void every_tab_of_the_file_page_and_a_line_opened_for_editing_render() throws Exception {
        String created = mvc.perform(post("/api/v1/cadres/files/{id}/resume", cadre).with(user(keeper)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dateFrom\":\"2000-09\",\"dateTo\":\"2004-07\",\"text\":\"中南大学冶金工程专业学习\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long lineId = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
        jdbc.sql("insert into cadre_file_form (person_id, health, specialty, updated_at) values (?, '健康', '锂电工艺', now())")
                .param(cadre).update();
        mvc.perform(get("/cadres/files/{id}", cadre).param("tab", "form").with(user(keeper)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"锂电工艺\"")));
        for (String tab : java.util.List.of("education", "resume", "reward", "training", "family", "annual", "form")) {
            mvc.perform(get("/cadres/files/{id}", cadre).param("tab", tab).with(user(keeper)).locale(Locale.ENGLISH))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("section-" + tab)));
        }
        mvc.perform(get("/cadres/files/{id}/resume", cadre).param("edit", String.valueOf(lineId)).with(user(keeper))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/resume/" + lineId)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"2000-09-01\"")));
        mvc.perform(post("/cadres/files/{id}/resume/{line}", cadre, lineId).with(user(keeper)).with(csrf())
                        .header("HX-Request", "true").param("dateFrom", "2000-09-01").param("dateTo", "")
                        .param("text", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("error-resume")));
        mvc.perform(get("/cadres/files/lrmx-import").with(user(keeper))).andExpect(status().isOk());
    }

    private long familyViews() {
        return jdbc.sql("select count(*) from audit_entry where action = 'cadre.family.viewed' and entity_id = ?")
                .param(String.valueOf(cadre)).query(Long.class).single();
    }
}
