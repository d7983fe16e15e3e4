package org.cadre.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cadre.IntegrationTest;
import org.cadre.identity.AccountAdministration;
import org.cadre.identity.ScopeKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class MeApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApiTokens tokens;
    @Autowired
    AccountAdministration administration;
    @Autowired
    JsonMapper json;

    TestAccounts accounts;
    long id;
    long unitId;
    String token;

    @BeforeEach
    void setUp() {
        accounts = TestAccounts.in(context);
        id = accounts.create("meapi");
        unitId = new org.cadre.people.PeopleFixtures(context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)).unit("Finance Department", null);
        administration.grant(id, "UNIT_HEAD", ScopeKind.UNIT, unitId);
        token = tokens.create(id, "first", null).token();
    }

    @Test
    void me_tells_who_i_am_with_my_grants_and_permissions() throws Exception {
        mvc.perform(api(get("/api/v1/me")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.account.id").value(id))
                .andExpect(jsonPath("$.account.username").value(accounts.username(id)))
                .andExpect(jsonPath("$.account.grants[0].role").value("UNIT_HEAD"))
                .andExpect(jsonPath("$.account.grants[0].scope").value("UNIT"))
                .andExpect(jsonPath("$.account.grants[0].unitId").value(unitId))
                .andExpect(jsonPath("$.permissions").value(hasItem("people:read")));
    }

    @Test
    void a_token_is_created_shown_once_listed_without_its_secret_and_revoked() throws Exception {
        String answer = mvc.perform(api(post("/api/v1/me/tokens")).contentType("application/json")
                        .content("{\"name\":\"nightly export\",\"validDays\":7}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("nightly export"))
                .andReturn().getResponse().getContentAsString();
        JsonNode created = json.readTree(answer);
        String secret = created.get("token").asString();
        assertThat(secret).startsWith("cad_");
        assertThat(created.get("expiresAt").isNull()).isFalse();

        String list = mvc.perform(api(get("/api/v1/me/tokens"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name").value(hasItem("nightly export")))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain(secret).contains(secret.substring(0, 10));

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
        mvc.perform(api(delete("/api/v1/me/tokens/{t}", created.get("id").asLong()))).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isUnauthorized());
    }

    @Test
    void a_token_needs_a_name_and_a_validity_of_1_to_3650_days() throws Exception {
        mvc.perform(api(post("/api/v1/me/tokens")).contentType("application/json").content("{\"name\":\"\",\"validDays\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("name")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem("A token is valid for 1 to 3650 days.")));
    }

    @Test
    void someone_elses_token_is_not_found() throws Exception {
        long other = accounts.create("stranger");
        long theirs = tokens.create(other, "theirs", null).id();

        mvc.perform(api(delete("/api/v1/me/tokens/{t}", theirs))).andExpect(status().isNotFound());
    }

    @Test
    void my_password_is_changed_with_the_current_one() throws Exception {
        mvc.perform(api(post("/api/v1/me/password")).contentType("application/json")
                        .content("{\"currentPassword\":\"wrong-one-123\",\"newPassword\":\"Another-pass-55\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("currentPassword"));
        mvc.perform(api(post("/api/v1/me/password")).contentType("application/json")
                        .content("{\"currentPassword\":\"%s\",\"newPassword\":\"Another-pass-55\"}"
                                .formatted(TestAccounts.PASSWORD)))
                .andExpect(status().isNoContent());
    }

    private MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + token).header("Accept-Language", "en");
    }
}
