package org.cadre.ballots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cadre.ballots.BallotFixtures.group;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.cadre.IntegrationTest;
import org.cadre.ballots.internal.BallotBox;
import org.cadre.ballots.internal.VotingSlips;
import org.cadre.shared.BusinessRuleException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class BallotEngineTest {

    @Autowired
    Ballots ballots;
    @Autowired
    BallotBox box;
    @Autowired
    VotingSlips slips;
    @Autowired
    JdbcClient jdbc;

    BallotFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new BallotFixtures(jdbc);
    }

    private static BallotPaper rate(long questionId, String answer) {
        return new BallotPaper(Map.of(questionId, BallotPaper.Answer.choice(answer)));
    }

    @org.junit.jupiter.api.AfterEach
    void removeWhatTheTestMade() {
        new BallotFixtures(jdbc).removeAll();
    }

    @Test
    void each_group_is_counted_as_its_own_box_and_the_groups_combine_by_weight() {
        long leader = fixtures.person("Leader");
        List<Long> leaders = fixtures.people("Peer", 5);
        List<Long> staff = fixtures.people("Staff", 5);
        long id = ballots.create(BallotFixtures.appraisal("Annual appraisal",
                List.of(group("Leaders", "0.6", leaders), group("Staff", "0.4", staff)), leader));
        ballots.open(id);
        long question = box.results(definition(id)).questions().get(0).questionId();
        Map<Long, String> codes = BallotFixtures.codes(slips, id);

        // leaders: 4 Excellent, 1 Competent → 96 points; staff: 2 Competent, 2 Basically Competent, 1 cannot judge → 70
        for (int i = 0; i < 4; i++) {
            box.castWithCode(codes.get(leaders.get(i)), rate(question, "EXCELLENT"));
        }
        box.castWithCode(codes.get(leaders.get(4)), rate(question, "COMPETENT"));
        box.castWithCode(codes.get(staff.get(0)), rate(question, "COMPETENT"));
        box.castWithCode(codes.get(staff.get(1)), rate(question, "COMPETENT"));
        box.castWithCode(codes.get(staff.get(2)), rate(question, "BASICALLY_COMPETENT"));
        box.castWithCode(codes.get(staff.get(3)), rate(question, "BASICALLY_COMPETENT"));
        box.castWithCode(codes.get(staff.get(4)), rate(question, "CANNOT_JUDGE"));
        ballots.close(id);

        BallotResults results = ballots.results(id);
        assertThat(results.cast()).isEqualTo(10);
        assertThat(results.eligible()).isEqualTo(10);
        assertThat(results.breakdownHidden()).isFalse();
        BallotResults.QuestionResult q = results.aboutPerson(leader);
        // 0.6 × 96 + 0.4 × 70 = 85.6
        assertThat(q.weightedScore()).isEqualByComparingTo("85.60");
        long leadersGroup = results.groups().get(0).groupId();
        long staffGroup = results.groups().get(1).groupId();
        assertThat(q.answer("EXCELLENT").perGroup()).containsEntry(leadersGroup, new BigDecimal(4))
                .containsEntry(staffGroup, BigDecimal.ZERO);
        assertThat(q.answer("EXCELLENT").total()).isEqualByComparingTo("4");
        // 4 of 9 counted answers ("cannot judge" is not counted)
        assertThat(q.answer("EXCELLENT").percent()).isEqualByComparingTo("44.44");
        assertThat(q.answer("CANNOT_JUDGE").total()).isEqualByComparingTo("1");
        assertThat(q.answer("CANNOT_JUDGE").percent()).isNull();
        // weighted: 0.6 × 80% + 0.4 × 0% = 48%
        assertThat(q.answer("EXCELLENT").weightedPercent()).isEqualByComparingTo("48.00");
    }

    @Test
    void a_code_works_once_and_a_cast_ballot_cannot_be_changed() {
        long leader = fixtures.person("Leader");
        List<Long> voters = fixtures.people("Voter", 5);
        long id = ballots.create(BallotFixtures.appraisal("Probation", List.of(group("All", "1", voters)), leader));
        ballots.open(id);
        long question = definition(id).questions().get(0).id();
        String code = BallotFixtures.codes(slips, id).get(voters.get(0));

        String receipt = box.castWithCode(code.toLowerCase().replace("-", " "), rate(question, "EXCELLENT"));
        assertThat(receipt).hasSize(8);
        assertThatThrownBy(() -> box.castWithCode(code, rate(question, "INCOMPETENT")))
                .isInstanceOf(BusinessRuleException.class).hasMessage("ballot.code.used");
        assertThat(ballots.turnout(id).voted()).isEqualTo(1);
    }

    @Test
    void a_faulty_paper_is_refused_whole_and_its_code_stays_unused() {
        long first = fixtures.person("First");
        long second = fixtures.person("Second");
        List<Long> voters = fixtures.people("Voter", 5);
        long id = ballots.create(BallotFixtures.appraisal("Two appraisees", List.of(group("All", "1", voters)),
                first, second));
        ballots.open(id);
        var questions = definition(id).questions();
        String code = BallotFixtures.codes(slips, id).get(voters.get(0));

        // the second appraisee is not rated
        assertThatThrownBy(() -> box.castWithCode(code, rate(questions.get(0).id(), "EXCELLENT")))
                .isInstanceOf(BusinessRuleException.class).hasMessage("ballot.paper.missing");
        assertThatThrownBy(() -> box.castWithCode(code, new BallotPaper(Map.of(
                questions.get(0).id(), BallotPaper.Answer.choice("EXCELLENT"),
                questions.get(1).id(), BallotPaper.Answer.choice("AGREE")))))
                .hasMessage("ballot.paper.unknownAnswer");
        assertThat(ballots.turnout(id).voted()).isZero();
        assertThat(jdbc.sql("select count(*) from ballot_sealed where ballot_id = ?").param(id).query(Integer.class)
                .single()).isZero();

        box.castWithCode(code, new BallotPaper(Map.of(
                questions.get(0).id(), BallotPaper.Answer.choice("EXCELLENT"),
                questions.get(1).id(), BallotPaper.Answer.choice("COMPETENT"))));
        assertThat(ballots.turnout(id).voted()).isEqualTo(1);
    }

    @Test
    void nobody_votes_before_the_ballot_opens_or_after_it_closes_and_results_exist_only_once_closed() {
        long leader = fixtures.person("Leader");
        List<Long> voters = fixtures.people("Voter", 6);
        long id = ballots.create(BallotFixtures.appraisal("Closing", List.of(group("All", "1", voters)), leader));
        assertThatThrownBy(() -> ballots.results(id)).hasMessage("ballot.results.notCounted");
        ballots.open(id);
        long question = definition(id).questions().get(0).id();
        Map<Long, String> codes = BallotFixtures.codes(slips, id);
        box.castWithCode(codes.get(voters.get(0)), rate(question, "COMPETENT"));
        assertThatThrownBy(() -> ballots.publish(id)).hasMessage("ballot.step.refused");
        ballots.close(id);

        assertThatThrownBy(() -> box.castWithCode(codes.get(voters.get(1)), rate(question, "COMPETENT")))
                .hasMessage("ballot.notOpen");
        assertThatThrownBy(() -> ballots.open(id)).hasMessage("ballot.step.refused");
        assertThat(ballots.results(id).cast()).isEqualTo(1);
    }

    @Test
    void a_group_too_small_to_keep_its_votes_secret_is_pooled_with_the_others_without_weights() {
        long leader = fixtures.person("Leader");
        List<Long> board = fixtures.people("Board", 3);
        List<Long> staff = fixtures.people("Staff", 6);
        long id = ballots.create(BallotFixtures.appraisal("Small board",
                List.of(group("Board", "0.5", board), group("Staff", "0.5", staff)), leader));
        ballots.open(id);
        long question = definition(id).questions().get(0).id();
        Map<Long, String> codes = BallotFixtures.codes(slips, id);
        board.forEach(p -> box.castWithCode(codes.get(p), rate(question, "INCOMPETENT")));
        staff.forEach(p -> box.castWithCode(codes.get(p), rate(question, "EXCELLENT")));
        ballots.close(id);

        BallotResults results = ballots.results(id);
        assertThat(results.breakdownHidden()).isTrue();
        assertThat(results.groups().get(0).suppressed()).isTrue();
        assertThat(results.fewBallots()).isFalse();
        // turnout per group stays
        assertThat(results.groups().get(0).cast()).isEqualTo(3);
        BallotResults.AnswerResult incompetent = results.aboutPerson(leader).answer("INCOMPETENT");
        assertThat(incompetent.perGroup()).isEmpty();
        // 3 of 9 ballots, as one box: the weights (which would give 50 %) are not applied
        assertThat(incompetent.total()).isEqualByComparingTo("3");
        assertThat(incompetent.percent()).isEqualByComparingTo("33.33");
        assertThat(incompetent.weightedPercent()).isEqualByComparingTo("33.33");
        assertThat(results.aboutPerson(leader).weightedScore()).isEqualByComparingTo("66.67");
    }

    @Test
    void a_paper_for_a_draft_is_refused_before_anything_is_cached_so_the_edited_questions_count_once_open() {
        long leader = fixtures.person("Leader");
        long deputy = fixtures.person("Deputy");
        List<Long> voters = fixtures.people("Voter", 5);
        long id = ballots.create(BallotFixtures.appraisal("Edited draft", List.of(group("All", "1", voters)), leader));
        long first = definition(id).questions().get(0).id();
        BallotBox.VoterOnRoll early = box.voterOfPerson(id, voters.get(0)).orElseThrow();
        // a voter on the roll posts a (faulty) paper while the ballot is still a draft
        assertThatThrownBy(() -> box.cast(early, new BallotPaper(Map.of()))).hasMessage("ballot.notOpen");
        assertThatThrownBy(() -> box.cast(early, rate(first, "COMPETENT"))).hasMessage("ballot.notOpen");

        // the officer adds a question, then opens the ballot: a paper answering both is taken
        long second = ballotsRepository.addQuestion(id, 2, BallotSpec.QuestionSpec.rating("Deputy", deputy, Scale.COMPETENCE));
        ballots.open(id);
        BallotBox.VoterOnRoll voter = box.voterOfPerson(id, voters.get(0)).orElseThrow();
        assertThat(box.cast(voter, new BallotPaper(Map.of(first, BallotPaper.Answer.choice("EXCELLENT"),
                second, BallotPaper.Answer.choice("COMPETENT"))))).hasSize(8);
        ballots.close(id);
        assertThat(ballots.results(id).question(second).answer("COMPETENT").total()).isEqualByComparingTo("1");
    }

    @Test
    void a_receipt_is_found_among_the_counted_ballots_once_published() {
        long leader = fixtures.person("Leader");
        List<Long> voters = fixtures.people("Voter", 5);
        long id = ballots.create(BallotFixtures.appraisal("Receipts", List.of(group("All", "1", voters)), leader));
        ballots.open(id);
        long question = definition(id).questions().get(0).id();
        String receipt = box.castWithCode(BallotFixtures.codes(slips, id).get(voters.get(0)), rate(question, "COMPETENT"));
        ballots.close(id);
        ballots.publish(id);

        assertThat(box.counted(id, receipt)).isTrue();
        assertThat(box.counted(id, "XXXXXXXX")).isFalse();
        assertThat(box.receipts(id)).containsExactly(receipt);
    }

    @Test
    void a_roll_call_vote_shows_who_voted_what_and_a_recommendation_counts_picks_against_the_pass_rule() {
        List<Long> delegates = fixtures.people("Delegate", 5);
        long alice = fixtures.person("Candidate A");
        long bob = fixtures.person("Candidate B");
        long carol = fixtures.person("Candidate C");
        BallotSpec spec = new BallotSpec("Recommendation", null, BallotMode.NAMED, PassRule.MORE_THAN_HALF_OF_CAST,
                Quorum.TWO_THIRDS, 1, null, List.of(group("Delegates", "1", delegates)), List.of(
                BallotSpec.QuestionSpec.pick("Deputy director (1 post)", List.of(
                        BallotSpec.OptionSpec.candidate("Candidate A", alice),
                        BallotSpec.OptionSpec.candidate("Candidate B", bob)), 1, true)));
        long id = ballots.create(spec);
        ballots.open(id);
        var question = definition(id).questions().get(0);
        long a = question.options().get(0).id();
        long b = question.options().get(1).id();
        Map<Long, String> codes = BallotFixtures.codes(slips, id);
        box.castWithCode(codes.get(delegates.get(0)), new BallotPaper(Map.of(question.id(), BallotPaper.Answer.picks(List.of(a)))));
        box.castWithCode(codes.get(delegates.get(1)), new BallotPaper(Map.of(question.id(), BallotPaper.Answer.picks(List.of(a)))));
        box.castWithCode(codes.get(delegates.get(2)), new BallotPaper(Map.of(question.id(), BallotPaper.Answer.picks(List.of(b)))));
        box.castWithCode(codes.get(delegates.get(3)), new BallotPaper(Map.of(question.id(),
                new BallotPaper.Answer(null, List.of(), List.of(carol), null))));
        assertThatThrownBy(() -> box.castWithCode(codes.get(delegates.get(4)), new BallotPaper(Map.of(question.id(),
                BallotPaper.Answer.picks(List.of(a, b)))))).hasMessage("ballot.paper.tooMany");
        ballots.close(id);

        BallotResults results = ballots.results(id);
        assertThat(results.quorumMet()).isTrue(); // 4 of 5
        BallotResults.QuestionResult q = results.questions().get(0);
        assertThat(q.answer("option:" + a).total()).isEqualByComparingTo("2");
        assertThat(q.answer("option:" + a).percent()).isEqualByComparingTo("50.00");
        assertThat(q.answer("option:" + a).passed()).isFalse(); // 2 of 4 is not more than half
        assertThat(q.answer("person:" + carol).label()).isEqualTo("Candidate C");
        assertThat(results.namedVotes()).hasSize(4)
                .anySatisfy(v -> assertThat(v.voterName()).isEqualTo("Delegate1"));
    }

    @Test
    void a_ranking_gives_the_first_of_n_places_n_points_and_refuses_repeated_or_skipped_places() {
        List<Long> voters = fixtures.people("Ranker", 5);
        long a = fixtures.person("Candidate A");
        long b = fixtures.person("Candidate B");
        long c = fixtures.person("Candidate C");
        long id = ballots.create(new BallotSpec("Ranking", null, BallotMode.SECRET, PassRule.NONE, null, 1, null,
                List.of(group("All", "1", voters)), List.of(new BallotSpec.QuestionSpec(QuestionKind.RANK,
                "Two deputies, in order", null, null, List.of(BallotSpec.OptionSpec.candidate("Candidate A", a),
                BallotSpec.OptionSpec.candidate("Candidate B", b), BallotSpec.OptionSpec.candidate("Candidate C", c)),
                2, false, null, null))));
        ballots.open(id);
        var question = definition(id).questions().get(0);
        long oa = question.options().get(0).id();
        long ob = question.options().get(1).id();
        long oc = question.options().get(2).id();
        Map<Long, String> codes = BallotFixtures.codes(slips, id);
        java.util.function.Function<Map<Long, Integer>, BallotPaper> ranked = places -> {
            Map<Long, BigDecimal> scores = new java.util.HashMap<>();
            places.forEach((option, place) -> scores.put(option, BigDecimal.valueOf(place)));
            return new BallotPaper(Map.of(question.id(), new BallotPaper.Answer(null, null, null, scores)));
        };
        assertThatThrownBy(() -> box.castWithCode(codes.get(voters.get(0)), ranked.apply(Map.of(oa, 1, ob, 1))))
                .hasMessage("ballot.paper.rankPlaces");
        assertThatThrownBy(() -> box.castWithCode(codes.get(voters.get(0)), ranked.apply(Map.of(oa, 2))))
                .hasMessage("ballot.paper.rankPlaces");
        assertThatThrownBy(() -> box.castWithCode(codes.get(voters.get(0)), ranked.apply(Map.of(oa, 3))))
                .hasMessage("ballot.paper.rankPlaces");
        box.castWithCode(codes.get(voters.get(0)), ranked.apply(Map.of(oa, 1, ob, 2)));
        box.castWithCode(codes.get(voters.get(1)), ranked.apply(Map.of(ob, 1, oc, 2)));
        box.castWithCode(codes.get(voters.get(2)), ranked.apply(Map.of(oa, 1)));
        ballots.close(id);

        BallotResults.QuestionResult q = ballots.results(id).questions().get(0);
        // first of two places: 2 points, second: 1
        assertThat(q.answer("option:" + oa).total()).isEqualByComparingTo("4");
        assertThat(q.answer("option:" + ob).total()).isEqualByComparingTo("3");
        assertThat(q.answer("option:" + oc).total()).isEqualByComparingTo("1");
        // of the most three ballots could give (3 × 2 points)
        assertThat(q.answer("option:" + oa).percent()).isEqualByComparingTo("66.67");
        assertThat(q.answer("option:" + oa).weightedPercent()).isEqualByComparingTo("66.67");
    }

    private org.cadre.ballots.internal.BallotDefinition definition(long id) {
        return ballotsRepository.find(id).orElseThrow();
    }

    @Autowired
    org.cadre.ballots.internal.BallotRepository ballotsRepository;
}
