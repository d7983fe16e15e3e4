package org.cadre.ballots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadre.ballots.BallotFixtures.group;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cadre.IntegrationTest;
import org.cadre.ballots.internal.BallotBox;
import org.cadre.ballots.internal.BallotRepository;
import org.cadre.ballots.internal.VotingSlips;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * After a secret ballot has been cast and counted, nothing in the database joins a ballot to its voter: not a
 * column, not a value repeated in another table, not the transaction that wrote it, not its place in the table.
 */
@IntegrationTest
class BallotSecrecyTest {

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
    void after_voting_no_table_of_the_database_joins_a_ballot_to_its_voter() {
        BallotFixtures fixtures = new BallotFixtures(jdbc);
        long appraisee = fixtures.person("Appraisee");
        List<Long> voters = fixtures.people("Secret voter", 30);
        BallotSpec spec = new BallotSpec("Secrecy", null, BallotMode.SECRET, PassRule.NONE, null, null, null,
                List.of(group("All", "1", voters)), List.of(BallotSpec.QuestionSpec.score("Order of casting",
                appraisee, List.of(BallotSpec.OptionSpec.item("n", null)), 0, 100)));
        long id = ballots.create(spec);
        ballots.open(id);
        var question = repository.find(id).orElseThrow().questions().get(0);
        long item = question.options().get(0).id();
        Map<Long, String> codes = BallotFixtures.codes(slips, id);
        // each voter gives as score the position in which they voted, so the order of storage can be compared
        List<String> receipts = new ArrayList<>();
        for (int i = 0; i < voters.size(); i++) {
            receipts.add(box.castWithCode(codes.get(voters.get(i)), new BallotPaper(Map.of(question.id(),
                    new BallotPaper.Answer(null, null, null, Map.of(item, BigDecimal.valueOf(i)))))));
        }
        Set<String> voterXmins = new HashSet<>(jdbc.sql("select xmin::text from ballot_voter where ballot_id = ?")
                .param(id).query(String.class).list());
        ballots.close(id);
        ballots.publish(id);

        // 1. the counted ballots carry no voter, code, session, address or time: these are all their columns
        assertThat(columns("ballot_cast")).containsExactlyInAnyOrder("id", "ballot_id", "group_id", "receipt",
                "voter_person_id");
        assertThat(columns("ballot_answer")).containsExactlyInAnyOrder("cast_id", "ballot_id", "group_id",
                "question_id", "answer_key", "score");
        assertThat(jdbc.sql("select count(*) from ballot_cast where ballot_id = ? and voter_person_id is not null")
                .param(id).query(Integer.class).single()).as("no voter beside a secret ballot").isZero();

        // 2. the sealed box is empty and the ballot's key is gone, so nothing sealed can be opened again
        assertThat(jdbc.sql("select count(*) from ballot_sealed where ballot_id = ?").param(id).query(Integer.class)
                .single()).isZero();
        assertThat(jdbc.sql("select wrapped_key is null from ballot where id = ?").param(id).query(Boolean.class)
                .single()).isTrue();
        assertThat(jdbc.sql("select count(*) from ballot_voter where ballot_id = ? and code_sealed is not null")
                .param(id).query(Integer.class).single()).isZero();

        // 3. no receipt and no ballot id appears anywhere else in the database (audit log, sessions, any table)
        List<String> castIds = jdbc.sql("select id::text from ballot_cast where ballot_id = ?").param(id)
                .query(String.class).list();
        List<String> everyTextColumn = jdbc.sql("""
                select table_name || '.' || column_name from information_schema.columns
                where table_schema = 'public' and data_type in ('text', 'character varying', 'jsonb', 'json', 'uuid')
                  and table_name not in ('ballot_cast', 'ballot_answer', 'flyway_schema_history')
                """).query(String.class).list();
        for (String column : everyTextColumn) {
            String[] parts = column.split("\\.");
            long hits = jdbc.sql("select count(*) from " + parts[0] + " where " + parts[1]
                    + "::text = any(:values) or " + parts[1] + "::text like any(:patterns)")
                    .param("values", castIds.toArray(String[]::new))
                    .param("patterns", receipts.stream().map(r -> "%" + r + "%").toArray(String[]::new))
                    .query(Long.class).single();
            assertThat(hits).as("receipts or ballot ids in %s", column).isZero();
        }

        List<String> everyBinaryColumn = jdbc.sql("""
                select table_name || '.' || column_name from information_schema.columns
                where table_schema = 'public' and data_type = 'bytea'
                  and table_name not in ('ballot_cast', 'ballot_answer', 'ballot_sealed', 'ballot_voter', 'ballot')
                """).query(String.class).list();
        assertThat(everyBinaryColumn).contains("spring_session_attributes.attribute_bytes");
        for (String column : everyBinaryColumn) {
            String[] parts = column.split("\\.");
            long hits = jdbc.sql("select count(*) from " + parts[0] + " t where exists (select 1 from unnest(:rs) r "
                    + "where position(convert_to(r, 'UTF8') in t." + parts[1] + ") > 0)")
                    .param("rs", receipts.toArray(String[]::new)).query(Long.class).single();
            assertThat(hits).as("receipts in %s", column).isZero();
        }

        // 4. every counted ballot was written by the one closing transaction, none by a casting one
        List<String> castXmins = jdbc.sql("select distinct xmin::text from ballot_cast where ballot_id = ?").param(id)
                .query(String.class).list();
        assertThat(castXmins).hasSize(1);
        assertThat(voterXmins).doesNotContainAnyElementsOf(castXmins);
        List<String> answerXmins = jdbc.sql("select distinct xmin::text from ballot_answer where ballot_id = ?")
                .param(id).query(String.class).list();
        assertThat(answerXmins).isEqualTo(castXmins);

        // 5. neither the storage order nor the ids follow the order of voting
        List<Integer> stored = jdbc.sql("select score::int from ballot_answer where ballot_id = ? order by ctid")
                .param(id).query(Integer.class).list();
        List<Integer> byId = jdbc.sql("""
                select a.score::int from ballot_answer a join ballot_cast c on c.id = a.cast_id
                where c.ballot_id = ? order by c.id
                """).param(id).query(Integer.class).list();
        List<Integer> castingOrder = java.util.stream.IntStream.range(0, voters.size()).boxed().toList();
        assertThat(stored).containsExactlyInAnyOrderElementsOf(castingOrder).isNotEqualTo(castingOrder);
        assertThat(byId).isNotEqualTo(castingOrder);
        // and receipts are all there, in the published list
        assertThat(box.receipts(id)).containsExactlyInAnyOrderElementsOf(receipts);
    }

    @Test
    void a_sealed_ballot_reads_as_noise_of_a_fixed_length_while_the_ballot_is_open() {
        BallotFixtures fixtures = new BallotFixtures(jdbc);
        long appraisee = fixtures.person("Appraisee");
        List<Long> voters = fixtures.people("Sealed voter", 5);
        long id = ballots.create(BallotFixtures.appraisal("Sealed", List.of(group("All", "1", voters)), appraisee));
        ballots.open(id);
        long question = repository.find(id).orElseThrow().questions().get(0).id();
        Map<Long, String> codes = BallotFixtures.codes(slips, id);
        box.castWithCode(codes.get(voters.get(0)), new BallotPaper(Map.of(question, BallotPaper.Answer.choice("EXCELLENT"))));
        box.castWithCode(codes.get(voters.get(1)), new BallotPaper(Map.of(question, BallotPaper.Answer.choice("BASICALLY_COMPETENT"))));

        List<byte[]> sealed = jdbc.sql("select sealed from ballot_sealed where ballot_id = ?").param(id)
                .query((rs, n) -> rs.getBytes(1)).list();
        assertThat(sealed).hasSize(2);
        assertThat(sealed.get(0).length).isEqualTo(sealed.get(1).length);
        for (byte[] s : sealed) {
            String asText = new String(s, java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(asText).doesNotContain("EXCELLENT").doesNotContain("BASICALLY").doesNotContain("\"g\"");
        }
        assertThat(columns("ballot_sealed")).containsExactlyInAnyOrder("ballot_id", "sealed");
    }

    @Test
    void sealed_papers_that_differ_in_content_and_length_are_all_sealed_to_one_size() {
        BallotFixtures fixtures = new BallotFixtures(jdbc);
        // twenty appraisees and a recommendation of up to three with write-ins: papers from a few hundred bytes to
        // over a kilobyte of marks, which whole-block padding alone would have told apart
        List<Long> appraisees = fixtures.people("Appraisee", 20);
        List<Long> candidates = fixtures.people("Candidate", 3);
        List<Long> writtenIn = fixtures.people("Written in", 2);
        List<Long> voters = fixtures.people("Sealed voter", 5);
        List<BallotSpec.QuestionSpec> questions = new ArrayList<>();
        for (Long appraisee : appraisees) {
            questions.add(BallotSpec.QuestionSpec.rating("Appraisee " + appraisee, appraisee, Scale.COMPETENCE));
        }
        questions.add(BallotSpec.QuestionSpec.pick("Deputy head", candidates.stream()
                .map(c -> BallotSpec.OptionSpec.candidate("Candidate " + c, c)).toList(), 3, true));
        long id = ballots.create(new BallotSpec("Sealed sizes", null, BallotMode.SECRET, PassRule.NONE, null, null,
                null, List.of(group("All", "1", voters)), questions));
        ballots.open(id);
        var definition = repository.find(id).orElseThrow();
        var pick = definition.questions().get(20);
        Map<Long, String> codes = BallotFixtures.codes(slips, id);

        box.castWithCode(codes.get(voters.get(0)), paper(definition, "EXCELLENT", BallotPaper.Answer.picks(List.of())));
        box.castWithCode(codes.get(voters.get(1)), paper(definition, "BASICALLY_COMPETENT",
                BallotPaper.Answer.picks(pick.options().stream().map(o -> o.id()).toList())));
        box.castWithCode(codes.get(voters.get(2)), paper(definition, "COMPETENT", new BallotPaper.Answer(null,
                List.of(pick.options().get(0).id()), writtenIn, null)));
        box.castWithCode(codes.get(voters.get(3)), paper(definition, "CANNOT_JUDGE", BallotPaper.Answer.picks(
                List.of(pick.options().get(2).id()))));

        List<Integer> lengths = jdbc.sql("select octet_length(sealed) from ballot_sealed where ballot_id = ?")
                .param(id).query(Integer.class).list();
        assertThat(lengths).hasSize(4);
        assertThat(new HashSet<>(lengths)).hasSize(1);
        ballots.close(id);
        assertThat(ballots.results(id).question(pick.id()).answer("person:" + writtenIn.get(0)).total())
                .isEqualByComparingTo("1");
    }

    private static BallotPaper paper(org.cadre.ballots.internal.BallotDefinition ballot, String rating,
                                     BallotPaper.Answer pick) {
        Map<Long, BallotPaper.Answer> answers = new java.util.HashMap<>();
        for (var q : ballot.questions()) {
            answers.put(q.id(), q.kind() == QuestionKind.PICK ? pick : BallotPaper.Answer.choice(rating));
        }
        return new BallotPaper(answers);
    }

    private List<String> columns(String table) {
        return jdbc.sql("select column_name from information_schema.columns where table_name = ?").param(table)
                .query(String.class).list();
    }
}
