package org.cadre.identity.internal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cadre.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class OpenApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void the_openapi_document_lists_the_identity_endpoints_with_the_bearer_scheme() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Cadre API"))
                .andExpect(jsonPath("$.info.description").isNotEmpty())
                .andExpect(jsonPath("$.components.securitySchemes.bearerAuth.type").value("http"))
                .andExpect(jsonPath("$.components.securitySchemes.bearerAuth.scheme").value("bearer"))
                .andExpect(jsonPath("$.security[0].bearerAuth").exists())
                .andExpect(jsonPath("$.paths['/api/v1/me'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/me/tokens'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/me/tokens'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/me/tokens/{id}'].delete").exists())
                .andExpect(jsonPath("$.paths['/api/v1/users'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/users'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/users/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/users/{id}/grants'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/users/{id}/grants/{grantId}'].delete").exists())
                .andExpect(jsonPath("$.paths['/api/v1/users/{id}/lock'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/users/{id}/unlock'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/users/{id}/enable'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/users/{id}/disable'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/users/{id}/reset-password'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/roles'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/audit'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/audit'].get.summary").isNotEmpty());
    }

    @Test
    void swagger_ui_is_served_without_signing_in() throws Exception {
        mvc.perform(get("/swagger-ui.html")).andExpect(redirectedUrl("/swagger-ui/index.html"));
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }
}
