package org.cadre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Every module's JSON API is in the OpenAPI document, and every operation says what it does. */
@IntegrationTest
class ApiDocumentTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    @Test
    @SuppressWarnings("unchecked")
    void every_module_publishes_its_api_and_every_operation_has_a_summary() throws Exception {
        String body = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        Map<String, Map<String, Map<String, Object>>> paths =
                (Map<String, Map<String, Map<String, Object>>>) json.readValue(body, Map.class).get("paths");

        assertThat(paths.keySet()).anyMatch(p -> p.startsWith("/api/v1/people"))
                .anyMatch(p -> p.startsWith("/api/v1/units"))
                .anyMatch(p -> p.startsWith("/api/v1/ballots"))
                .anyMatch(p -> p.startsWith("/api/v1/votes"))
                .anyMatch(p -> p.startsWith("/api/v1/assessment"))
                .anyMatch(p -> p.startsWith("/api/v1/cadres/reserve"))
                .anyMatch(p -> p.startsWith("/api/v1/cadres/selections"))
                .anyMatch(p -> p.startsWith("/api/v1/cadres/terms"))
                .anyMatch(p -> p.startsWith("/api/v1/cadres/contracts"))
                .anyMatch(p -> p.startsWith("/api/v1/cadres/deployments"))
                .anyMatch(p -> p.startsWith("/api/v1/cadres/files"))
                .anyMatch(p -> p.startsWith("/api/v1/cadres/work"))
                .anyMatch(p -> p.startsWith("/api/v1/cadres/structure"))
                .anyMatch(p -> p.startsWith("/api/v1/notifications"))
                .anyMatch(p -> p.startsWith("/api/v1/congress/meetings"))
                .anyMatch(p -> p.startsWith("/api/v1/congress/board"))
                .anyMatch(p -> p.startsWith("/api/v1/congress/proposals"))
                .anyMatch(p -> p.startsWith("/api/v1/congress/welfare"));
        List<String> withoutSummary = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            Object summary = operation.get("summary");
            if (summary == null || summary.toString().isBlank()) {
                withoutSummary.add(method.toUpperCase() + " " + path);
            }
        }));
        assertThat(withoutSummary).as("operations without a summary").isEmpty();
    }
}
