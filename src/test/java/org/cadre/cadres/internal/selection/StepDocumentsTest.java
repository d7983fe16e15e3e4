package org.cadre.cadres.internal.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.cadre.IntegrationTest;
import org.cadre.TestUsers;
import org.cadre.identity.CurrentUser;
import org.cadre.identity.ScopeKind;
import org.cadre.people.PeopleFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Further documents of a selection step (the inspection's interview records, the personal-matters check…): attached
 * through the page (htmx) and the JSON API, listed under the step, downloaded by readers, removed with a reason and
 * kept; refused, changing nothing, without the permission, beyond the scope, for a step of another selection, or for
 * an empty or oversize file.
 */
@IntegrationTest
@Transactional
class StepDocumentsTest {

    static final byte[] PDF = "%PDF-1.4 考察谈话记录".getBytes(StandardCharsets.UTF_8);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    CurrentUser orgDept = TestUsers.orgDept();
    PeopleFixtures people;
    long unit;
    long selection;
    long motion;
    String steps;

    @BeforeEach
    void aSelectionWithItsMotionRecorded() throws Exception {
        people = new PeopleFixtures(jdbc);
        unit = people.unit(people.unique("Dept"), null);
        selection = create(people.post(unit, people.unique("Head"), "MID_PRINCIPAL"));
        motion = jdbc.sql("select id from cadre_selection_step where selection_id = ?").param(selection)
                .query(Long.class).single();
        steps = "/cadres/selections/" + selection + "/steps/";
    }

    long create(long post) throws Exception {
        mvc.perform(post("/cadres/selections").with(user(orgDept)).with(csrf()).param("title", "Head")
                .param("postId", String.valueOf(post)).param("postsCount", "1")
                .param("method", "ORGANIZATION_NOMINATION").param("day", "2026-09-01")
                .param("documentNo", "党委〔2026〕1号")).andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from cadre_selection where post_id = ?").param(post).query(Long.class).single();
    }

    static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("file", name, "application/pdf", content);
    }

    MockMultipartHttpServletRequestBuilder attach(String path, MockMultipartFile file, String title, String no) {
        MockMultipartHttpServletRequestBuilder request = multipart(path);
        if (file != null) {
            request.file(file);
        }
        if (title != null) {
            request.param("title", title);
        }
        if (no != null) {
            request.param("documentNo", no);
        }
        return request;
    }

    <T extends AbstractMockHttpServletRequestBuilder<T>> T as(T request, CurrentUser who, Locale locale) {
        request.with(user(who)).with(csrf()).locale(locale);
        return request;
    }

    <T extends AbstractMockHttpServletRequestBuilder<T>> T htmx(T request) {
        request.header("HX-Request", "true");
        return as(request, orgDept, Locale.SIMPLIFIED_CHINESE);
    }

    long documents() {
        return jdbc.sql("select count(*) from cadre_selection_document where selection_id = ?").param(selection)
                .query(Long.class).single();
    }

    long audited(String action) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and entity_id = ?")
                .params(action, String.valueOf(selection)).query(Long.class).single();
    }

    long documentId(String title) {
        return jdbc.sql("select id from cadre_selection_document where selection_id = ? and title = ?")
                .params(selection, title).query(Long.class).single();
    }

    @Test
    void an_officer_attaches_documents_to_a_step_and_the_page_lists_them_under_it_with_their_download()
            throws Exception {
        String fragment = mvc.perform(htmx(attach(steps + motion + "/documents", file("谈话记录.pdf", PDF),
                        "考察谈话记录", "组干考〔2026〕3号")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("id=\"step-documents-" + motion + "\"").contains("已添加材料。")
                .contains("考察谈话记录").contains("组干考〔2026〕3号").contains("谈话记录.pdf（1 KB）");
        mvc.perform(as(attach(steps + motion + "/documents", file("核查.pdf", PDF), "个人有关事项报告核查结果", null),
                        orgDept, Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "已添加材料。"));

        long first = documentId("考察谈话记录");
        String page = mvc.perform(get("/cadres/selections/{id}", selection).with(user(orgDept)).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Further documents").contains(steps + motion + "/documents/" + first)
                .contains("个人有关事项报告核查结果").contains("Attach a document");
        assertThat(page.indexOf("考察谈话记录")).as("in the order attached")
                .isLessThan(page.indexOf("个人有关事项报告核查结果"));
        // the step's own document stays as it was
        assertThat(jdbc.sql("select document_no from cadre_selection_step where id = ?").param(motion)
                .query(String.class).single()).isEqualTo("党委〔2026〕1号");

        // a reader of the unit downloads it; a reader elsewhere does not reach it
        CurrentUser reader = TestUsers.withGrants("reader", null, TestUsers.grant(ScopeKind.UNIT, unit, "cadre:read"));
        mvc.perform(get(steps + motion + "/documents/" + first).with(user(reader)))
                .andExpect(status().isOk()).andExpect(content().bytes(PDF))
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")));
        CurrentUser stranger = TestUsers.withGrants("stranger", null, TestUsers.grant(ScopeKind.UNIT,
                people.unit(people.unique("Other"), null), "cadre:read"));
        mvc.perform(get(steps + motion + "/documents/" + first).with(user(stranger))).andExpect(status().isNotFound());
        // the reader sees the list but not the forms
        assertThat(mvc.perform(get("/cadres/selections/{id}", selection).with(user(reader)).locale(Locale.ENGLISH))
                .andReturn().getResponse().getContentAsString()).contains("考察谈话记录")
                .doesNotContain("Attach a document");

        assertThat(audited("selection.documentAttached")).isEqualTo(2);
        assertThat(jdbc.sql("""
                select after_state ->> 'title' from audit_entry where action = 'selection.documentAttached'
                  and entity_id = ? order by id limit 1
                """).param(String.valueOf(selection)).query(String.class).single()).isEqualTo("考察谈话记录");
    }

    @Test
    void a_removal_needs_a_reason_keeps_the_document_marked_and_the_audit_log_says_why() throws Exception {
        mvc.perform(htmx(attach(steps + motion + "/documents", file("错传.pdf", PDF), "错传的材料", null)))
                .andExpect(status().isOk());
        long d = documentId("错传的材料");
        String remove = steps + motion + "/documents/" + d + "/remove";

        String refused = mvc.perform(htmx(post(remove).param("reason", " "))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("请写明移除理由。").contains("is-invalid");
        assertThat(jdbc.sql("select removed_at is null from cadre_selection_document where id = ?").param(d)
                .query(Boolean.class).single()).as("nothing changed").isTrue();

        String fragment = mvc.perform(htmx(post(remove).param("reason", "误传，应为另一候选人的材料")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("已移除材料").doesNotContain("错传的材料");
        assertThat(jdbc.sql("""
                select removed_by || '|' || removal_reason || '|' || (removed_at is not null) || '|' || length(content)
                from cadre_selection_document where id = ?
                """).param(d).query(String.class).single())
                .as("kept, marked").isEqualTo("orgdept|误传，应为另一候选人的材料|true|" + PDF.length);
        assertThat(mvc.perform(get("/cadres/selections/{id}", selection).with(user(orgDept)))
                .andReturn().getResponse().getContentAsString()).doesNotContain("错传的材料");
        mvc.perform(get(steps + motion + "/documents/" + d).with(user(orgDept))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("""
                select after_state ->> 'reason' from audit_entry where action = 'selection.documentRemoved'
                  and entity_id = ?
                """).param(String.valueOf(selection)).query(String.class).single())
                .isEqualTo("误传，应为另一候选人的材料");

        assertThat(mvc.perform(htmx(post(remove).param("reason", "again"))).andReturn().getResponse()
                .getContentAsString()).contains("材料“错传的材料”已移除。");
        assertThat(audited("selection.documentRemoved")).isEqualTo(1);
    }

    @Test
    void an_empty_an_oversize_or_a_missing_file_and_a_missing_title_are_refused_where_they_are_and_nothing_is_kept()
            throws Exception {
        String path = steps + motion + "/documents";
        assertThat(mvc.perform(htmx(attach(path, file("空.pdf", new byte[0]), "考察报告", null)))
                .andReturn().getResponse().getContentAsString()).contains("文件“空.pdf”是空的。")
                .contains("value=\"考察报告\"");
        assertThat(mvc.perform(htmx(attach(path, file("大.pdf", new byte[(int) SelectionForm.MAX_FILE + 1]), "大",
                null))).andReturn().getResponse().getContentAsString()).contains("附件超过 10 MB。");
        assertThat(mvc.perform(htmx(attach(path, null, "考察报告", null))).andReturn().getResponse()
                .getContentAsString()).contains("必填。");
        assertThat(mvc.perform(as(attach(path, file("a.pdf", PDF), " ", null), orgDept, Locale.ENGLISH)
                        .header("HX-Request", "true")).andReturn().getResponse().getContentAsString())
                .contains("Required.").contains("is-invalid");
        assertThat(mvc.perform(htmx(attach(path, file("a.pdf", PDF), "标", "号".repeat(101)))).andReturn()
                .getResponse().getContentAsString()).contains("最多 100 个字。");
        mvc.perform(as(attach(path, file("空.pdf", new byte[0]), "考察报告", null), orgDept, Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("failure", "文件“空.pdf”是空的。"));
        assertThat(documents()).isZero();
        assertThat(audited("selection.documentAttached")).isZero();
    }

    @Test
    void only_an_officer_reaching_the_unit_attaches_and_only_to_a_step_of_this_selection() throws Exception {
        String path = steps + motion + "/documents";
        CurrentUser reader = TestUsers.withGrants("reader", null, TestUsers.grant(ScopeKind.ALL, null, "cadre:read"));
        mvc.perform(as(attach(path, file("a.pdf", PDF), "材料", null), reader, Locale.ENGLISH))
                .andExpect(status().isForbidden());
        CurrentUser elsewhere = TestUsers.withGrants("elsewhere", null, TestUsers.grant(ScopeKind.UNIT,
                people.unit(people.unique("Other"), null), "selection:manage"));
        mvc.perform(as(attach(path, file("a.pdf", PDF), "材料", null), elsewhere, Locale.ENGLISH))
                .andExpect(status().isNotFound());
        mvc.perform(as(attach("/api/v1" + path, file("a.pdf", PDF), "材料", null), elsewhere, Locale.ENGLISH))
                .andExpect(status().isNotFound());

        long other = create(people.post(unit, people.unique("Other head"), "MID_PRINCIPAL"));
        long otherStep = jdbc.sql("select id from cadre_selection_step where selection_id = ?").param(other)
                .query(Long.class).single();
        mvc.perform(as(attach(steps + otherStep + "/documents", file("a.pdf", PDF), "材料", null), orgDept,
                Locale.ENGLISH)).andExpect(status().isNotFound());
        mvc.perform(as(attach("/api/v1" + steps + otherStep + "/documents", file("a.pdf", PDF), "材料", null),
                orgDept, Locale.ENGLISH)).andExpect(status().isNotFound());

        // a document of this step is not reached through another selection or another step
        mvc.perform(htmx(attach(path, file("a.pdf", PDF), "材料", null))).andExpect(status().isOk());
        long d = documentId("材料");
        mvc.perform(get("/cadres/selections/" + other + "/steps/" + motion + "/documents/" + d).with(user(orgDept)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cadres/selections/" + other + "/steps/" + otherStep + "/documents/" + d)
                .with(user(orgDept))).andExpect(status().isNotFound());
        mvc.perform(as(post(steps + motion + "/documents/" + d + "/remove").param("reason", "x"), reader,
                Locale.ENGLISH)).andExpect(status().isForbidden());
        mvc.perform(as(post(steps + motion + "/documents/" + d + "/remove").param("reason", "x"), elsewhere,
                Locale.ENGLISH)).andExpect(status().isNotFound());
        assertThat(documents()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from cadre_selection_document where removed_at is not null and id = ?")
                .param(d).query(Long.class).single()).isZero();
    }

    @Test
    void the_json_api_attaches_lists_downloads_and_removes_with_a_reason() throws Exception {
        String api = "/api/v1/cadres/selections/" + selection;
        String location = mvc.perform(as(attach(api + "/steps/" + motion + "/documents", file("minutes.pdf", PDF),
                        "党委会会议纪要", "党委纪〔2026〕4号"), orgDept, Locale.ENGLISH))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.steps[0].documents[0].title").value("党委会会议纪要"))
                .andExpect(jsonPath("$.steps[0].documents[0].documentNo").value("党委纪〔2026〕4号"))
                .andExpect(jsonPath("$.steps[0].documents[0].fileName").value("minutes.pdf"))
                .andExpect(jsonPath("$.steps[0].documents[0].size").value(PDF.length))
                .andReturn().getResponse().getHeader("Location");
        long d = documentId("党委会会议纪要");
        assertThat(location).isEqualTo(api + "/steps/" + motion + "/documents/" + d);
        mvc.perform(get(api).with(user(orgDept)))
                .andExpect(jsonPath("$.steps[0].documents[0].url").value(location));
        mvc.perform(get(location).with(user(orgDept))).andExpect(status().isOk()).andExpect(content().bytes(PDF));

        mvc.perform(as(attach(api + "/steps/" + motion + "/documents", file("empty.pdf", new byte[0]), "空", null),
                        orgDept, Locale.ENGLISH)).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("file"))
                .andExpect(jsonPath("$.detail").value("The file “empty.pdf” is empty."));

        mvc.perform(as(delete(location), orgDept, Locale.ENGLISH)).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("reason"))
                .andExpect(jsonPath("$.detail").value("Say why the document is removed."));
        mvc.perform(as(delete(location), orgDept, Locale.ENGLISH).contentType("application/json")
                        .content("{\"reason\": \"重复上传\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.steps[0].documents").isEmpty());
        mvc.perform(get(location).with(user(orgDept))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select removal_reason from cadre_selection_document where id = ?").param(d)
                .query(String.class).single()).isEqualTo("重复上传");
        mvc.perform(as(delete(location).param("reason", "again"), orgDept, Locale.ENGLISH))
                .andExpect(status().isUnprocessableEntity());
    }
}
