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
    void the_demo_company_has_terms_some_ending_soon_contracts_with_scores_and_a_ledger_of_three_years() {
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
    }
}
