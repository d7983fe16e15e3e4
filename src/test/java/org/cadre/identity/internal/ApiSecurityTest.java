package org.cadre.identity.internal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cadre.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ApiSecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;

    TestAccounts accounts;
    long adminId;
    String adminToken;

    @BeforeEach
    void setUp() {
        accounts = TestAccounts.in(context);
        adminId = accounts.create("apiadmin", "SYSTEM_ADMIN");
        adminToken = tokens.create(adminId, "tests", null).token();
    }

    @Test
    void a_valid_bearer_token_works_without_csrf() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + adminToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.account.username").value(accounts.username(adminId)));
        mvc.perform(post("/api/v1/users").header("Authorization", "Bearer " + adminToken)
                        .contentType("application/json").content("""
                                {"username":"%s","displayName":"By token","password":"%s"}"""
                                .formatted(TestAccounts.uniqueName("bytoken"), TestAccounts.PASSWORD)))
                .andExpect(status().isCreated());
    }

    @Test
    void an_unknown_revoked_or_expired_token_is_answered_401_with_a_problem() throws Exception {
        ApiTokens.CreatedToken revoked = tokens.create(adminId, "revoked", null);
        tokens.revoke(adminId, revoked.id());
        ApiTokens.CreatedToken expired = tokens.create(adminId, "expired", 1);
        jdbc.sql("update identity_api_token set expires_at = now() - interval '1 minute' where id = ?")
                .param(expired.id()).update();

        for (String token : new String[] {"cad_unknown-token", revoked.token(), expired.token()}) {
            mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token).header("Accept-Language", "en"))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.status").value(401))
                    .andExpect(jsonPath("$.detail").value("The API token is unknown, expired or revoked."));
        }
    }

    @Test
    void a_token_of_a_locked_account_is_refused() throws Exception {
        jdbc.sql("update identity_account set locked = true where id = ?").param(adminId).update();

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + adminToken))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void a_request_without_a_token_is_answered_401_not_sent_to_the_login_page() throws Exception {
        mvc.perform(get("/api/v1/users").header("Accept-Language", "zh-CN"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("Location"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(containsString("需要身份认证")));
    }

    @Test
    void a_user_without_the_permission_gets_403_problem_detail() throws Exception {
        long clerk = accounts.create("clerk", "EMPLOYEE");
        String token = tokens.create(clerk, "clerk", null).token();

        mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(post("/api/v1/users/{id}/lock", adminId).header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/roles").header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());
        // but everyone may see themself
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
    }

    @Test
    void a_session_authenticated_post_to_the_api_without_csrf_is_refused() throws Exception {
        mvc.perform(post("/api/v1/me/tokens").with(user(accounts.principal(adminId)))
                        .contentType("application/json").content("{\"name\":\"sneaky\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void validation_errors_are_400_problems_with_field_errors_in_the_callers_language() throws Exception {
        String blank = "{\"username\":\"\",\"displayName\":\"x\",\"password\":\"Long-enough-1\"}";

        mvc.perform(post("/api/v1/users").header("Authorization", "Bearer " + adminToken).header("Accept-Language", "en")
                        .contentType("application/json").content(blank))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("username")))
                .andExpect(jsonPath("$.errors[0].message").value("Required."));
        mvc.perform(post("/api/v1/users").header("Authorization", "Bearer " + adminToken).header("Accept-Language", "zh-CN")
                        .contentType("application/json").content(blank))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("必填。"));
        // a rule of the domain is a 422 with its message key and field
        mvc.perform(post("/api/v1/users").header("Authorization", "Bearer " + adminToken).header("Accept-Language", "en")
                        .contentType("application/json").content("""
                                {"username":"%s","displayName":"x","password":"weak"}"""
                                .formatted(TestAccounts.uniqueName("weak"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("account.password.weak"))
                .andExpect(jsonPath("$.field").value("password"));
    }
}
