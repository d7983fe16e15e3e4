package org.cadre.ballots;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.cadre.ballots.internal.VotingSlips;
import org.springframework.jdbc.core.simple.JdbcClient;

/** People to vote and be voted on, and ballots built of them, for the ballot engine's tests. */
public final class BallotFixtures {

    private static final AtomicInteger serial = new AtomicInteger();

    private final JdbcClient jdbc;

    public BallotFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long person(String name) {
        return jdbc.sql("""
                insert into people_person (employee_no, name, gender, birth_date, unit_id)
                values (?, ?, 'M', ?, 0) returning id
                """).params("BT" + serial.incrementAndGet(), name, LocalDate.of(1980, 5, 1)).query(Long.class).single();
    }

    /** A unit open since 2020 (below {@code parentId}, if any), for ballots that belong to a unit. */
    public long unit(String name, Long parentId) {
        long id = jdbc.sql("insert into org_unit (code) values (?) returning id")
                .param("BTU-" + serial.incrementAndGet() + "-" + System.nanoTime() % 100_000).query(Long.class).single();
        jdbc.sql("""
                insert into org_unit_version (unit_id, name, kind, parent_id, valid_from, change_kind)
                values (?, ?, 'DEPARTMENT', ?, ?, 'OPENED')
                """).params(id, name, parentId, LocalDate.of(2020, 1, 1)).update();
        return id;
    }

    public List<Long> people(String prefix, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(person(prefix + i));
        }
        return ids;
    }

    /**
     * Removes the ballots and people these fixtures made, since integration tests share one database and other
     * modules' tests count the people in it.
     */
    public void removeAll() {
        jdbc.sql("""
                delete from ballot b where exists (select 1 from ballot_voter v join people_person p on p.id = v.person_id
                    where v.ballot_id = b.id and (p.employee_no like 'BT%' or p.employee_no like 'PAR%'))
                """).update();
        jdbc.sql("delete from people_person where employee_no like 'BT%' or employee_no like 'PAR%'").update();
        jdbc.sql("delete from ballot where unit_id in (select id from org_unit where code like 'BTU-%')").update();
        jdbc.sql("delete from org_unit_version where unit_id in (select id from org_unit where code like 'BTU-%')").update();
        jdbc.sql("delete from org_unit where code like 'BTU-%'").update();
    }

    public static BallotSpec.GroupSpec group(String name, String weight, List<Long> voters) {
        return new BallotSpec.GroupSpec(name, new BigDecimal(weight), voters);
    }

    public static BallotSpec appraisal(String title, List<BallotSpec.GroupSpec> groups, long... appraisees) {
        List<BallotSpec.QuestionSpec> questions = new ArrayList<>();
        for (long appraisee : appraisees) {
            questions.add(BallotSpec.QuestionSpec.rating("Appraisee " + appraisee, appraisee, Scale.COMPETENCE));
        }
        return new BallotSpec(title, null, BallotMode.SECRET, PassRule.NONE, null, null, null, groups, questions);
    }

    /** The codes of an open ballot by voter person id. */
    public static java.util.Map<Long, String> codes(VotingSlips slips, long ballotId) {
        java.util.Map<Long, String> codes = new java.util.HashMap<>();
        slips.slips(ballotId).forEach(s -> codes.put(s.personId(), s.code()));
        return codes;
    }
}
