package org.cadre.identity.internal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cadre.IntegrationTest;
import org.cadre.TestUsers;
import org.cadre.identity.CurrentUser;
import org.cadre.identity.Permissions;
import org.cadre.identity.ScopeKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The protections every page of the application relies on: sign-in, CSRF, escaping, permission checks. */
@IntegrationTest
class WebSecurityTest {

    private static final String SCRIPT = "<script>alert('x')</script>";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    TestAccounts accounts;
    long victim;
    CurrentUser admin;

    @BeforeEach
    void setUp() {
        accounts = TestAccounts.in(context);
        victim = accounts.create("victim");
        admin = accounts.principal(accounts.create("secadmin", "SYSTEM_ADMIN"));
    }

    @Test
    void pages_need_a_signed_in_user() throws Exception {
        mvc.perform(get("/admin/accounts")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void forms_posted_without_a_csrf_token_are_refused() throws Exception {
        mvc.perform(post("/admin/accounts/{id}/lock", victim).with(user(admin))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts").with(user(admin)).param("username", TestAccounts.uniqueName("csrf"))
                .param("displayName", "x").param("password", TestAccounts.PASSWORD)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/roles").with(user(admin)).param("code", "CSRF_ROLE")).andExpect(status().isForbidden());
        mvc.perform(post("/account/tokens").with(user(admin)).param("name", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/account/password").with(user(admin))).andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "admin").param("password", "admin-Pass-123"))
                .andExpect(status().isForbidden());

        mvc.perform(post("/admin/accounts/{id}/lock", victim).with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void html_in_a_display_name_is_escaped_in_the_header_and_on_the_admin_pages() throws Exception {
        long id = context.getBean(org.cadre.identity.AccountAdministration.class)
                .createAccount(TestAccounts.uniqueName("xss"), SCRIPT, TestAccounts.PASSWORD, null);
        CurrentUser scripted = accounts.principal(id);

        mvc.perform(get("/account").with(user(scripted)))
                .andExpect(content().string(containsString("&lt;script&gt;")))
                .andExpect(content().string(not(containsString(SCRIPT))));
        mvc.perform(get("/").with(user(scripted)))
                .andExpect(content().string(containsString("id=\"my-account\" href=\"/account\">&lt;script&gt;")))
                .andExpect(content().string(not(containsString(SCRIPT))));
        mvc.perform(get("/admin/accounts").param("text", "xss").with(user(admin)))
                .andExpect(content().string(containsString("&lt;script&gt;")))
                .andExpect(content().string(not(containsString(SCRIPT))));
        mvc.perform(get("/admin/accounts/{id}", id).with(user(admin)))
                .andExpect(content().string(containsString("&lt;script&gt;")))
                .andExpect(content().string(not(containsString(SCRIPT))));
        mvc.perform(get("/admin/audit").param("entityId", String.valueOf(id)).with(user(admin)))
                .andExpect(content().string(containsString("&lt;script&gt;")))
                .andExpect(content().string(not(containsString(SCRIPT))));
    }

    @Test
    void every_admin_page_is_forbidden_without_its_permission() throws Exception {
        CurrentUser everythingElse = TestUsers.withGrants("nearly-admin", null, TestUsers.grant(ScopeKind.ALL, null,
                Permissions.ALL.stream().filter(p -> !p.equals(Permissions.ACCOUNT_MANAGE) && !p.equals(Permissions.AUDIT_READ))
                        .toArray(String[]::new)));
        String[] pages = {"/admin/accounts", "/admin/accounts/new", "/admin/accounts/" + victim,
                "/admin/accounts/units?q=a", "/admin/roles", "/admin/roles/new", "/admin/roles/SYSTEM_ADMIN",
                "/admin/audit"};
        for (String page : pages) {
            mvc.perform(get(page).with(user(everythingElse))).andExpect(status().isForbidden());
        }
        String[] actions = {"/admin/accounts", "/admin/accounts/" + victim + "/lock", "/admin/accounts/" + victim + "/unlock",
                "/admin/accounts/" + victim + "/enable", "/admin/accounts/" + victim + "/disable",
                "/admin/accounts/" + victim + "/clear-block", "/admin/accounts/" + victim + "/reset-password",
                "/admin/accounts/" + victim + "/grants", "/admin/accounts/" + victim + "/grants/1/remove",
                "/admin/accounts/" + victim + "/person", "/admin/accounts/" + victim + "/person/remove",
                "/admin/roles", "/admin/roles/DELEGATE", "/admin/roles/DELEGATE/delete"};
        for (String action : actions) {
            mvc.perform(post(action).with(user(everythingElse)).with(csrf()).param("role", "SYSTEM_ADMIN")
                    .param("scope", "ALL").param("nameZh", "x").param("nameEn", "x").param("person", "1"))
                    .andExpect(status().isForbidden());
        }
        // the pages of account:manage and audit:read are separate permissions
        CurrentUser auditorOnly = TestUsers.withGrants("auditor-only", null,
                TestUsers.grant(ScopeKind.ALL, null, Permissions.AUDIT_READ));
        mvc.perform(get("/admin/audit").with(user(auditorOnly))).andExpect(status().isOk());
        mvc.perform(get("/admin/accounts").with(user(auditorOnly))).andExpect(status().isForbidden());
    }

    @Test
    void account_management_and_the_whole_audit_log_need_a_company_wide_grant() throws Exception {
        CurrentUser unitAdmin = TestUsers.withGrants("unit-admin", null, TestUsers.grant(ScopeKind.UNIT, 1L,
                Permissions.ACCOUNT_MANAGE, Permissions.AUDIT_READ));
        mvc.perform(get("/admin/accounts").with(user(unitAdmin))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts/" + victim + "/grants").with(user(unitAdmin)).with(csrf())
                .param("role", "SYSTEM_ADMIN").param("scope", "ALL")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(user(unitAdmin))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit").with(user(unitAdmin))).andExpect(status().isForbidden());
    }
}
