package org.cadre.ballots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;

import org.cadre.IntegrationTest;
import org.cadre.TestUsers;
import org.cadre.ballots.internal.BallotRepository;
import org.cadre.ballots.internal.VotingSlips;
import org.cadre.identity.CurrentUser;
import org.cadre.identity.Permissions;
import org.cadre.identity.ScopeKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class BallotPagesTest {

    static final CurrentUser OFFICER = TestUsers.withGrants("page-officer", null,
            TestUsers.grant(ScopeKind.ALL, null, Permissions.BALLOT_MANAGE, Permissions.BALLOT_READ));

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    BallotRepository repository;
    @Autowired
    VotingSlips slips;

    @org.junit.jupiter.api.AfterEach
    void removeWhatTheTestMade() {
        new BallotFixtures(jdbc).removeAll();
    }

    @Test
    void the_slips_page_shows_sixty_slips_a_page_with_a_pager() throws Exception {
        BallotFixtures fixtures = new BallotFixtures(jdbc);
        long appraisee = fixtures.person("Appraisee");
        List<Long> voters = fixtures.people("Slip voter", 61);
        long id = ballots.create(BallotFixtures.appraisal("Many slips",
                List.of(BallotFixtures.group("All", "1", voters)), appraisee));
        ballots.open(id);

        String first = mvc.perform(get("/ballots/" + id + "/slips").with(user(OFFICER)).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(first.split("class=\"slip-code", -1).length - 1).isEqualTo(60);
        assertThat(first).contains("id=\"slips-pages\"", "61 slips");
        String second = mvc.perform(get("/ballots/" + id + "/slips").param("page", "1").with(user(OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(second.split("class=\"slip-code", -1).length - 1).isEqualTo(1);
    }

    @Test
    void an_officer_prepares_a_ballot_in_the_pages_a_voter_votes_on_the_phone_page_and_the_result_is_shown()
            throws Exception {
        BallotFixtures fixtures = new BallotFixtures(jdbc);
        long appraisee = fixtures.person("厂长甲");
        List<Long> voters = fixtures.people("职工", 5);
        String appraiseeNo = employeeNo(appraisee);
        String numbers = String.join(" ", voters.stream().map(this::employeeNo).toList());

        MvcResult created = mvc.perform(post("/ballots").with(user(OFFICER)).with(csrf()).locale(Locale.SIMPLIFIED_CHINESE)
                        .param("title", "2026 年度民主测评").param("mode", "SECRET").param("passRule", "NONE")
                        .param("quorum", "NONE").param("minGroupBreakdown", "5").param("firstGroup", "全体职工")
                        .param("firstWeight", "1"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String page = created.getResponse().getRedirectedUrl();
        long id = Long.parseLong(page.substring("/ballots/".length()));
        long group = repository.find(id).orElseThrow().groups().get(0).id();

        mvc.perform(post(page + "/questions").with(user(OFFICER)).with(csrf()).param("kind", "RATING")
                .param("title", "厂长甲").param("scale", "COMPETENCE").param("subjectEmployeeNo", appraiseeNo))
                .andExpect(flash().attribute("notice", "ballot.question.added.notice"));
        mvc.perform(post(page + "/voters").with(user(OFFICER)).with(csrf()).param("groupId", String.valueOf(group))
                .param("employeeNos", numbers + " NO-SUCH-1"))
                .andExpect(flash().attribute("failure", "ballot.voters.unknown"));
        assertThat(repository.roll(id, null, org.cadre.shared.PageRequest.of(0, 10)).total()).isZero();
        mvc.perform(post(page + "/voters").with(user(OFFICER)).with(csrf()).param("groupId", String.valueOf(group))
                .param("employeeNos", numbers)).andExpect(flash().attribute("notice", "ballot.voters.added.notice"));
        mvc.perform(get(page).with(user(OFFICER)).locale(Locale.SIMPLIFIED_CHINESE)).andExpect(status().isOk())
                .andExpect(content().string(containsString("2026 年度民主测评")))
                .andExpect(content().string(containsString("全体职工")))
                .andExpect(content().string(containsString("开始投票")));
        mvc.perform(post(page + "/open").with(user(OFFICER)).with(csrf()))
                .andExpect(flash().attribute("notice", "ballot.opened.notice"));

        String code = slips.slips(id).get(0).code();
        mvc.perform(get(page + "/slips").with(user(OFFICER))).andExpect(status().isOk())
                .andExpect(content().string(containsString(code)))
                .andExpect(content().string(containsString("data:image/png;base64,")));
        mvc.perform(get(page + "/slips.pdf").with(user(OFFICER))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(get(page + "/slips.xlsx").with(user(OFFICER))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/vnd.openxml")));
        mvc.perform(get(page + "/room").with(user(OFFICER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("room/stream")));

        // the voter: no account, the code from the slip; a paper without an answer is shown again with why
        String paper = "/vote/" + code.replace("-", "");
        mvc.perform(get("/vote").param("code", code.toLowerCase())).andExpect(redirectedUrl(paper));
        mvc.perform(get(paper).locale(Locale.SIMPLIFIED_CHINESE)).andExpect(status().isOk())
                .andExpect(content().string(containsString("优秀"))).andExpect(content().string(containsString("无法评价")));
        long question = repository.find(id).orElseThrow().questions().get(0).id();
        mvc.perform(post(paper).locale(Locale.SIMPLIFIED_CHINESE)).andExpect(status().isOk())
                .andExpect(content().string(containsString("请作答：厂长甲。")));
        MvcResult cast = mvc.perform(post(paper).param("q" + question, "EXCELLENT").locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("您在“2026 年度民主测评”中的选票已记录。"))).andReturn();
        String receipt = (String) cast.getModelAndView().getModel().get("receipt");
        assertThat(cast.getResponse().getContentAsString()).contains(receipt);
        assertThat(cast.getRequest().getSession(false)).as("nothing of the cast kept in a session").isNull();
        mvc.perform(get(paper).locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(content().string(containsString("该票已投出。投出的选票不能更改。")));

        mvc.perform(post(page + "/close").with(user(OFFICER)).with(csrf()));
        mvc.perform(post(page + "/publish").with(user(OFFICER)).with(csrf()));
        mvc.perform(get(page + "/results").with(user(OFFICER)).locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk()).andExpect(content().string(containsString("100.00")));
        mvc.perform(get(page + "/results.pdf").with(user(OFFICER))).andExpect(status().isOk());
        mvc.perform(get(page + "/results.xlsx").with(user(OFFICER))).andExpect(status().isOk());
        mvc.perform(get("/vote/receipts/" + id).param("receipt", receipt).locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("回执为 " + receipt.replace("-", "") + " 的选票已计入。")));
    }

    @Test
    void a_signed_in_voter_votes_from_their_inbox_and_someone_off_the_roll_cannot() throws Exception {
        BallotFixtures fixtures = new BallotFixtures(jdbc);
        long appraisee = fixtures.person("Appraisee");
        List<Long> voters = fixtures.people("Inbox voter", 5);
        long id = repository.find(createOpen(appraisee, voters)).orElseThrow().id();
        long question = repository.find(id).orElseThrow().questions().get(0).id();
        CurrentUser voter = TestUsers.withGrants("inbox-voter", voters.get(0),
                TestUsers.grant(ScopeKind.SELF, null, Permissions.BALLOT_READ));
        CurrentUser outsider = TestUsers.withGrants("outsider", appraisee,
                TestUsers.grant(ScopeKind.SELF, null, Permissions.BALLOT_READ));

        mvc.perform(get("/my/ballots").with(user(voter))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/my/ballots/" + id)));
        mvc.perform(get("/my/ballots/" + id).with(user(voter))).andExpect(status().isOk());
        mvc.perform(post("/my/ballots/" + id).with(user(voter)).param("q" + question, "COMPETENT"))
                .andExpect(status().isForbidden()); // CSRF is on for signed-in pages
        mvc.perform(post("/my/ballots/" + id).with(user(voter)).with(csrf()).param("q" + question, "COMPETENT"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"receipt\"")));
        mvc.perform(get("/my/ballots").with(user(voter))).andExpect(content().string(not(containsString("/my/ballots/" + id + "\""))));
        mvc.perform(get("/my/ballots/" + id).with(user(outsider))).andExpect(status().isNotFound());
        mvc.perform(get("/ballots").with(user(voter))).andExpect(status().isForbidden());
        mvc.perform(get("/ballots/" + id + "/slips").with(user(voter))).andExpect(status().isForbidden());
    }

    @Test
    void a_voter_ranks_candidates_on_the_phone_page_and_a_skipped_place_is_shown_again_with_why() throws Exception {
        BallotFixtures fixtures = new BallotFixtures(jdbc);
        List<Long> voters = fixtures.people("Rank voter", 5);
        long a = fixtures.person("候选人甲");
        long b = fixtures.person("候选人乙");
        long id = ballots.create(new BallotSpec("排序推荐", null, BallotMode.SECRET, PassRule.NONE, null, null, null,
                List.of(BallotFixtures.group("全体", "1", voters)), List.of(new BallotSpec.QuestionSpec(QuestionKind.RANK,
                "副职人选", null, null, List.of(BallotSpec.OptionSpec.candidate("候选人甲", a),
                BallotSpec.OptionSpec.candidate("候选人乙", b)), 2, false, null, null))));
        ballots.open(id);
        var question = repository.find(id).orElseThrow().questions().get(0);
        String paper = "/vote/" + slips.slips(id).get(0).code().replace("-", "");
        mvc.perform(get(paper).locale(Locale.SIMPLIFIED_CHINESE)).andExpect(status().isOk())
                .andExpect(content().string(containsString("第 2 位")));
        String first = "r" + question.id() + "_" + question.options().get(0).id();
        String second = "r" + question.id() + "_" + question.options().get(1).id();
        mvc.perform(post(paper).param(first, "2").locale(Locale.SIMPLIFIED_CHINESE)).andExpect(status().isOk())
                .andExpect(content().string(containsString("请按 1、2、3……依次排序")));
        mvc.perform(post(paper).param(first, "2").param(second, "1").locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"receipt\"")));
    }

    @Autowired
    Ballots ballots;

    private long createOpen(long appraisee, List<Long> voters) {
        long id = ballots.create(BallotFixtures.appraisal("Inbox ballot", List.of(BallotFixtures.group("All", "1", voters)),
                appraisee));
        ballots.open(id);
        return id;
    }

    private String employeeNo(long personId) {
        return jdbc.sql("select employee_no from people_person where id = ?").param(personId).query(String.class).single();
    }
}
