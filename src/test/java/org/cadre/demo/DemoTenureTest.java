package org.cadre.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.cadre.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class DemoTenureTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Autowired
    DemoCompanyGenerator generator;
    @Autowired
    DemoTenure tenure;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_demo_company_has_terms_some_ending_soon_contracts_with_scores_a_ledger_of_three_years_and_two_exits() {
        generator.generate(3000, DemoCompanyLoader.SEED, TODAY);
        DemoTenure.Loaded loaded = tenure.load(DemoCompanyLoader.SEED, TODAY);

        assertThat(loaded.terms()).isGreaterThan(100);
        assertThat(jdbc.sql("select count(*) from cadre_term where actual_end is null and expected_end <= ?")
                .param(TODAY.plusDays(90)).query(Long.class).single()).isBetween(5L, 60L);
        assertThat(jdbc.sql("select count(*) from cadre_contract where kind = 'ANNUAL' and year = 2026 and total_score is not null")
                .query(Long.class).single()).isGreaterThan(10);
        assertThat(jdbc.sql("select count(*) from cadre_exit_recommendation").query(Long.class).single()).isBetween(1L, 3L);
        for (int year = 2024; year <= 2026; year++) {
            assertThat(jdbc.sql("select count(*) from cadre_deployment_event where extract(year from effective_date) = ?")
                    .param(year).query(Long.class).single()).as("events of %s", year).isGreaterThan(5);
        }
        assertThat(jdbc.sql("select count(distinct kind) from cadre_deployment_event").query(Long.class).single())
                .isGreaterThanOrEqualTo(4);

        // a retirement and a resignation, each ending the posts and the term and changing the roster
        for (String[] exit : new String[][]{{"RETIREMENT", "RETIRED", "RETIRED"}, {"RESIGNATION", "RESIGNED", "LEFT"}}) {
            var event = jdbc.sql("select person_id, effective_date from cadre_deployment_event where kind = ?")
                    .param(exit[0]).query((rs, n) -> new Object[]{rs.getLong(1), rs.getObject(2, LocalDate.class)})
                    .single();
            long person = (Long) event[0];
            LocalDate day = (LocalDate) event[1];
            assertThat(day).as(exit[0]).isBetween(LocalDate.of(2025, 1, 1), TODAY);
            assertThat(jdbc.sql("select count(*) from org_assignment where person_id = ? and (valid_to is null or valid_to > ?)")
                    .params(person, day).query(Long.class).single()).as(exit[0] + " leaves no post held").isZero();
            assertThat(jdbc.sql("select count(*) from org_assignment where person_id = ? and valid_to = ? and end_reason = ?")
                    .params(person, day, exit[1]).query(Long.class).single()).as(exit[0] + " ended the posts").isPositive();
            assertThat(jdbc.sql("select count(*) from cadre_term where person_id = ? and (actual_end is null or actual_end > ?)")
                    .params(person, day).query(Long.class).single()).as(exit[0] + " ended the term").isZero();
            assertThat(jdbc.sql("select status from people_person where id = ?").param(person).query(String.class).single())
                    .isEqualTo(exit[2]);
            assertThat(jdbc.sql("select to_status || ' ' || effective_date from people_status_change where person_id = ?")
                    .param(person).query(String.class).list()).as(exit[0] + " in the status history")
                    .containsExactly(exit[2] + " " + day);
        }
    }
}
