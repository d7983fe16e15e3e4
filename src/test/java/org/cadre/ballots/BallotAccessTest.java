package org.cadre.ballots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.cadre.IntegrationTest;
import org.cadre.TestUsers;
import org.cadre.ballots.internal.VotingSlips;
import org.cadre.identity.CurrentUser;
import org.cadre.identity.Permissions;
import org.cadre.identity.ScopeKind;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who may read and manage a ballot: officers within the data scope of ballot:manage, voters on the roll, and the
 * readers the module that asked for the ballot names. Everyone else finds no such ballot.
 */
@IntegrationTest
class BallotAccessTest {

    static final CurrentUser OFFICER = TestUsers.withGrants("access-officer", null,
            TestUsers.grant(ScopeKind.ALL, null, Permissions.BALLOT_MANAGE, Permissions.BALLOT_READ));

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Ballots ballots;
    @Autowired
    VotingSlips slips;

    @AfterEach
    void removeWhatTheTestMade() {
        new BallotFixtures(jdbc).removeAll();
    }

    private BallotFixtures fx() {
        return new BallotFixtures(jdbc);
    }

    /** An employee as the built-in role grants it: ballot:read for oneself. */
    private static CurrentUser employee(String name, long personId) {
        return TestUsers.withGrants(name, personId, TestUsers.grant(ScopeKind.SELF, null, Permissions.BALLOT_READ,
                Permissions.PEOPLE_READ));
    }

    private long ballot(String title, Long unitId, String origin, List<Long> voters, long appraisee) {
        return ballots.create(new BallotSpec(title, null, BallotMode.SECRET, PassRule.NONE, null, null, origin,
                List.of(BallotFixtures.group("All", "1", voters)),
                List.of(BallotSpec.QuestionSpec.rating("Appraisee", appraisee, Scale.COMPETENCE)), unitId));
    }

    /** Opened, closed and published through the engine (no module follows a made-up origin). */
    private void published(long id) {
        ballots.open(id);
        ballots.close(id);
        jdbc.sql("update ballot set state = 'PUBLISHED', published_at = now() where id = ?").param(id).update();
    }

    private void found(CurrentUser who, long id, boolean expected) throws Exception {
        var want = expected ? status().isOk() : status().isNotFound();
        mvc.perform(get("/api/v1/ballots/" + id + "/results").with(user(who))).andExpect(want);
        mvc.perform(get("/api/v1/ballots/" + id + "/turnout").with(user(who))).andExpect(want);
        mvc.perform(get("/ballots/" + id + "/results").with(user(who))).andExpect(want);
        mvc.perform(get("/ballots/" + id + "/results.pdf").with(user(who))).andExpect(want);
        mvc.perform(get("/ballots/" + id + "/results.xlsx").with(user(who))).andExpect(want);
        mvc.perform(get("/ballots/" + id + "/room").with(user(who))).andExpect(want);
    }

    @Test
    void an_employee_not_on_the_roll_finds_no_published_result_and_a_voter_on_it_reads_it() throws Exception {
        long appraisee = fx().person("Appraised director");
        List<Long> voters = fx().people("Roll voter", 3);
        long stranger = fx().person("Stranger");
        long id = ballot("Published appraisal", null, null, voters, appraisee);
        published(id);

        found(employee("stranger", stranger), id, false);
        found(employee("voter", voters.get(0)), id, true);
        found(OFFICER, id, true);
        // not signed in: sign in first
        mvc.perform(get("/api/v1/ballots/" + id + "/results")).andExpect(status().isUnauthorized());
    }

    @Test
    void a_voter_waits_for_publication_and_an_outsider_does_not_learn_that_the_ballot_exists() throws Exception {
        long appraisee = fx().person("Appraised");
        List<Long> voters = fx().people("Waiting voter", 3);
        long id = ballot("Counted, not published", null, null, voters, appraisee);
        ballots.open(id);
        ballots.close(id);

        mvc.perform(get("/api/v1/ballots/" + id + "/results").with(user(employee("waiting", voters.get(1))))
                        .header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("The result has not been published yet."));
        mvc.perform(get("/api/v1/ballots/" + id + "/results").with(user(employee("outsider", appraisee))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/ballots/" + id + "/results").with(user(OFFICER))).andExpect(status().isOk());
    }

    @Test
    void roll_call_names_are_shown_to_the_ballot_s_officers_and_not_to_the_voters() throws Exception {
        List<Long> voters = fx().people("Named voter", 2);
        long id = ballots.create(new BallotSpec("Roll call", null, BallotMode.NAMED, PassRule.NONE, null, 1, null,
                List.of(BallotFixtures.group("Delegates", "1", voters)),
                List.of(BallotSpec.QuestionSpec.choice("Adopt the plan", Scale.FOR_AGAINST))));
        ballots.open(id);
        long question = ballots.questionIds(id).get(0);
        String code = BallotFixtures.codes(slips, id).get(voters.get(0));
        mvc.perform(post("/api/v1/votes").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"%s\", \"answers\": {\"%d\": {\"choice\": \"FOR\"}}}".formatted(code, question)))
                .andExpect(status().isCreated());
        ballots.close(id);
        ballots.publish(id);

        mvc.perform(get("/api/v1/ballots/" + id + "/results").with(user(OFFICER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.namedVotes.length()").value(1))
                .andExpect(jsonPath("$.namedVotes[0].voterName").value("Named voter1"));
        mvc.perform(get("/api/v1/ballots/" + id + "/results").with(user(employee("named", voters.get(1)))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.namedVotes.length()").value(0))
                .andExpect(jsonPath("$.cast").value(1));
        mvc.perform(get("/ballots/" + id + "/results").with(user(employee("named", voters.get(1)))))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.not(Matchers.containsString("Named voter1"))));
    }

    @Test
    void a_unit_scoped_officer_reaches_only_the_ballots_of_units_within_scope() throws Exception {
        long unitA = fx().unit("Cathode plant", null);
        long workshop = fx().unit("Cathode workshop", unitA);
        long unitB = fx().unit("Anode plant", null);
        long appraisee = fx().person("Someone");
        List<Long> voters = fx().people("Scoped voter", 2);
        long inB = ballot("Ballot of the anode plant", unitB, null, voters, appraisee);
        ballots.open(inB);
        long inWorkshop = ballot("Ballot of the cathode workshop", workshop, null, voters, appraisee);
        long companyWide = ballot("Ballot of the company", null, null, voters, appraisee);
        CurrentUser officerA = TestUsers.withGrants("officer-a", null,
                TestUsers.grant(ScopeKind.UNIT, unitA, Permissions.BALLOT_MANAGE, Permissions.BALLOT_READ));

        // beyond scope: not found, whether reading, printing codes or taking a step
        for (long id : List.of(inB, companyWide)) {
            mvc.perform(get("/api/v1/ballots/" + id).with(user(officerA))).andExpect(status().isNotFound());
            mvc.perform(get("/ballots/" + id).with(user(officerA))).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/ballots/" + id + "/voters").with(user(officerA))).andExpect(status().isNotFound());
            mvc.perform(get("/ballots/" + id + "/room").with(user(officerA))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/ballots/" + inB + "/codes").with(user(officerA))).andExpect(status().isNotFound());
        mvc.perform(get("/ballots/" + inB + "/slips").with(user(officerA))).andExpect(status().isNotFound());
        mvc.perform(get("/ballots/" + inB + "/slips.pdf").with(user(officerA))).andExpect(status().isNotFound());
        mvc.perform(get("/ballots/" + inB + "/slips.xlsx").with(user(officerA))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/ballots/" + inB + "/close").with(user(officerA)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/ballots/" + inB + "/close").with(user(officerA)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/ballots/" + companyWide + "/cancel").with(user(officerA)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/ballots/" + companyWide + "/groups").with(user(officerA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"More\", \"weight\": 1}"))
                .andExpect(status().isNotFound());
        assertThat(ballots.find(inB).orElseThrow().state()).isEqualTo(BallotState.OPEN);
        assertThat(ballots.find(companyWide).orElseThrow().state()).isEqualTo(BallotState.DRAFT);

        // the list shows only the ballots within scope
        mvc.perform(get("/api/v1/ballots").param("q", "Ballot of the").with(user(officerA)))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].id").value(inWorkshop));
        mvc.perform(get("/ballots").param("q", "Ballot of the").with(user(officerA)))
                .andExpect(content().string(Matchers.containsString("Ballot of the cathode workshop")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Ballot of the anode plant"))));

        // within scope: the officer runs it
        mvc.perform(get("/api/v1/ballots/" + inWorkshop).with(user(officerA))).andExpect(status().isOk());
        mvc.perform(get("/ballots/" + inWorkshop).with(user(officerA)).locale(java.util.Locale.ENGLISH))
                .andExpect(content().string(Matchers.containsString("Belongs to Cathode workshop")));
        mvc.perform(post("/api/v1/ballots/" + inWorkshop + "/open").with(user(officerA)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("OPEN"));
        mvc.perform(get("/api/v1/ballots/" + inWorkshop + "/codes").with(user(officerA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(2));
    }

    @Test
    void a_new_ballot_belongs_to_a_unit_within_the_creator_s_scope_and_company_wide_needs_a_company_wide_grant() throws Exception {
        long unitA = fx().unit("Separator plant", null);
        long unitB = fx().unit("Electrolyte plant", null);
        CurrentUser officerA = TestUsers.withGrants("creator-a", null,
                TestUsers.grant(ScopeKind.UNIT, unitA, Permissions.BALLOT_MANAGE));
        String body = "{\"title\": \"Scoped ballot\"%s, \"groups\": [{\"name\": \"All\", \"weight\": 1}]}";

        mvc.perform(post("/api/v1/ballots").with(user(officerA)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("")).header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("ballot.unit.required"));
        mvc.perform(post("/api/v1/ballots").with(user(officerA)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(", \"unitId\": " + unitB)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("ballot.unit.outOfScope"));
        long id = mvc.perform(post("/api/v1/ballots").with(user(officerA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(", \"unitId\": " + unitA)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.unitId").value(unitA))
                .andReturn().getResponse().getHeader("Location").transform(l -> Long.parseLong(l.substring(l.lastIndexOf('/') + 1)));
        assertThat(jdbc.sql("select unit_id from ballot where id = ?").param(id).query(Long.class).single())
                .isEqualTo(unitA);
        // the form: a unit code within scope, or a clear refusal
        String code = jdbc.sql("select code from org_unit where id = ?").param(unitB).query(String.class).single();
        mvc.perform(post("/ballots").with(user(officerA)).with(csrf()).param("title", "Form ballot")
                        .param("unitCode", code).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("outside your data scope")));
        mvc.perform(post("/ballots").with(user(OFFICER)).with(csrf()).param("title", "Company ballot"))
                .andExpect(status().is3xxRedirection());
        jdbc.sql("delete from ballot where title in ('Company ballot', 'Scoped ballot')").update();
    }

    @Test
    void the_owning_module_s_readers_read_its_ballot_and_others_do_not() throws Exception {
        long appraisee = fx().person("Appraisee of a cycle");
        List<Long> voters = fx().people("Cycle voter", 2);
        long outsider = fx().person("Outsider");
        long appraisal = ballot("Appraisal of a cycle", null, "assessment-cycle:987654", voters, appraisee);
        published(appraisal);
        long unit = fx().unit("A unit", null);
        CurrentUser assessmentReader = TestUsers.withGrants("assessment-reader", null,
                TestUsers.grant(ScopeKind.ALL, null, Permissions.ASSESSMENT_READ));
        CurrentUser unitAssessmentReader = TestUsers.withGrants("unit-assessment-reader", null,
                TestUsers.grant(ScopeKind.UNIT, unit, Permissions.ASSESSMENT_READ, Permissions.BALLOT_READ));
        CurrentUser companyBallotReader = TestUsers.withGrants("ballot-reader", outsider,
                TestUsers.grant(ScopeKind.ALL, null, Permissions.BALLOT_READ));

        found(assessmentReader, appraisal, true);
        found(unitAssessmentReader, appraisal, false);
        // ballot:read is for stand-alone ballots: the appraisal's readers are the assessment module's to name
        found(companyBallotReader, appraisal, false);
        found(employee("cycle-outsider", outsider), appraisal, false);

        long vote = ballot("Congress vote", null, "congress-vote:987654", voters, appraisee);
        published(vote);
        found(TestUsers.withGrants("congress-reader", outsider,
                TestUsers.grant(ScopeKind.SELF, null, Permissions.CONGRESS_READ)), vote, true);
        found(employee("not-congress", outsider), vote, false);

        long standAlone = ballot("Stand-alone ballot", null, null, voters, appraisee);
        published(standAlone);
        found(companyBallotReader, standAlone, true);
    }

    @Test
    void a_draft_is_shown_on_the_room_page_to_its_officers_only() throws Exception {
        long appraisee = fx().person("Draft appraisee");
        List<Long> voters = fx().people("Draft voter", 2);
        long id = ballot("Draft not for the room", null, null, voters, appraisee);
        CurrentUser voter = employee("draft-voter", voters.get(0));

        mvc.perform(get("/ballots/" + id + "/room").with(user(voter))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/ballots/" + id + "/turnout").with(user(voter))).andExpect(status().isNotFound());
        mvc.perform(get("/ballots/" + id + "/room").with(user(OFFICER))).andExpect(status().isOk());

        ballots.open(id);
        mvc.perform(get("/ballots/" + id + "/room").with(user(voter))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/ballots/" + id + "/turnout").with(user(voter)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.eligible").value(2));
    }
}
