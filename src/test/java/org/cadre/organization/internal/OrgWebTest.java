package org.cadre.organization.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import org.cadre.TestUsers;
import org.cadre.identity.CurrentUser;
import org.cadre.identity.Permissions;
import org.cadre.identity.ScopeKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the organization's integration tests share: MockMvc calls as a given user, and test data. */
abstract class OrgWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    OrgFixtures fixtures;

    @Autowired
    void fixtures(JdbcClient jdbc) {
        this.fixtures = new OrgFixtures(jdbc);
    }

    static final CurrentUser ORG_DEPT = TestUsers.orgDept();

    /** Someone who may manage units, posts and assignments, but only within one unit's subtree. */
    static CurrentUser managerOf(long unitId) {
        return TestUsers.withGrants("manager" + unitId, null, TestUsers.grant(ScopeKind.UNIT, unitId,
                Permissions.ORG_READ, Permissions.ORG_MANAGE, Permissions.POST_MANAGE, Permissions.ASSIGNMENT_MANAGE,
                Permissions.PEOPLE_READ));
    }

    ResultActions getJson(String url, CurrentUser as) throws Exception {
        return mvc.perform(get(url).with(user(as)).accept(MediaType.APPLICATION_JSON));
    }

    ResultActions postJson(String url, String body, CurrentUser as) throws Exception {
        return mvc.perform(post(url).with(user(as)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).header("Accept-Language", "en").content(body));
    }

    ResultActions putJson(String url, String body, CurrentUser as) throws Exception {
        return mvc.perform(put(url).with(user(as)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).header("Accept-Language", "en").content(body));
    }

    JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    long idOf(ResultActions result) throws Exception {
        return body(result).get("id").asLong();
    }
}
