package org.cadre.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.cadre.IntegrationTest;
import org.cadre.identity.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class RolePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    TestAccounts accounts;
    CurrentUser admin;

    @BeforeEach
    void setUp() {
        accounts = TestAccounts.in(context);
        admin = accounts.principal(accounts.create("roleadmin", "SYSTEM_ADMIN"));
    }

    @Test
    void roles_are_listed_with_their_permissions_in_the_readers_language() throws Exception {
        mvc.perform(as(get("/admin/roles"), "en"))
                .andExpect(content().string(containsString("System administrator")))
                .andExpect(content().string(containsString("Read the audit log")));
        mvc.perform(as(get("/admin/roles"), "zh-CN"))
                .andExpect(content().string(containsString("系统管理员")))
                .andExpect(content().string(containsString("查看审计日志")));
    }

    @Test
    void a_custom_role_is_created_edited_and_deleted_with_each_step_audited() throws Exception {
        String code = code();

        mvc.perform(as(post("/admin/roles"), "en").param("code", code).param("nameZh", "人事查询")
                        .param("nameEn", "HR viewer").param("permissions", "people:read", "org:read"))
                .andExpect(redirectedUrl("/admin/roles"));
        assertThat(permissions(code)).containsExactly("org:read", "people:read");

        mvc.perform(as(get("/admin/roles/{c}", code), "en"))
                .andExpect(content().string(containsString("HR viewer")));
        mvc.perform(as(post("/admin/roles/{c}", code), "en").param("nameZh", "人事查询")
                        .param("nameEn", "HR reader").param("permissions", "people:read", "people:export")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/admin/roles"));
        assertThat(permissions(code)).containsExactly("people:export", "people:read");

        mvc.perform(as(post("/admin/roles/{c}/delete", code), "en")).andExpect(redirectedUrl("/admin/roles"));
        assertThat(jdbc.sql("select count(*) from identity_role where code = ?").param(code)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select string_agg(action, ',' order by id) from audit_entry where entity_type = 'role' and entity_id = ?")
                .param(code).query(String.class).single()).isEqualTo("role.created,role.updated,role.deleted");
        String update = jdbc.sql("""
                select concat(before_state::text, ' | ', after_state::text) from audit_entry
                where action = 'role.updated' and entity_id = ?""").param(code).query(String.class).single();
        assertThat(update).contains("org:read").contains("people:export");
    }

    @Test
    void taking_a_permission_from_a_role_signs_its_holders_out() throws Exception {
        String code = code();
        mvc.perform(as(post("/admin/roles"), "en").param("code", code).param("nameZh", "读者").param("nameEn", "Reader")
                .param("permissions", "org:read", "people:read"));
        long holder = accounts.create("reader", code);
        Cookie browser = TestAccounts.session(mvc.perform(formLogin().user(accounts.username(holder))
                .password(TestAccounts.PASSWORD)).andReturn());
        mvc.perform(get("/").cookie(browser)).andExpect(status().isOk());

        mvc.perform(as(post("/admin/roles/{c}", code), "en").param("nameZh", "读者").param("nameEn", "Reader")
                .param("permissions", "org:read").param("version", "0")).andExpect(redirectedUrl("/admin/roles"));

        mvc.perform(get("/").cookie(browser)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void a_stale_edit_is_refused_instead_of_overwriting_a_change_made_meanwhile() throws Exception {
        String code = code();
        mvc.perform(as(post("/admin/roles"), "en").param("code", code).param("nameZh", "甲").param("nameEn", "A"));
        mvc.perform(as(post("/admin/roles/{c}", code), "en").param("nameZh", "乙").param("nameEn", "B").param("version", "0"));

        mvc.perform(as(post("/admin/roles/{c}", code), "en").param("nameZh", "丙").param("nameEn", "C").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this in the meantime")));
    }

    @Test
    void a_built_in_role_can_be_edited_but_not_deleted() throws Exception {
        mvc.perform(as(get("/admin/roles/{c}", "DELEGATE"), "en"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"delete-role\""))));

        mvc.perform(as(post("/admin/roles/{c}/delete", "DELEGATE"), "en"))
                .andExpect(flash().attribute("alertError", "The built-in role DELEGATE cannot be deleted."));
    }

    @Test
    void a_custom_role_in_use_cannot_be_deleted() throws Exception {
        String code = code();
        mvc.perform(as(post("/admin/roles"), "en").param("code", code).param("nameZh", "在用").param("nameEn", "In use")
                .param("permissions", "org:read"));
        accounts.create("holder", code);

        mvc.perform(as(post("/admin/roles/{c}/delete", code), "en"))
                .andExpect(flash().attribute("alertError", containsString("is held by 1 account")));
    }

    @Test
    void system_administrators_keep_the_permission_to_manage_accounts() throws Exception {
        int version = jdbc.sql("select version from identity_role where code = 'SYSTEM_ADMIN'").query(Integer.class).single();

        mvc.perform(as(post("/admin/roles/{c}", "SYSTEM_ADMIN"), "en").param("nameZh", "系统管理员")
                        .param("nameEn", "System administrator").param("permissions", "org:read")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("must keep the permission to manage accounts")));
    }

    @Test
    void a_malformed_code_or_a_missing_name_is_shown_next_to_the_field() throws Exception {
        mvc.perform(as(post("/admin/roles"), "en").param("code", "lower case").param("nameZh", "x").param("nameEn", "x"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("A role code has 2 to 40 capital letters")));
        mvc.perform(as(post("/admin/roles"), "zh-CN").param("code", code()).param("nameZh", "").param("nameEn", "x"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("必填。")));
    }

    private List<String> permissions(String code) {
        return jdbc.sql("""
                select p.permission from identity_role_permission p join identity_role r on r.id = p.role_id
                where r.code = ? order by p.permission""").param(code).query(String.class).list();
    }

    private static String code() {
        return TestAccounts.uniqueName("R").toUpperCase().replace('-', '_');
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String language) {
        return request.with(user(admin)).with(csrf()).header("Accept-Language", language);
    }
}
