package org.cadre.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.cadre.IntegrationTest;
import org.cadre.TestUsers;
import org.cadre.ballots.BallotMode;
import org.cadre.ballots.BallotPublished;
import org.cadre.ballots.BallotResults;
import org.cadre.ballots.BallotSpec;
import org.cadre.ballots.BallotState;
import org.cadre.ballots.Ballots;
import org.cadre.ballots.PassRule;
import org.cadre.ballots.QuestionKind;
import org.cadre.ballots.Scale;
import org.cadre.identity.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The democratic appraisal through the ballot engine's public API, with the engine replaced by a test double: the
 * cycle creates its ballot (origin {@code assessment-cycle:ID}), and the published result becomes the appraisees'
 * democratic-appraisal scores.
 */
@IntegrationTest
class AppraisalBallotTest {

    static final long BALLOT = 4242;

    @MockitoBean
    Ballots ballots;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    AssessmentFixtures fixtures;
    CurrentUser orgDept = TestUsers.orgDept();
    List<Long> cadres;
    long cycle;

    @BeforeEach
    void aCycleOfThreeCadres() throws Exception {
        fixtures = new AssessmentFixtures(jdbc);
        long unit = fixtures.people.unit(fixtures.people.unique("Dept"), null);
        cadres = fixtures.cadres(unit, 3);
        String body = mvc.perform(post("/api/v1/assessment/cycles").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"ANNUAL\", \"year\": 2026, \"title\": \"2026 年度考核\"}")
                        .with(user(orgDept)).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        cycle = json.readTree(body).get("id").asLong();
        mvc.perform(post("/api/v1/assessment/cycles/{id}/appraisees", cycle).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\": %d}".formatted(unit)).with(user(orgDept)).with(csrf()))
                .andExpect(jsonPath("$.count").value(3));
        when(ballots.create(any())).thenReturn(BALLOT);
    }

    @Test
    void the_cycle_creates_its_appraisal_ballot_with_one_rating_per_appraisee_and_links_to_it() throws Exception {
        mvc.perform(post("/api/v1/assessment/cycles/{id}/ballot", cycle).with(user(orgDept)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.ballotId").value(BALLOT))
                .andExpect(jsonPath("$.url").value("/ballots/" + BALLOT));
        ArgumentCaptor<BallotSpec> spec = ArgumentCaptor.forClass(BallotSpec.class);
        verify(ballots).create(spec.capture());
        assertThat(spec.getValue().origin()).isEqualTo("assessment-cycle:" + cycle);
        assertThat(spec.getValue().questions()).extracting(BallotSpec.QuestionSpec::subjectPersonId)
                .containsExactlyInAnyOrderElementsOf(cadres);
        assertThat(spec.getValue().questions()).allSatisfy(q -> {
            assertThat(q.kind()).isEqualTo(QuestionKind.RATING);
            assertThat(q.scale()).isEqualTo(Scale.COMPETENCE);
        });
        assertThat(spec.getValue().groups()).hasSize(3);
        mvc.perform(get("/assessment/cycles/{id}", cycle).with(user(orgDept)))
                .andExpect(content().string(containsString("href=\"/ballots/" + BALLOT + "\"")));
        mvc.perform(post("/api/v1/assessment/cycles/{id}/ballot", cycle).with(user(orgDept)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("assessment.ballot.exists"));
    }

    @Test
    void the_published_ballot_gives_each_appraisee_their_democratic_appraisal_score() throws Exception {
        mvc.perform(post("/api/v1/assessment/cycles/{id}/ballot", cycle).with(user(orgDept)).with(csrf()));
        mvc.perform(post("/api/v1/assessment/cycles/{id}/collecting", cycle).with(user(orgDept)).with(csrf()))
                .andExpect(status().isOk());
        when(ballots.results(BALLOT)).thenReturn(results(Map.of(cadres.get(0), "91.333", cadres.get(1), "76.0")));

        transactions.executeWithoutResult(tx -> events.publishEvent(new BallotPublished(BALLOT, "assessment-cycle:" + cycle)));

        Map<Long, BigDecimal> scores = democraticScores();
        assertThat(scores).hasSize(2);
        assertThat(scores.get(fixtures.appraiseeId(cycle, cadres.get(0)))).isEqualByComparingTo("91.33");
        assertThat(scores.get(fixtures.appraiseeId(cycle, cadres.get(1)))).isEqualByComparingTo("76.00");
        assertThat(jdbc.sql("select distinct source from assessment_score s join assessment_appraisee a on a.id = s.appraisee_id where a.cycle_id = ?")
                .param(cycle).query(String.class).list()).containsExactly("BALLOT");
    }

    @Test
    void a_ballot_of_another_origin_or_of_a_cycle_not_collecting_changes_nothing() {
        when(ballots.results(BALLOT)).thenReturn(results(Map.of(cadres.get(0), "90")));
        events.publishEvent(new BallotPublished(BALLOT, "congress-vote:7"));
        verify(ballots, never()).results(BALLOT);
        // the cycle has no ballot yet and is a draft: the publish goes through, the cycle keeps what it has
        transactions.executeWithoutResult(tx -> events.publishEvent(new BallotPublished(BALLOT, "assessment-cycle:" + cycle)));
        assertThat(democraticScores()).isEmpty();
    }

    Map<Long, BigDecimal> democraticScores() {
        Map<Long, BigDecimal> scores = new java.util.HashMap<>();
        jdbc.sql("""
                select s.appraisee_id, s.score from assessment_score s join assessment_component c on c.id = s.component_id
                where c.cycle_id = ? and c.kind = 'DEMOCRATIC_APPRAISAL'
                """).param(cycle).query((java.sql.ResultSet rs) -> {
            scores.put(rs.getLong(1), rs.getBigDecimal(2));
        });
        return scores;
    }

    static BallotResults results(Map<Long, String> weightedScores) {
        List<BallotResults.QuestionResult> questions = weightedScores.entrySet().stream()
                .map(e -> new BallotResults.QuestionResult(e.getKey(), 0, QuestionKind.RATING, "q", e.getKey(),
                        Scale.COMPETENCE, List.of(), new BigDecimal(e.getValue()), null)).toList();
        return new BallotResults(BALLOT, "appraisal", BallotMode.SECRET, BallotState.PUBLISHED, PassRule.NONE, null,
                30, 28, true, false, List.of(), questions, List.of());
    }
}
