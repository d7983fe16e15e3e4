package org.cadre.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.cadre.ballots.BallotMode;
import org.cadre.ballots.BallotSpec;
import org.cadre.ballots.Ballots;
import org.cadre.ballots.PassRule;
import org.cadre.ballots.Quorum;
import org.cadre.ballots.Scale;
import org.cadre.shared.CadreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Two open ballots in the demo company, so that one can vote, print codes and watch the projector at once: the
 * democratic appraisal of five mid-level principals by three weighted rater groups, and a congress vote on the
 * welfare scheme on whose roll the demo delegate is. Made through the ballot engine's API, once.
 */
@Component
@Order(20)
class DemoBallots implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoBallots.class);

    private final CadreProperties properties;
    private final Ballots ballots;
    private final JdbcClient jdbc;

    DemoBallots(CadreProperties properties, Ballots ballots, JdbcClient jdbc) {
        this.properties = properties;
        this.ballots = ballots;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled()
                || jdbc.sql("select count(*) from people_person").query(Long.class).single() == 0
                || jdbc.sql("select count(*) from ballot").query(Long.class).single() > 0) {
            return;
        }
        List<Long> principals = holders("'MID_PRINCIPAL'", 5, List.of());
        List<Long> leaders = holders("'COMPANY_LEADER'", 6, principals);
        List<Long> deputies = holders("'MID_DEPUTY'", 12, principals);
        Long delegate = personOf("delegate");
        List<Long> staff = new ArrayList<>(jdbc.sql("""
                select p.id from people_person p
                where p.status = 'ACTIVE' and not exists (select 1 from org_assignment a where a.person_id = p.id
                      and a.valid_to is null) and (cast(:delegate as bigint) is null or p.id <> cast(:delegate as bigint))
                order by p.employee_no limit 29
                """).param("delegate", delegate).query(Long.class).list());
        if (delegate != null) {
            staff.add(delegate);
        }
        if (principals.size() < 5 || leaders.isEmpty() || deputies.isEmpty()) {
            return;
        }
        List<BallotSpec.QuestionSpec> appraisees = new ArrayList<>();
        for (Long principal : principals) {
            appraisees.add(BallotSpec.QuestionSpec.rating(name(principal), principal, Scale.COMPETENCE));
        }
        long appraisal = ballots.create(new BallotSpec("2026 年度中层正职民主测评（第一组）",
                "请对以下中层正职 2026 年度的德、能、勤、绩、廉作出总体评价。", BallotMode.SECRET, PassRule.NONE,
                Quorum.TWO_THIRDS, 5, null, List.of(
                new BallotSpec.GroupSpec("公司领导", new BigDecimal("0.3"), leaders),
                new BallotSpec.GroupSpec("中层干部", new BigDecimal("0.3"), deputies),
                new BallotSpec.GroupSpec("职工代表", new BigDecimal("0.4"), staff)), appraisees));
        ballots.open(appraisal);

        long congress = ballots.create(new BallotSpec("第一届职工代表大会第三次会议：表决《2027 年职工福利方案》",
                "按照《职工代表大会条例》，方案须经全体代表过半数同意方为通过。", BallotMode.SECRET,
                PassRule.MORE_THAN_HALF_OF_ELIGIBLE, Quorum.TWO_THIRDS, 5, null, List.of(
                new BallotSpec.GroupSpec("职工代表", BigDecimal.ONE, staff)), List.of(
                BallotSpec.QuestionSpec.choice("《2027 年职工福利方案》", Scale.FOR_AGAINST),
                BallotSpec.QuestionSpec.choice("《职工带薪休假实施细则（修订）》", Scale.FOR_AGAINST))));
        ballots.open(congress);
        log.info("Demo ballots opened: the appraisal of five mid-level principals and a congress vote");
    }

    private List<Long> holders(String levels, int count, List<Long> except) {
        return jdbc.sql("""
                select distinct a.person_id from org_assignment a join org_post p on p.id = a.post_id
                where p.level in (%s) and a.valid_to is null and a.person_id <> all(:except)
                order by a.person_id limit :count
                """.formatted(levels)).param("except", except.toArray(Long[]::new)).param("count", count)
                .query(Long.class).list();
    }

    private Long personOf(String username) {
        return jdbc.sql("select person_id from identity_account where username = ?").param(username)
                .query(Long.class).optional().orElse(null);
    }

    private String name(long personId) {
        return jdbc.sql("select name from people_person where id = ?").param(personId).query(String.class).single();
    }
}
