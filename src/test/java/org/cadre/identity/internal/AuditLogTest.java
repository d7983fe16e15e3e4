package org.cadre.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.cadre.IntegrationTest;
import org.cadre.TestUsers;
import org.cadre.identity.AuditLog;
import org.cadre.identity.CurrentUser;
import org.cadre.identity.Permissions;
import org.cadre.identity.ScopeKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class AuditLogTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog audit;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Clock clock;

    String type;
    String actor;
    CurrentUser auditor;

    @BeforeEach
    void setUp() {
        type = TestAccounts.uniqueName("thing");
        actor = TestAccounts.uniqueName("clerk");
        auditor = TestUsers.withGrants(TestAccounts.uniqueName("auditor"), null,
                TestUsers.grant(ScopeKind.ALL, null, Permissions.AUDIT_READ));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_log_is_searched_by_actor_action_entity_date_and_text_newest_first() throws Exception {
        record(actor, "thing.created", "1", "first <b>draft</b>", null, Map.of("name", "<b>bold</b>"));
        record(actor, "thing.renamed", "1", "renamed to Final", Map.of("name", "<b>bold</b>"), Map.of("name", "Final"));
        record("someone-else", "thing.created", "2", "another thing", null, Map.of("name", "Other"));

        mvc.perform(asAuditor(get("/admin/audit")).param("entityType", type).param("actor", actor.toUpperCase()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("renamed to Final")))
                .andExpect(content().string(not(containsString("another thing"))))
                // the summary and the states are escaped, never markup
                .andExpect(content().string(containsString("first &lt;b&gt;draft&lt;/b&gt;")))
                .andExpect(content().string(containsString("&lt;b&gt;bold&lt;/b&gt;")))
                .andExpect(content().string(not(containsString("<b>bold</b>"))));
        String page = mvc.perform(asAuditor(get("/admin/audit")).param("entityType", type))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("another thing")).isLessThan(page.indexOf("renamed to Final"));
        assertThat(page.indexOf("renamed to Final")).isLessThan(page.indexOf("first &lt;b&gt;"));

        mvc.perform(asAuditor(get("/admin/audit")).param("entityType", type).param("action", "thing.renamed"))
                .andExpect(content().string(not(containsString("another thing"))))
                .andExpect(content().string(not(containsString("first &lt;b&gt;"))));
        mvc.perform(asAuditor(get("/admin/audit")).param("entityType", type).param("entityId", "2"))
                .andExpect(content().string(containsString("another thing")))
                .andExpect(content().string(not(containsString("renamed to Final"))));
        mvc.perform(asAuditor(get("/admin/audit")).param("entityType", type).param("text", "FINAL"))
                .andExpect(content().string(containsString("renamed to Final")))
                .andExpect(content().string(not(containsString("another thing"))));
        LocalDate today = LocalDate.now(clock);
        mvc.perform(asAuditor(get("/admin/audit")).param("entityType", type).param("from", today.toString())
                        .param("to", today.toString()))
                .andExpect(content().string(containsString("another thing")));
        mvc.perform(asAuditor(get("/admin/audit")).param("entityType", type).param("from", today.plusDays(1).toString()))
                .andExpect(content().string(not(containsString("another thing"))));
    }

    @Test
    void wildcards_in_the_text_match_only_themselves() throws Exception {
        record(actor, "thing.created", "1", "100% done", null, null);
        record(actor, "thing.created", "2", "1000 done", null, null);

        mvc.perform(asAuditor(get("/admin/audit")).param("entityType", type).param("text", "0%"))
                .andExpect(content().string(containsString("100% done")))
                .andExpect(content().string(not(containsString("1000 done"))));
    }

    @Test
    void the_api_gives_the_states_as_json_and_pages_newest_first() throws Exception {
        record(actor, "thing.created", "1", "made", null, Map.of("name", "<b>bold</b>"));
        record(actor, "thing.renamed", "1", "renamed", Map.of("name", "<b>bold</b>"), Map.of("name", "Final"));

        mvc.perform(get("/api/v1/audit").with(user(auditor)).param("entityType", type).param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].action").value("thing.renamed"))
                .andExpect(jsonPath("$.items[0].actor").value(actor))
                .andExpect(jsonPath("$.items[0].before.name").value("<b>bold</b>"))
                .andExpect(jsonPath("$.items[0].after.name").value("Final"));
    }

    @Test
    void reading_the_log_needs_the_audit_permission() throws Exception {
        CurrentUser clerk = TestUsers.withGrants("clerk", null, TestUsers.grant(ScopeKind.ALL, null, Permissions.ORG_READ));

        mvc.perform(get("/admin/audit").with(user(clerk))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit").with(user(clerk)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void the_database_refuses_to_change_or_delete_an_entry() {
        record(actor, "thing.created", "1", "kept forever", null, null);
        long id = jdbc.sql("select id from audit_entry where entity_type = ?").param(type).query(Long.class).single();

        assertThatThrownBy(() -> jdbc.sql("update audit_entry set summary = 'rewritten' where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot be changed or deleted");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot be changed or deleted");
        assertThat(jdbc.sql("select summary from audit_entry where id = ?").param(id).query(String.class).single())
                .isEqualTo("kept forever");
    }

    @Test
    void no_page_or_endpoint_changes_or_deletes_an_entry() throws Exception {
        record(actor, "thing.created", "1", "kept forever", null, Map.of("v", 1));
        long id = jdbc.sql("select id from audit_entry where entity_type = ?").param(type).query(Long.class).single();
        String before = fingerprint(id);
        CurrentUser superuser = TestUsers.orgDept();
        long tokenOwner = TestAccounts.in(context).create("tokenaudit", "SYSTEM_ADMIN");
        String token = tokens.create(tokenOwner, "audit test", null).token();

        for (String path : new String[] {"/admin/audit", "/admin/audit/" + id}) {
            mvc.perform(post(path).with(user(superuser)).with(csrf()).param("summary", "x"))
                    .andExpect(status().is4xxClientError());
            mvc.perform(put(path).with(user(superuser)).with(csrf())).andExpect(status().is4xxClientError());
            mvc.perform(delete(path).with(user(superuser)).with(csrf())).andExpect(status().is4xxClientError());
        }
        for (String path : new String[] {"/api/v1/audit", "/api/v1/audit/" + id}) {
            mvc.perform(post(path).header("Authorization", "Bearer " + token)
                    .contentType("application/json").content("{\"summary\":\"x\"}")).andExpect(status().is4xxClientError());
            mvc.perform(put(path).header("Authorization", "Bearer " + token)
                    .contentType("application/json").content("{}")).andExpect(status().is4xxClientError());
            mvc.perform(patch(path).header("Authorization", "Bearer " + token)
                    .contentType("application/json").content("{}")).andExpect(status().is4xxClientError());
            mvc.perform(delete(path).header("Authorization", "Bearer " + token)).andExpect(status().is4xxClientError());
        }

        assertThat(fingerprint(id)).isEqualTo(before);
    }

    private String fingerprint(long id) {
        return jdbc.sql("select md5(row(a.*)::text) from audit_entry a where id = ?").param(id)
                .query(String.class).single();
    }

    private void record(String username, String action, String entityId, String summary, Object before,
                        Object after) {
        CurrentUser user = TestUsers.withGrants(username, null);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            audit.record(action, type, entityId, summary, before, after);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private MockHttpServletRequestBuilder asAuditor(MockHttpServletRequestBuilder request) {
        return request.with(user(auditor)).header("Accept-Language", "en");
    }
}
