package org.cadre.congress.internal.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.cadre.IntegrationTest;
import org.cadre.TestUsers;
import org.cadre.identity.CurrentUser;
import org.cadre.identity.Permissions;
import org.cadre.identity.ScopeKind;
import org.cadre.people.PeopleFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The transparency board: overdue required disclosures, publishing within scope, unique readers, moderation. */
@IntegrationTest
@Transactional
class BoardTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DisclosureChaser chaser;
    @Autowired
    org.cadre.identity.AccountAdministration accounts;

    CurrentUser office = TestUsers.withGrants("office-test", null, TestUsers.grant(ScopeKind.ALL, null,
            Permissions.CONGRESS_READ, Permissions.DISCLOSURE_MANAGE));
    CurrentUser reader = TestUsers.withGrants("reader-test", null, TestUsers.grant(ScopeKind.SELF, null,
            Permissions.CONGRESS_READ));

    @Test
    void a_required_quarterly_disclosure_last_made_four_months_ago_is_flagged_overdue() {
        assertThat(Board.dueAfter(LocalDate.of(2026, 1, 31), "MONTHLY")).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(Board.dueAfter(LocalDate.of(2026, 1, 1), "PER_EVENT")).isNull();
        long category = jdbc.sql("""
                insert into congress_disclosure_category (name, period, required) values ('测试招待费', 'QUARTERLY', true)
                returning id""").query(Long.class).single();
        jdbc.sql("""
                insert into congress_disclosure_item (category_id, title, body, published_on, published_by)
                values (?, '第二季度', '内容', current_date - 122, 'office')""").param(category).update();
        try {
            mvc.perform(get("/api/v1/congress/board/categories").with(user(reader)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[?(@.name == '测试招待费')].overdue").value(true));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void an_overdue_required_disclosure_is_notified_once_to_each_editor_of_the_board() {
        long editor = accounts.createAccount("board-editor-" + System.nanoTime(), "Editor", "Board-Editor-2026", null);
        accounts.grant(editor, "GENERAL_OFFICE", ScopeKind.ALL, null);
        long category = jdbc.sql("""
                insert into congress_disclosure_category (name, period, required, created_at)
                values ('测试月度公开', 'MONTHLY', true, now() - interval '70 days') returning id""")
                .query(Long.class).single();

        assertThat(chaser.chase()).isPositive();
        chaser.chase();

        assertThat(jdbc.sql("""
                select url from notification_message where account_id = ? and message_key = 'congress.reminder.disclosureOverdue'
                  and dedupe_key like ?""").params(editor, "congress.disclosure:" + category + ":%")
                .query(String.class).list()).containsExactly("/congress/board?category=" + category);
    }

    @Test
    void a_disclosure_is_published_with_an_attachment_read_once_per_reader_and_a_comment_hidden_with_a_reason()
            throws Exception {
        long category = jdbc.sql("""
                insert into congress_disclosure_category (name, period, required) values ('测试福利', 'PER_EVENT', false)
                returning id""").query(Long.class).single();
        mvc.perform(multipart("/congress/board/items").file(new MockMultipartFile("files", "明细.txt", "text/plain",
                                "明细".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .param("categoryId", String.valueOf(category)).param("title", "").param("body", "正文")
                        .with(user(office)).with(csrf()))
                .andExpect(flash().attribute("failure", "congress.validation.title"));
        mvc.perform(multipart("/congress/board/items").file(new MockMultipartFile("files", "明细.txt", "text/plain",
                                "明细".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .param("categoryId", String.valueOf(category)).param("title", "中秋慰问品发放情况")
                        .param("body", "每人一份。").with(user(office)).with(csrf()))
                .andExpect(flash().attribute("notice", "congress.board.published"));
        long item = jdbc.sql("select id from congress_disclosure_item where title = '中秋慰问品发放情况'")
                .query(Long.class).single();
        // a reader may not publish
        mvc.perform(post("/congress/board/items").param("categoryId", String.valueOf(category)).param("title", "x")
                .param("body", "y").with(user(reader)).with(csrf())).andExpect(status().isForbidden());

        mvc.perform(get("/congress/board/items/{id}", item).with(user(reader))).andExpect(status().isOk());
        mvc.perform(get("/congress/board/items/{id}", item).with(user(reader))).andExpect(status().isOk());
        mvc.perform(get("/congress/board/items/{id}", item).with(user(office)))
                .andExpect(content().string(containsString("明细.txt")));
        assertThat(jdbc.sql("select count(*) from congress_disclosure_read where item_id = ?").param(item)
                .query(Long.class).single()).isEqualTo(2);

        mvc.perform(post("/congress/board/items/{id}/comments", item).param("body", "广告：低价出售").with(user(reader))
                .with(csrf())).andExpect(flash().attribute("notice", "congress.board.commented"));
        long comment = jdbc.sql("select id from congress_disclosure_comment where item_id = ?").param(item)
                .query(Long.class).single();
        mvc.perform(post("/congress/board/comments/{id}/hide", comment).param("itemId", String.valueOf(item))
                .param("reason", "").with(user(office)).with(csrf()))
                .andExpect(flash().attribute("failure", "congress.board.hideReason"));
        mvc.perform(post("/congress/board/comments/{id}/hide", comment).param("itemId", String.valueOf(item))
                .param("reason", "与公开事项无关").with(user(reader)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/congress/board/comments/{id}/hide", comment).param("itemId", String.valueOf(item))
                .param("reason", "与公开事项无关").with(user(office)).with(csrf()))
                .andExpect(flash().attribute("notice", "congress.board.hiddenNotice"));
        mvc.perform(get("/congress/board/items/{id}", item).with(user(reader)))
                .andExpect(content().string(not(containsString("低价出售"))));
        mvc.perform(get("/congress/board").param("text", "中秋").with(user(reader)))
                .andExpect(content().string(containsString("中秋慰问品发放情况")));
    }

    @Test
    void an_editor_of_one_unit_may_neither_hide_nor_read_hidden_comments_of_a_company_wide_disclosure() throws Exception {
        var people = new org.cadre.people.PeopleFixtures(jdbc);
        long unit = people.unit(people.unique("车间"), null);
        CurrentUser unitEditor = TestUsers.withGrants("unit-editor-test", null, TestUsers.grant(ScopeKind.UNIT, unit,
                Permissions.CONGRESS_READ, Permissions.DISCLOSURE_MANAGE));
        long category = jdbc.sql("""
                insert into congress_disclosure_category (name, period, required) values ('测试公开', 'PER_EVENT', false)
                returning id""").query(Long.class).single();
        long item = jdbc.sql("""
                insert into congress_disclosure_item (category_id, title, body, published_on, published_by)
                values (?, '全公司事项', '内容', current_date, 'office') returning id""").param(category)
                .query(Long.class).single();
        long comment = jdbc.sql("""
                insert into congress_disclosure_comment (item_id, author, author_name, body, created_at, hidden_reason,
                                                         hidden_by, hidden_at)
                values (?, 'someone', '某职工', '已隐藏的内容', now(), '无关', 'office', now()) returning id""")
                .param(item).query(Long.class).single();
        long visible = jdbc.sql("""
                insert into congress_disclosure_comment (item_id, author, author_name, body, created_at)
                values (?, 'someone', '某职工', '可见的评论', now()) returning id""").param(item).query(Long.class).single();

        mvc.perform(post("/api/v1/congress/board/comments/{id}/hide", visible).contentType("application/json")
                        .content("{\"reason\":\"无关\"}").with(user(unitEditor)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/congress/board/items/{id}/comments", item).with(user(unitEditor)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("已隐藏的内容"))));
        mvc.perform(get("/api/v1/congress/board/items/{id}/comments", item).with(user(office)))
                .andExpect(content().string(containsString("已隐藏的内容")));
        assertThat(jdbc.sql("select hidden_at is null from congress_disclosure_comment where id = ?").param(visible)
                .query(Boolean.class).single()).isTrue();
        assertThat(comment).isPositive();
    }
}
