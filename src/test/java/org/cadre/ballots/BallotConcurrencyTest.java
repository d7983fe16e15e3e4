package org.cadre.ballots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadre.ballots.BallotFixtures.group;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cadre.IntegrationTest;
import org.cadre.ballots.internal.BallotBox;
import org.cadre.ballots.internal.BallotRepository;
import org.cadre.ballots.internal.VotingSlips;
import org.cadre.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Each voter counts once however many phones send the same code at once; every distinct code counts. */
@IntegrationTest
class BallotConcurrencyTest {

    @Autowired
    Ballots ballots;
    @Autowired
    BallotBox box;
    @Autowired
    VotingSlips slips;
    @Autowired
    BallotRepository repository;
    @Autowired
    JdbcClient jdbc;

    @org.junit.jupiter.api.AfterEach
    void removeWhatTheTestMade() {
        new BallotFixtures(jdbc).removeAll();
    }

    @Test
    void two_hundred_threads_sending_the_same_code_cast_exactly_one_ballot() throws Exception {
        BallotFixtures fixtures = new BallotFixtures(jdbc);
        long appraisee = fixtures.person("Appraisee");
        List<Long> voters = fixtures.people("Same-code voter", 5);
        long id = ballots.create(BallotFixtures.appraisal("Same code", List.of(group("All", "1", voters)), appraisee));
        ballots.open(id);
        long question = repository.find(id).orElseThrow().questions().get(0).id();
        String code = BallotFixtures.codes(slips, id).get(voters.get(0));
        BallotPaper paper = new BallotPaper(Map.of(question, BallotPaper.Answer.choice("COMPETENT")));

        List<Object> outcomes = all(200, i -> () -> box.castWithCode(code, paper));

        assertThat(outcomes.stream().filter(String.class::isInstance)).hasSize(1);
        assertThat(outcomes.stream().filter(o -> o instanceof BusinessRuleException e
                && e.messageKey().equals("ballot.code.used"))).hasSize(199);
        ballots.close(id);
        assertThat(ballots.results(id).cast()).isEqualTo(1);
    }

    @Test
    void a_thousand_distinct_codes_cast_in_parallel_make_a_thousand_ballots() throws Exception {
        BallotFixtures fixtures = new BallotFixtures(jdbc);
        long appraisee = fixtures.person("Appraisee");
        List<Long> voters = new ArrayList<>();
        jdbc.sql("""
                insert into people_person (employee_no, name, gender, birth_date, unit_id)
                select 'PAR' || n, 'Parallel voter ' || n, 'F', date '1985-01-01', 0 from generate_series(1, 1000) n
                returning id
                """).query(Long.class).list().forEach(voters::add);
        long id = ballots.create(BallotFixtures.appraisal("Thousand", List.of(
                group("First", "0.5", voters.subList(0, 500)), group("Second", "0.5", voters.subList(500, 1000))),
                appraisee));
        ballots.open(id);
        long question = repository.find(id).orElseThrow().questions().get(0).id();
        List<String> codes = new ArrayList<>(BallotFixtures.codes(slips, id).values());
        BallotPaper paper = new BallotPaper(Map.of(question, BallotPaper.Answer.choice("EXCELLENT")));

        List<Object> outcomes = all(1000, i -> () -> box.castWithCode(codes.get(i), paper));

        assertThat(outcomes).allMatch(String.class::isInstance);
        assertThat(ballots.turnout(id).voted()).isEqualTo(1000);
        ballots.close(id);
        BallotResults results = ballots.results(id);
        assertThat(results.cast()).isEqualTo(1000);
        assertThat(results.aboutPerson(appraisee).answer("EXCELLENT").total()).isEqualByComparingTo("1000");
        assertThat(box.receipts(id)).doesNotHaveDuplicates().hasSize(1000);
    }

    @Test
    void ballots_cast_while_the_ballot_closes_are_each_either_counted_or_refused_as_closed_never_lost() throws Exception {
        BallotFixtures fixtures = new BallotFixtures(jdbc);
        long appraisee = fixtures.person("Appraisee");
        List<Long> voters = fixtures.people("Closing-time voter", 300);
        long id = ballots.create(BallotFixtures.appraisal("Closing time", List.of(group("All", "1", voters)), appraisee));
        ballots.open(id);
        long question = repository.find(id).orElseThrow().questions().get(0).id();
        List<String> codes = new ArrayList<>(BallotFixtures.codes(slips, id).values());
        BallotPaper paper = new BallotPaper(Map.of(question, BallotPaper.Answer.choice("COMPETENT")));

        List<Object> outcomes = all(301, i -> i == 300 ? () -> {
            Thread.sleep(15);
            ballots.close(id);
            return "closed";
        } : () -> box.castWithCode(codes.get(i), paper));

        List<String> receipts = outcomes.subList(0, 300).stream().filter(String.class::isInstance)
                .map(String.class::cast).toList();
        assertThat(outcomes.get(300)).isEqualTo("closed");
        assertThat(outcomes.subList(0, 300)).allMatch(o -> o instanceof String
                || o instanceof BusinessRuleException e && e.messageKey().equals("ballot.notOpen"));
        assertThat(ballots.results(id).cast()).isEqualTo(receipts.size());
        assertThat(box.receipts(id)).containsExactlyInAnyOrderElementsOf(receipts);
    }

    interface Task {
        Callable<Object> at(int index);
    }

    /**
     * Runs the tasks on up to 200 threads released together (one thread per task up to that); each outcome is a
     * result or the exception thrown.
     */
    private static List<Object> all(int count, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, 200));
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Callable<Object> work = task.at(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return work.call();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
