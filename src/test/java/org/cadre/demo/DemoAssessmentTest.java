package org.cadre.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.cadre.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class DemoAssessmentTest {

    @Autowired
    DemoCompanyGenerator generator;
    @Autowired
    DemoAssessment assessment;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_demo_company_has_a_finished_2025_appraisal_of_its_mid_level_cadres_within_the_quota() {
        generator.generate(3000, DemoCompanyLoader.SEED, LocalDate.of(2026, 11, 23));
        long cycle = assessment.load(DemoCompanyLoader.SEED, LocalDate.of(2026, 11, 23));

        assertThat(jdbc.sql("select state from assessment_cycle where id = ?").param(cycle).query(String.class).single())
                .isEqualTo("FINALIZED");
        long appraisees = jdbc.sql("select count(*) from assessment_appraisee where cycle_id = ?").param(cycle)
                .query(Long.class).single();
        assertThat(appraisees).isGreaterThan(50);
        // Excellent at most 20 % in every category
        List<Boolean> withinQuota = jdbc.sql("""
                select count(*) filter (where final_grade = 'EXCELLENT') <= floor(count(*) * 0.2)
                from assessment_appraisee where cycle_id = ? group by category
                """).param(cycle).query(Boolean.class).list();
        assertThat(withinQuota).isNotEmpty().containsOnly(true);
        assertThat(jdbc.sql("select count(*) from assessment_recommendation where cycle_id = ? and consequence = 'PAY_COEFFICIENT'")
                .param(cycle).query(Long.class).single()).isEqualTo(appraisees);
        assertThat(jdbc.sql("select count(*) from assessment_recommendation where cycle_id = ? and consequence <> 'PAY_COEFFICIENT'")
                .param(cycle).query(Long.class).single()).isPositive();
    }
}
