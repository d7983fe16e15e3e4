package org.cadre.identity.internal;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cadre.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class RolesApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApiTokens tokens;

    String token;

    @BeforeEach
    void setUp() {
        token = tokens.create(TestAccounts.in(context).create("rolesapi", "SYSTEM_ADMIN"), "tests", null).token();
    }

    @Test
    void roles_are_listed_with_their_permissions() throws Exception {
        mvc.perform(api(get("/api/v1/roles")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'SYSTEM_ADMIN')].permissions[*]").value(hasItem("account:manage")))
                .andExpect(jsonPath("$[?(@.code == 'EMPLOYEE')].builtin").value(hasItem(true)));
    }

    @Test
    void a_custom_role_is_created_updated_with_its_version_and_deleted() throws Exception {
        String code = TestAccounts.uniqueName("API").toUpperCase().replace('-', '_');

        mvc.perform(api(post("/api/v1/roles")).contentType("application/json").content("""
                        {"code":"%s","nameZh":"只读","nameEn":"Read only","permissions":["org:read"]}""".formatted(code)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.permissions[0]").value("org:read"))
                .andExpect(jsonPath("$.version").value(0));
        mvc.perform(api(put("/api/v1/roles/{c}", code)).contentType("application/json").content("""
                        {"nameZh":"只读","nameEn":"Reader","permissions":["org:read","people:read"],"version":0}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nameEn").value("Reader"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(api(put("/api/v1/roles/{c}", code)).contentType("application/json").content("""
                        {"nameZh":"只读","nameEn":"Stale","permissions":[],"version":0}"""))
                .andExpect(status().isConflict());
        mvc.perform(api(post("/api/v1/roles")).contentType("application/json").content("""
                        {"code":"%s","nameZh":"x","nameEn":"x","permissions":["no:such"]}""".formatted(code + "_2")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("role.permission.unknown"));

        mvc.perform(api(delete("/api/v1/roles/{c}", code))).andExpect(status().isNoContent());
        mvc.perform(api(get("/api/v1/roles/{c}", code))).andExpect(status().isNotFound());
    }

    @Test
    void a_built_in_role_cannot_be_deleted() throws Exception {
        mvc.perform(api(delete("/api/v1/roles/{c}", "EMPLOYEE")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("role.builtin.delete"));
    }

    private MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + token).header("Accept-Language", "en");
    }
}
