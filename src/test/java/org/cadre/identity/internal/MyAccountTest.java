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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cadre.IntegrationTest;
import org.cadre.identity.AccountAdministration;
import org.cadre.identity.CurrentUser;
import org.cadre.identity.ScopeKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class MyAccountTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountAdministration administration;

    TestAccounts accounts;
    long id;
    CurrentUser me;

    @BeforeEach
    void setUp() {
        accounts = TestAccounts.in(context);
        id = accounts.create("me");
        administration.grant(id, "EMPLOYEE", ScopeKind.SELF, null);
        administration.grant(id, "UNIT_HEAD", ScopeKind.UNIT,
                new org.cadre.people.PeopleFixtures(context.getBean(JdbcClient.class)).unit("My Scope Unit", null));
        me = accounts.principal(id);
    }

    @Test
    void my_account_shows_my_roles_and_scopes() throws Exception {
        mvc.perform(as(get("/account")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(accounts.username(id))))
                .andExpect(content().string(containsString("Only oneself")))
                .andExpect(content().string(containsString("Unit head")))
                .andExpect(content().string(containsString("My Scope Unit")));
    }

    @Test
    void changing_the_password_needs_the_current_one_and_obeys_the_policy() throws Exception {
        mvc.perform(as(post("/account/password")).param("currentPassword", "Not-my-password-1")
                        .param("newPassword", "Brand-new-pass-9").param("confirmPassword", "Brand-new-pass-9"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("The current password is wrong.")));
        mvc.perform(as(post("/account/password")).param("currentPassword", TestAccounts.PASSWORD)
                        .param("newPassword", "short").param("confirmPassword", "short"))
                .andExpect(content().string(containsString("A password needs at least 10 characters")));
        mvc.perform(as(post("/account/password")).param("currentPassword", TestAccounts.PASSWORD)
                        .param("newPassword", "Brand-new-pass-9").param("confirmPassword", "Brand-new-pass-8"))
                .andExpect(content().string(containsString("The two new passwords differ.")));

        mvc.perform(as(post("/account/password")).param("currentPassword", TestAccounts.PASSWORD)
                        .param("newPassword", "Brand-new-pass-9").param("confirmPassword", "Brand-new-pass-9"))
                .andExpect(redirectedUrl("/account"));

        mvc.perform(formLogin().user(accounts.username(id)).password("Brand-new-pass-9")).andExpect(authenticated());
        String audited = jdbc.sql("""
                select concat(summary, before_state::text, after_state::text) from audit_entry
                where action = 'account.passwordChanged' and entity_id = ?""").param(String.valueOf(id))
                .query(String.class).single();
        assertThat(audited).doesNotContain("Brand-new-pass-9").doesNotContain(TestAccounts.PASSWORD)
                .doesNotContain("bcrypt");
    }

    @Test
    void five_wrong_current_passwords_block_the_account_like_failed_sign_ins() throws Exception {
        for (int guess = 1; guess < LoginThrottle.FREE_ATTEMPTS; guess++) {
            mvc.perform(as(post("/account/password")).param("currentPassword", "Guess-number-" + guess)
                            .param("newPassword", "Brand-new-pass-9").param("confirmPassword", "Brand-new-pass-9"))
                    .andExpect(content().string(containsString("The current password is wrong.")));
        }
        assertThat(jdbc.sql("select failed_logins from identity_account where id = ?").param(id)
                .query(Integer.class).single()).isEqualTo(LoginThrottle.FREE_ATTEMPTS - 1);

        mvc.perform(as(post("/account/password")).param("currentPassword", "Guess-number-5")
                        .param("newPassword", "Brand-new-pass-9").param("confirmPassword", "Brand-new-pass-9"))
                .andExpect(content().string(containsString("Too many wrong passwords: the account is blocked until")));
        mvc.perform(as(post("/account/password")).param("currentPassword", TestAccounts.PASSWORD)
                        .param("newPassword", "Brand-new-pass-9").param("confirmPassword", "Brand-new-pass-9"))
                .andExpect(content().string(containsString("Too many wrong passwords")));
        mvc.perform(formLogin().user(accounts.username(id)).password(TestAccounts.PASSWORD))
                .andExpect(unauthenticated());
        mvc.perform(post("/api/v1/me/password").with(user(me)).with(csrf()).header("Accept-Language", "en")
                        .contentType("application/json")
                        .content("{\"currentPassword\":\"" + TestAccounts.PASSWORD + "\",\"newPassword\":\"Brand-new-pass-9\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("account.password.blocked"));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'account.passwordChanged' and entity_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isZero();
    }

    @Test
    void the_right_current_password_starts_the_count_of_wrong_ones_again() throws Exception {
        jdbc.sql("update identity_account set failed_logins = 3 where id = ?").param(id).update();
        mvc.perform(as(post("/account/password")).param("currentPassword", TestAccounts.PASSWORD)
                        .param("newPassword", "Brand-new-pass-9").param("confirmPassword", "Brand-new-pass-9"))
                .andExpect(redirectedUrl("/account"));
        assertThat(jdbc.sql("select failed_logins from identity_account where id = ?").param(id)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void a_token_is_shown_once_listed_by_its_prefix_and_revoked() throws Exception {
        String created = mvc.perform(as(post("/account/tokens")).param("name", "Reporting script").param("validDays", "30"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher token = Pattern.compile("(cad_[A-Za-z0-9_-]{43})").matcher(created);
        assertThat(token.find()).isTrue();
        String secret = token.group(1);

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
        mvc.perform(as(get("/account")))
                .andExpect(content().string(containsString("Reporting script")))
                .andExpect(content().string(containsString(secret.substring(0, 10) + "…")))
                .andExpect(content().string(not(containsString(secret))));

        long tokenId = jdbc.sql("select id from identity_api_token where account_id = ?").param(id)
                .query(Long.class).single();
        mvc.perform(as(post("/account/tokens/{t}/revoke", tokenId))).andExpect(redirectedUrl("/account"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isUnauthorized());
        mvc.perform(as(get("/account"))).andExpect(content().string(containsString("Revoked")));
    }

    @Test
    void a_token_needs_a_name_and_a_sensible_validity() throws Exception {
        mvc.perform(as(post("/account/tokens")).param("name", "").param("validDays", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Required.")))
                .andExpect(content().string(containsString("A token is valid for 1 to 3650 days.")));
    }

    @Test
    void someone_elses_token_cannot_be_revoked() throws Exception {
        long other = accounts.create("other");
        long theirs = context.getBean(ApiTokens.class).create(other, "theirs", null).id();

        mvc.perform(as(post("/account/tokens/{t}/revoke", theirs))).andExpect(status().isNotFound());

        assertThat(jdbc.sql("select revoked_at is null from identity_api_token where id = ?").param(theirs)
                .query(Boolean.class).single()).isTrue();
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.with(user(me)).with(csrf()).header("Accept-Language", "en");
    }
}
