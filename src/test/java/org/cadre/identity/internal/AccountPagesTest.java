package org.cadre.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.cadre.IntegrationTest;
import org.cadre.identity.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
class AccountPagesTest {

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
        admin = accounts.principal(accounts.create("admin", "SYSTEM_ADMIN"));
    }

    @Test
    void the_list_is_filtered_by_text_role_and_status() throws Exception {
        String marker = TestAccounts.uniqueName("flt");
        long plain = createThroughPage(marker + "-plain", "Plain " + marker);
        long auditor = createThroughPage(marker + "-auditor", "Auditor " + marker);
        long locked = createThroughPage(marker + "-locked", "Locked " + marker);
        mvc.perform(asAdmin(post("/admin/accounts/{id}/grants", auditor)).param("role", "ORG_DEPT")
                .param("scope", "ALL")).andExpect(status().is3xxRedirection());
        mvc.perform(asAdmin(post("/admin/accounts/{id}/lock", locked))).andExpect(status().is3xxRedirection());

        mvc.perform(asAdmin(get("/admin/accounts")).param("text", marker))
                .andExpect(content().string(containsString(marker + "-plain")))
                .andExpect(content().string(containsString(marker + "-auditor")));
        mvc.perform(asAdmin(get("/admin/accounts")).param("text", marker).param("role", "ORG_DEPT"))
                .andExpect(content().string(containsString(marker + "-auditor")))
                .andExpect(content().string(not(containsString(marker + "-plain"))));
        mvc.perform(asAdmin(get("/admin/accounts")).param("text", marker).param("status", "LOCKED"))
                .andExpect(content().string(containsString(marker + "-locked")))
                .andExpect(content().string(not(containsString(marker + "-auditor"))));
        // htmx asks only for the results
        mvc.perform(asAdmin(get("/admin/accounts")).param("text", "Plain " + marker).header("HX-Request", "true"))
                .andExpect(content().string(containsString(marker + "-plain")))
                .andExpect(content().string(not(containsString("<nav class=\"navbar"))));
        assertThat(plain).isPositive();
    }

    @Test
    void the_list_names_each_account_s_roles_in_the_reader_s_language() throws Exception {
        String marker = TestAccounts.uniqueName("rln");
        long id = createThroughPage(marker, "Roles " + marker);
        mvc.perform(asAdmin(post("/admin/accounts/{id}/grants", id)).param("role", "ORG_DEPT").param("scope", "ALL"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(asAdmin(get("/admin/accounts")).param("text", marker))
                .andExpect(content().string(containsString(">Organization &amp; Personnel Department</span>")))
                .andExpect(content().string(not(containsString(">ORG_DEPT</span>"))));
    }

    @Test
    void a_weak_initial_password_is_shown_next_to_the_field_and_nothing_is_created() throws Exception {
        String username = TestAccounts.uniqueName("weak");

        mvc.perform(asAdmin(post("/admin/accounts")).param("username", username).param("displayName", "Weak")
                        .param("password", "short1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A password needs at least 10 characters")))
                .andExpect(content().string(not(containsString("short1"))));
        mvc.perform(asAdmin(post("/admin/accounts")).param("username", "").param("displayName", "")
                        .param("password", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Required.")));

        assertThat(jdbc.sql("select count(*) from identity_account where username = ?").param(username)
                .query(Long.class).single()).isZero();
    }

    @Test
    void creating_an_account_is_audited_without_the_password() throws Exception {
        String username = TestAccounts.uniqueName("new");
        long id = createThroughPage(username, "New Person");

        String audited = jdbc.sql("""
                select concat(summary, before_state::text, after_state::text) from audit_entry
                where action = 'account.created' and entity_id = ?""").param(String.valueOf(id))
                .query(String.class).single();
        assertThat(audited).contains(username).doesNotContain(TestAccounts.PASSWORD).doesNotContain("bcrypt")
                .doesNotContainIgnoringCase("hash");
        mvc.perform(asAdmin(get("/admin/accounts/{id}", id)))
                .andExpect(content().string(containsString("New Person")));
    }

    @Test
    void grants_are_added_and_removed_with_before_and_after_in_the_audit_log() throws Exception {
        long id = accounts.create("granted");
        long unitId = new org.cadre.people.PeopleFixtures(jdbc).unit("Cathode Granted Unit", null);

        mvc.perform(asAdmin(post("/admin/accounts/{id}/grants", id)).param("role", "UNIT_HEAD")
                        .param("scope", "UNIT").param("unitId", String.valueOf(unitId)))
                .andExpect(redirectedUrl("/admin/accounts/" + id));
        // the unit is shown by its name
        mvc.perform(asAdmin(get("/admin/accounts/{id}", id)))
                .andExpect(content().string(containsString("Unit head")))
                .andExpect(content().string(containsString("Cathode Granted Unit")));
        long grantId = jdbc.sql("select id from identity_grant where account_id = ?").param(id)
                .query(Long.class).single();

        mvc.perform(asAdmin(post("/admin/accounts/{id}/grants/{g}/remove", id, grantId)))
                .andExpect(redirectedUrl("/admin/accounts/" + id))
                .andExpect(flash().attribute("alertSuccess", "The grant was removed."));

        assertThat(jdbc.sql("select count(*) from identity_grant where account_id = ?").param(id)
                .query(Long.class).single()).isZero();
        String removal = jdbc.sql("""
                select concat(before_state::text, ' | ', after_state::text) from audit_entry
                where action = 'account.grantRemoved' and entity_id = ?""").param(String.valueOf(id))
                .query(String.class).single();
        assertThat(removal.split(" \\| ")[0]).contains("UNIT_HEAD").contains("\"unitId\": " + unitId);
        assertThat(removal.split(" \\| ")[1]).doesNotContain("UNIT_HEAD");
    }

    @Test
    void removing_a_grant_signs_the_account_out_since_a_session_keeps_its_grants() throws Exception {
        long id = accounts.create("demoted", "ORG_DEPT");
        Cookie browser = TestAccounts.session(mvc.perform(formLogin().user(accounts.username(id))
                .password(TestAccounts.PASSWORD)).andReturn());
        mvc.perform(get("/").cookie(browser)).andExpect(status().isOk());
        long grantId = jdbc.sql("select id from identity_grant where account_id = ?").param(id)
                .query(Long.class).single();

        mvc.perform(asAdmin(post("/admin/accounts/{id}/grants/{g}/remove", id, grantId)))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/").cookie(browser)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void a_grant_scoped_to_a_unit_needs_the_unit() throws Exception {
        long id = accounts.create("nounit");

        mvc.perform(asAdmin(post("/admin/accounts/{id}/grants", id)).param("role", "UNIT_HEAD").param("scope", "UNIT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A grant scoped to a unit needs the unit")));
    }

    @Test
    void an_administrator_cannot_lock_or_disable_themself() throws Exception {
        mvc.perform(asAdmin(post("/admin/accounts/{id}/lock", admin.accountId())))
                .andExpect(flash().attribute("alertError", "You cannot lock your own account."));
        mvc.perform(asAdmin(post("/admin/accounts/{id}/disable", admin.accountId())))
                .andExpect(flash().attribute("alertError", "You cannot disable your own account."));

        assertThat(jdbc.sql("select enabled and not locked from identity_account where id = ?")
                .param(admin.accountId()).query(Boolean.class).single()).isTrue();
    }

    /** Every other administrator is disabled inside the test's transaction, which is rolled back afterwards. */
    @Test
    @Transactional
    void the_last_system_administrator_grant_cannot_be_removed() throws Exception {
        jdbc.sql("update identity_account set enabled = false where id <> ?").param(admin.accountId()).update();
        long grantId = jdbc.sql("select id from identity_grant where account_id = ?").param(admin.accountId())
                .query(Long.class).single();

        mvc.perform(asAdmin(post("/admin/accounts/{id}/grants/{g}/remove", admin.accountId(), grantId)))
                .andExpect(flash().attribute("alertError", containsString("last company-wide System administrator")));

        assertThat(jdbc.sql("select count(*) from identity_grant where id = ?").param(grantId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void locking_signs_the_account_out_everywhere_and_unlocking_lets_it_in_again() throws Exception {
        long id = accounts.create("session");
        String username = accounts.username(id);
        Cookie browser = TestAccounts.session(mvc.perform(formLogin().user(username).password(TestAccounts.PASSWORD))
                .andExpect(authenticated()).andReturn());
        mvc.perform(get("/").cookie(browser)).andExpect(status().isOk());

        mvc.perform(asAdmin(post("/admin/accounts/{id}/lock", id)))
                .andExpect(flash().attribute("alertSuccess", containsString("locked")));

        mvc.perform(get("/").cookie(browser)).andExpect(redirectedUrl("/login"));
        mvc.perform(formLogin().user(username).password(TestAccounts.PASSWORD)).andExpect(unauthenticated());
        mvc.perform(asAdmin(post("/admin/accounts/{id}/unlock", id))).andExpect(status().is3xxRedirection());
        mvc.perform(formLogin().user(username).password(TestAccounts.PASSWORD)).andExpect(authenticated());
        assertThat(jdbc.sql("select string_agg(action, ',' order by id) from audit_entry where entity_id = ?")
                .param(String.valueOf(id)).query(String.class).single())
                .contains("account.locked", "account.unlocked");
    }

    @Test
    void a_disabled_account_is_signed_out_and_enabling_lets_it_in_again() throws Exception {
        long id = accounts.create("toggle");
        String username = accounts.username(id);
        Cookie browser = TestAccounts.session(mvc.perform(formLogin().user(username).password(TestAccounts.PASSWORD))
                .andReturn());

        mvc.perform(asAdmin(post("/admin/accounts/{id}/disable", id))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/").cookie(browser)).andExpect(redirectedUrl("/login"));
        mvc.perform(formLogin().user(username).password(TestAccounts.PASSWORD)).andExpect(unauthenticated());

        mvc.perform(asAdmin(post("/admin/accounts/{id}/enable", id))).andExpect(status().is3xxRedirection());
        mvc.perform(formLogin().user(username).password(TestAccounts.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void a_reset_password_is_shown_once_and_must_be_replaced_at_the_next_sign_in() throws Exception {
        long id = accounts.create("reset");
        String username = accounts.username(id);

        String page = mvc.perform(asAdmin(post("/admin/accounts/{id}/reset-password", id)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher shown = Pattern.compile("<code class=\"fs-5\">([^<]+)</code>").matcher(page);
        assertThat(shown.find()).isTrue();
        String temporary = shown.group(1);
        mvc.perform(asAdmin(get("/admin/accounts/{id}", id))).andExpect(content().string(not(containsString(temporary))));
        mvc.perform(formLogin().user(username).password(TestAccounts.PASSWORD)).andExpect(unauthenticated());

        MvcResult signedIn = mvc.perform(formLogin().user(username).password(temporary))
                .andExpect(authenticated()).andExpect(redirectedUrl("/account")).andReturn();
        Cookie browser = TestAccounts.session(signedIn);
        mvc.perform(get("/").cookie(browser)).andExpect(redirectedUrl("/account"));
        mvc.perform(get("/account").cookie(browser).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("You signed in with a temporary password")));

        mvc.perform(post("/account/password").cookie(browser).with(csrf()).param("currentPassword", temporary)
                        .param("newPassword", "My-own-password-7").param("confirmPassword", "My-own-password-7"))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/").cookie(browser)).andExpect(status().isOk());

        String audited = jdbc.sql("""
                select string_agg(concat(summary, before_state::text, after_state::text), ' ') from audit_entry
                where entity_type = 'account' and entity_id = ?""").param(String.valueOf(id))
                .query(String.class).single();
        assertThat(audited).doesNotContain(temporary).doesNotContain("My-own-password-7").doesNotContain("bcrypt");
    }

    @Test
    void a_temporary_password_keeps_the_api_closed_to_the_session_and_the_tokens_until_one_is_chosen()
            throws Exception {
        long id = accounts.create("tempapi");
        String token = context.getBean(ApiTokens.class).create(id, "before the reset", null).token();
        String page = mvc.perform(asAdmin(post("/admin/accounts/{id}/reset-password", id)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher shown = Pattern.compile("<code class=\"fs-5\">([^<]+)</code>").matcher(page);
        assertThat(shown.find()).isTrue();
        String temporary = shown.group(1);
        Cookie browser = TestAccounts.session(mvc.perform(formLogin().user(accounts.username(id)).password(temporary))
                .andExpect(authenticated()).andReturn());

        mvc.perform(post("/api/v1/me/tokens").cookie(browser).with(csrf()).header("Accept-Language", "en")
                        .contentType("application/json").content("{\"name\":\"sneaky\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("api.passwordMustChange"))
                .andExpect(jsonPath("$.detail").value(containsString("temporary")));
        mvc.perform(get("/api/v1/me").cookie(browser)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("api.passwordMustChange"));
        assertThat(jdbc.sql("select count(*) from identity_api_token where account_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(1);

        mvc.perform(post("/account/password").cookie(browser).with(csrf()).param("currentPassword", temporary)
                        .param("newPassword", "My-own-password-7").param("confirmPassword", "My-own-password-7"))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/api/v1/me").cookie(browser)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
    }

    @Test
    void a_login_block_is_cleared_by_an_administrator() throws Exception {
        long id = accounts.create("blocked");
        jdbc.sql("update identity_account set failed_logins = 7, login_blocked_until = now() + interval '1 hour' where id = ?")
                .param(id).update();
        mvc.perform(asAdmin(get("/admin/accounts/{id}", id)))
                .andExpect(content().string(containsString("Blocked after failed sign-ins")));

        mvc.perform(asAdmin(post("/admin/accounts/{id}/clear-block", id))).andExpect(status().is3xxRedirection());

        mvc.perform(formLogin().user(accounts.username(id)).password(TestAccounts.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void an_account_is_linked_to_a_person_by_employee_number_and_a_person_only_once() throws Exception {
        long first = accounts.create("linked");
        long second = accounts.create("linked");
        var people = new org.cadre.people.PeopleFixtures(jdbc);
        String employeeNo = people.unique("E");
        long personId = people.person("林晓文", people.unit("Linked Unit", null)).employeeNo(employeeNo).create();

        mvc.perform(asAdmin(post("/admin/accounts/{id}/person", first)).param("person", employeeNo))
                .andExpect(redirectedUrl("/admin/accounts/" + first));
        mvc.perform(asAdmin(get("/admin/accounts/{id}", first)))
                .andExpect(content().string(containsString("林晓文")));
        assertThat(jdbc.sql("select person_id from identity_account where id = ?").param(first)
                .query(Long.class).single()).isEqualTo(personId);

        mvc.perform(asAdmin(post("/admin/accounts/{id}/person", second)).param("person", employeeNo))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This person is already linked to the account")));
        mvc.perform(asAdmin(post("/admin/accounts/{id}/person", second)).param("person", "not-a-number"))
                .andExpect(content().string(containsString("No person not-a-number was found.")));

        mvc.perform(asAdmin(post("/admin/accounts/{id}/person/remove", first))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select person_id from identity_account where id = ?").param(first)
                .query(Long.class).optional()).isEmpty();
    }

    @Test
    void an_unknown_account_is_not_found() throws Exception {
        mvc.perform(asAdmin(get("/admin/accounts/{id}", 987_654_321L))).andExpect(status().isNotFound());
    }

    private long createThroughPage(String username, String displayName) throws Exception {
        String location = mvc.perform(asAdmin(post("/admin/accounts")).param("username", username)
                        .param("displayName", displayName).param("password", TestAccounts.PASSWORD))
                .andExpect(redirectedUrlPattern("/admin/accounts/*")).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(user(admin)).with(csrf()).header("Accept-Language", "en");
    }
}
