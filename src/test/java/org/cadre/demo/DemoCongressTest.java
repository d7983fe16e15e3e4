package org.cadre.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.cadre.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class DemoCongressTest {

    @Autowired
    DemoCompanyGenerator generator;
    @Autowired
    DemoCongress congress;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_demo_congress_has_150_delegates_composed_by_the_usual_rules_and_a_meeting_taking_proposals_today() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        generator.generate(3000, DemoCompanyLoader.SEED, today);
        congress.load(today);

        Map<String, Object> counts = jdbc.sql("""
                select count(*) as total,
                       count(*) filter (where category = 'FRONT_LINE') as front_line,
                       count(*) filter (where category in ('MANAGER', 'LEADER')) as managers,
                       count(distinct person_id) as people
                from congress_delegate where valid_to is null
                """).query().singleRow();
        long total = ((Number) counts.get("total")).longValue();
        assertThat(total).isEqualTo(150L);
        assertThat(((Number) counts.get("people")).longValue()).isEqualTo(total);
        assertThat(((Number) counts.get("front_line")).longValue() * 2).isGreaterThan(total);
        assertThat(((Number) counts.get("managers")).longValue() * 5).isLessThanOrEqualTo(total);
        assertThat(jdbc.sql("""
                select count(*) from congress_meeting where proposals_open_on <= :day and proposals_close_on >= :day
                """).param("day", today).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from congress_delegation").query(Long.class).single()).isGreaterThan(5);
    }
}
