package org.cadre.ballots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.cadre.IntegrationTest;
import org.cadre.TestUsers;
import org.cadre.identity.CurrentUser;
import org.cadre.identity.Permissions;
import org.cadre.identity.ScopeKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class BallotApiTest {

    static final CurrentUser OFFICER = TestUsers.withGrants("ballot-officer", null,
            TestUsers.grant(ScopeKind.ALL, null, Permissions.BALLOT_MANAGE, Permissions.BALLOT_READ));

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    com.zaxxer.hikari.HikariDataSource dataSource;

    @org.junit.jupiter.api.AfterEach
    void removeWhatTheTestMade() {
        new BallotFixtures(jdbc).removeAll();
    }

    @Test
    void an_officer_prepares_opens_and_counts_a_ballot_and_voters_cast_with_codes_without_an_account() throws Exception {
        BallotFixtures fixtures = new BallotFixtures(jdbc);
        long appraisee = fixtures.person("Director Wu");
        List<Long> voters = fixtures.people("Api voter", 5);
        JsonNode created = body(send(post("/api/v1/ballots"), """
                {"title": "Annual appraisal of the director", "groups": [{"name": "Staff", "weight": 1, "voterPersonIds": %s}],
                 "questions": [{"kind": "RATING", "title": "Director Wu", "subjectPersonId": %d, "scale": "COMPETENCE"}]}
                """.formatted(voters, appraisee), OFFICER).andExpect(status().isCreated()));
        long id = created.get("id").asLong();
        assertThat(created.get("state").asString()).isEqualTo("DRAFT");
        assertThat(created.get("mode").asString()).isEqualTo("SECRET");
        assertThat(created.get("eligible").asInt()).isEqualTo(5);
        long question = created.get("questions").get(0).get("id").asLong();
        assertThat(created.get("questions").get(0).get("subjectName").asString()).isEqualTo("Director Wu");

        send(post("/api/v1/ballots/" + id + "/open"), "", OFFICER).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("OPEN"));
        JsonNode codes = body(mvc.perform(get("/api/v1/ballots/" + id + "/codes").with(user(OFFICER)))
                .andExpect(status().isOk()));
        assertThat(codes.get("total").asLong()).isEqualTo(5);
        assertThat(codes.get("items")).hasSize(5);
        // a page at a time: the answer does not grow with the roll
        JsonNode second = body(mvc.perform(get("/api/v1/ballots/" + id + "/codes").param("page", "1").param("size", "2")
                .with(user(OFFICER))).andExpect(status().isOk()));
        assertThat(second.get("items")).hasSize(2);
        assertThat(second.get("items").get(0).get("code").asString()).isEqualTo(codes.get("items").get(2).get("code").asString());
        String code = codes.get("items").get(0).get("code").asString();

        // no sign-in, no CSRF token: the code is the credential
        mvc.perform(post("/api/v1/votes/paper").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"%s\"}".formatted(code)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.questions[0].answers[0]").value("EXCELLENT"));
        String cast = """
                {"code": "%s", "answers": {"%d": {"choice": "EXCELLENT"}}}""".formatted(code, question);
        String receipt = body(mvc.perform(post("/api/v1/votes").contentType(MediaType.APPLICATION_JSON).content(cast))
                .andExpect(status().isCreated())).get("receipt").asString();
        // the receipt came after the commit: a connection of its own (as after a crash of the application) sees it
        try (java.sql.Connection fresh = java.sql.DriverManager.getConnection(dataSource.getJdbcUrl(),
                dataSource.getUsername(), dataSource.getPassword());
             java.sql.PreparedStatement query = fresh.prepareStatement(
                     "select (select count(*) from ballot_sealed where ballot_id = ?), "
                             + "(select count(*) from ballot_voter where ballot_id = ? and voted)")) {
            query.setLong(1, id);
            query.setLong(2, id);
            try (java.sql.ResultSet rs = query.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
                assertThat(rs.getInt(2)).isEqualTo(1);
            }
        }
        mvc.perform(post("/api/v1/votes").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(cast))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("ballot.code.used"))
                .andExpect(jsonPath("$.detail").value("This vote has already been cast. A cast ballot cannot be changed."));
        mvc.perform(post("/api/v1/votes").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-CN")
                        .content("{\"code\": \"nonsense\", \"answers\": {}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("code"))
                .andExpect(jsonPath("$.detail").value("投票码由 12 位字母和数字组成，例如 7KQM-3XH9-PA2D。"));

        mvc.perform(get("/api/v1/ballots/" + id + "/turnout").with(user(OFFICER)))
                .andExpect(jsonPath("$.voted").value(1)).andExpect(jsonPath("$.eligible").value(5));
        send(post("/api/v1/ballots/" + id + "/close"), "", OFFICER).andExpect(jsonPath("$.state").value("CLOSED"));
        mvc.perform(get("/api/v1/votes/" + id + "/receipts/" + receipt))
                .andExpect(status().isUnprocessableContent());
        send(post("/api/v1/ballots/" + id + "/publish"), "", OFFICER).andExpect(jsonPath("$.state").value("PUBLISHED"));
        // a refused step names the states in the reader's language
        send(post("/api/v1/ballots/" + id + "/close"), "", OFFICER).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("ballot.step.refused"))
                .andExpect(jsonPath("$.detail").value("A ballot in the state \"Published\" cannot move to \"Closed\"."));
        mvc.perform(post("/api/v1/ballots/" + id + "/close").with(user(OFFICER)).with(csrf())
                        .header("Accept-Language", "zh-CN"))
                .andExpect(jsonPath("$.detail").value("状态为“已公布”的投票不能转为“已结束”。"));

        mvc.perform(get("/api/v1/ballots/" + id + "/results").with(user(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cast").value(1))
                .andExpect(jsonPath("$.fewBallots").value(true))
                .andExpect(jsonPath("$.questions[0].weightedScore").value(100.0));
        mvc.perform(get("/api/v1/votes/" + id + "/receipts/" + receipt.toLowerCase()))
                .andExpect(jsonPath("$.counted").value(true));
        mvc.perform(get("/api/v1/votes/" + id + "/receipts"))
                .andExpect(jsonPath("$.items[0]").value(receipt)).andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void an_employee_can_neither_prepare_a_ballot_nor_read_its_codes_or_an_unpublished_result() throws Exception {
        BallotFixtures fixtures = new BallotFixtures(jdbc);
        long appraisee = fixtures.person("Appraisee");
        List<Long> voters = fixtures.people("Guarded voter", 5);
        long id = body(send(post("/api/v1/ballots"), """
                {"title": "Guarded", "groups": [{"name": "All", "weight": 1, "voterPersonIds": %s}],
                 "questions": [{"kind": "RATING", "title": "A", "subjectPersonId": %d, "scale": "COMPETENCE"}]}
                """.formatted(voters, appraisee), OFFICER)).get("id").asLong();
        CurrentUser reader = TestUsers.withGrants("reader", null, TestUsers.grant(ScopeKind.SELF, null,
                Permissions.BALLOT_READ));
        CurrentUser nobody = TestUsers.withGrants("nobody", null, TestUsers.grant(ScopeKind.SELF, null,
                Permissions.PEOPLE_READ));

        send(post("/api/v1/ballots"), """
                {"title": "Not theirs", "groups": [{"name": "All", "weight": 1, "voterPersonIds": %s}],
                 "questions": [{"kind": "RATING", "title": "A", "subjectPersonId": %d, "scale": "COMPETENCE"}]}
                """.formatted(voters, appraisee), reader).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/ballots/" + id + "/codes").with(user(reader))).andExpect(status().isForbidden());
        send(post("/api/v1/ballots/" + id + "/open"), "", OFFICER).andExpect(status().isOk());
        send(post("/api/v1/ballots/" + id + "/close"), "", OFFICER).andExpect(status().isOk());
        // a voter on the roll waits for publication; anyone else does not learn that the ballot exists
        CurrentUser voter = TestUsers.withGrants("voter", voters.get(0), TestUsers.grant(ScopeKind.SELF, null,
                Permissions.BALLOT_READ));
        mvc.perform(get("/api/v1/ballots/" + id + "/results").with(user(voter)).header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("The result has not been published yet."));
        mvc.perform(get("/api/v1/ballots/" + id + "/results").with(user(reader))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/ballots/" + id + "/results").with(user(nobody))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/ballots/" + id + "/results")).andExpect(status().isUnauthorized());
    }

    @Test
    void a_show_of_hands_is_counted_from_the_totals_the_officer_enters_and_a_document_needs_more_than_half_of_all() throws Exception {
        BallotFixtures fixtures = new BallotFixtures(jdbc);
        List<Long> delegates = fixtures.people("Hands delegate", 10);
        JsonNode created = body(send(post("/api/v1/ballots"), """
                {"title": "Adopt the welfare scheme", "mode": "COUNTED", "passRule": "MORE_THAN_HALF_OF_ELIGIBLE",
                 "quorum": "TWO_THIRDS",
                 "groups": [{"name": "Delegates", "weight": 1, "voterPersonIds": %s}],
                 "questions": [{"kind": "CHOICE", "title": "Welfare scheme 2027", "scale": "FOR_AGAINST"},
                               {"kind": "CHOICE", "title": "Leave regulation", "scale": "FOR_AGAINST"}]}
                """.formatted(delegates), OFFICER).andExpect(status().isCreated()));
        long id = created.get("id").asLong();
        long group = created.get("groups").get(0).get("id").asLong();
        long scheme = created.get("questions").get(0).get("id").asLong();
        long leave = created.get("questions").get(1).get("id").asLong();
        send(post("/api/v1/ballots/" + id + "/open"), "", OFFICER).andExpect(status().isOk());

        send(post("/api/v1/ballots/" + id + "/groups/" + group + "/counts"), """
                {"voted": 8, "votes": {"%d": {"FOR": 9}}}""".formatted(scheme), OFFICER)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("ballot.counts.tooMany"));
        send(post("/api/v1/ballots/" + id + "/groups/" + group + "/counts"), """
                {"voted": 8, "votes": {"%d": {"FOR": 6, "AGAINST": 1, "ABSTAIN": 1},
                                       "%d": {"FOR": 5, "AGAINST": 3}}}""".formatted(scheme, leave), OFFICER)
                .andExpect(status().isNoContent());
        send(post("/api/v1/ballots/" + id + "/close"), "", OFFICER).andExpect(status().isOk());

        mvc.perform(get("/api/v1/ballots/" + id + "/results").with(user(OFFICER)))
                .andExpect(jsonPath("$.cast").value(8))
                .andExpect(jsonPath("$.quorumMet").value(true))
                // 6 of 10 delegates: adopted; 5 of 10 is not more than half of all
                .andExpect(jsonPath("$.questions[0].passed").value(true))
                .andExpect(jsonPath("$.questions[1].passed").value(false));
    }

    private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                               String body, CurrentUser as) throws Exception {
        return mvc.perform(request.with(user(as)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "en").content(body));
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }
}
