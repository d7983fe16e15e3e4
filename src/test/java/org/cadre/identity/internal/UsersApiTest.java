package org.cadre.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class UsersApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    TestAccounts accounts;
    long adminId;
    String token;

    @BeforeEach
    void setUp() {
        accounts = TestAccounts.in(context);
        adminId = accounts.create("usersapi", "SYSTEM_ADMIN");
        token = tokens.create(adminId, "tests", null).token();
    }

    @Test
    void an_account_is_created_read_and_found_in_the_paged_list() throws Exception {
        String marker = TestAccounts.uniqueName("api");
        long first = create(marker + "-a", "First");
        create(marker + "-b", "Second");

        mvc.perform(api(get("/api/v1/users/{id}", first)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(marker + "-a"))
                .andExpect(jsonPath("$.displayName").value("First"))
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.grants.length()").value(0));
        mvc.perform(api(get("/api/v1/users")).param("text", marker).param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].username").value(marker + "-a"));
        mvc.perform(api(get("/api/v1/users")).param("text", marker).param("page", "1").param("size", "1"))
                .andExpect(jsonPath("$.items[0].username").value(marker + "-b"));
    }

    @Test
    void a_taken_user_name_is_refused() throws Exception {
        String username = TestAccounts.uniqueName("taken");
        create(username, "Once");

        mvc.perform(api(post("/api/v1/users")).contentType("application/json").content(body(username.toUpperCase(), "Twice")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("account.username.taken"))
                .andExpect(jsonPath("$.field").value("username"));
    }

    @Test
    void grants_are_added_and_removed() throws Exception {
        long id = create(TestAccounts.uniqueName("grantee"), "Grantee");
        long unitId = new org.cadre.people.PeopleFixtures(jdbc).unit("Grant Test Unit", null);

        String added = mvc.perform(api(post("/api/v1/users/{id}/grants", id)).contentType("application/json")
                        .content("{\"role\":\"UNIT_HEAD\",\"scope\":\"UNIT\",\"unitId\":" + unitId + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.role").value("UNIT_HEAD"))
                .andExpect(jsonPath("$.roleName").value("Unit head"))
                .andExpect(jsonPath("$.scope").value("UNIT"))
                .andExpect(jsonPath("$.unitName").value("Grant Test Unit"))
                .andReturn().getResponse().getContentAsString();
        long grantId = json.readTree(added).get("id").asLong();
        mvc.perform(api(post("/api/v1/users/{id}/grants", id)).contentType("application/json")
                        .content("{\"role\":\"NO_SUCH_ROLE\",\"scope\":\"ALL\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("account.role.unknown"));
        mvc.perform(api(post("/api/v1/users/{id}/grants", id)).contentType("application/json")
                        .content("{\"role\":\"UNIT_HEAD\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("scope")));

        mvc.perform(api(delete("/api/v1/users/{id}/grants/{g}", id, grantId))).andExpect(status().isNoContent());
        mvc.perform(api(get("/api/v1/users/{id}", id))).andExpect(jsonPath("$.grants.length()").value(0));
        mvc.perform(api(delete("/api/v1/users/{id}/grants/{g}", id, grantId))).andExpect(status().isNotFound());
    }

    @Test
    void an_account_is_locked_unlocked_disabled_enabled_and_cleared_of_a_block() throws Exception {
        long id = create(TestAccounts.uniqueName("states"), "States");

        mvc.perform(api(post("/api/v1/users/{id}/lock", id))).andExpect(jsonPath("$.locked").value(true));
        mvc.perform(api(post("/api/v1/users/{id}/unlock", id))).andExpect(jsonPath("$.locked").value(false));
        mvc.perform(api(post("/api/v1/users/{id}/disable", id))).andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(api(post("/api/v1/users/{id}/enable", id))).andExpect(jsonPath("$.enabled").value(true));
        jdbc.sql("update identity_account set failed_logins = 9, login_blocked_until = now() + interval '1 hour' where id = ?")
                .param(id).update();
        mvc.perform(api(get("/api/v1/users/{id}", id))).andExpect(jsonPath("$.loginBlocked").value(true));
        mvc.perform(api(post("/api/v1/users/{id}/clear-block", id))).andExpect(jsonPath("$.loginBlocked").value(false));
    }

    @Test
    void the_caller_cannot_lock_or_disable_themself() throws Exception {
        mvc.perform(api(post("/api/v1/users/{id}/lock", adminId)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("account.self.lock"))
                .andExpect(jsonPath("$.detail").value("You cannot lock your own account."));
        mvc.perform(api(post("/api/v1/users/{id}/disable", adminId)))
                .andExpect(jsonPath("$.code").value("account.self.disable"));
    }

    @Test
    void a_reset_password_is_returned_once_and_is_temporary() throws Exception {
        String username = TestAccounts.uniqueName("resetapi");
        long id = create(username, "Reset");

        String answer = mvc.perform(api(post("/api/v1/users/{id}/reset-password", id)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String temporary = json.readTree(answer).get("temporaryPassword").asString();

        mvc.perform(api(get("/api/v1/users/{id}", id))).andExpect(jsonPath("$.passwordTemporary").value(true));
        mvc.perform(formLogin().user(username).password(temporary)).andExpect(authenticated());
    }

    @Test
    void a_person_is_linked_and_unlinked_and_each_ends_the_accounts_sessions() throws Exception {
        String username = TestAccounts.uniqueName("person");
        long id = create(username, "Person");
        var people = new org.cadre.people.PeopleFixtures(jdbc);
        String employeeNo = people.unique("E");
        long personId = people.person("周文静", people.unit("Api Linked Unit", null)).employeeNo(employeeNo).create();
        String password = json.readTree(mvc.perform(api(post("/api/v1/users/{id}/reset-password", id)))
                .andReturn().getResponse().getContentAsString()).get("temporaryPassword").asString();

        // a session keeps the person it signed in as: linking another one ends it
        mvc.perform(formLogin().user(username).password(password)).andExpect(authenticated());
        assertThat(sessionsOf(username)).isPositive();
        mvc.perform(api(put("/api/v1/users/{id}/person", id)).contentType("application/json")
                        .content("{\"person\":\"" + employeeNo + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.person.id").value(personId));
        assertThat(sessionsOf(username)).isZero();

        mvc.perform(formLogin().user(username).password(password)).andExpect(authenticated());
        mvc.perform(api(delete("/api/v1/users/{id}/person", id)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.person").doesNotExist());
        assertThat(sessionsOf(username)).isZero();
    }

    private long sessionsOf(String username) {
        return jdbc.sql("select count(*) from spring_session where principal_name = ?").param(username)
                .query(Long.class).single();
    }

    @Test
    void an_unknown_account_is_404() throws Exception {
        mvc.perform(api(get("/api/v1/users/{id}", 987_654_321L)))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.status").value(404));
    }

    private long create(String username, String displayName) throws Exception {
        String answer = mvc.perform(api(post("/api/v1/users")).contentType("application/json")
                        .content(body(username, displayName)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/users/")))
                .andReturn().getResponse().getContentAsString();
        JsonNode user = json.readTree(answer);
        return user.get("id").asLong();
    }

    private static String body(String username, String displayName) {
        return """
                {"username":"%s","displayName":"%s","password":"%s"}""".formatted(username, displayName,
                TestAccounts.PASSWORD);
    }

    private MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + token).header("Accept-Language", "en");
    }
}
