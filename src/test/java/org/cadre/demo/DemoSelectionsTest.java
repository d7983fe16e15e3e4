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
class DemoSelectionsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Autowired
    DemoCompanyGenerator generator;
    @Autowired
    DemoSelections selections;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_demo_company_has_a_notice_running_with_an_objection_a_probation_ending_and_a_scored_competition() {
        generator.generate(400, DemoCompanyLoader.SEED, TODAY);
        assertThat(selections.load(TODAY)).isTrue();

        assertThat(jdbc.sql("select state from cadre_selection order by id").query(String.class).list())
                .containsExactly("PUBLIC_NOTICE", "APPOINTED", "SCORING");
        assertThat(count("""
                select count(*) from cadre_selection s join cadre_selection_objection o on o.selection_id = s.id
                where s.state = 'PUBLIC_NOTICE' and s.notice_start < ? and s.notice_end > ? and o.outcome is null
                """, TODAY, TODAY)).isEqualTo(1);
        assertThat(count("""
                select count(*) from cadre_selection_candidate c join org_assignment a on a.id = c.assignment_id
                where c.probation_end between ? and ? and a.valid_to is null and c.promotion
                """, TODAY, TODAY.plusDays(30))).isEqualTo(1);
        // the inspection of the notice's selection has its further papers, each a PDF
        assertThat(jdbc.sql("""
                select d.title from cadre_selection_document d join cadre_selection_step st on st.id = d.step_id
                join cadre_selection s on s.id = d.selection_id
                where s.state = 'PUBLIC_NOTICE' and st.to_state = 'INSPECTION' and d.removed_at is null
                  and d.file_type = 'application/pdf' and substring(d.content from 1 for 4) = '%PDF'::bytea
                order by d.id
                """).query(String.class).list()).containsExactly("考察谈话情况汇总", "个人有关事项报告核查结果",
                "干部人事档案专项审核意见");
        assertThat(jdbc.sql("select rank from cadre_selection_candidate where rank is not null order by rank")
                .query(Integer.class).list()).containsExactly(1, 2, 3, 4);
        // the promotion keeps the company consistent: no post beyond its count without a reason, one open membership
        assertThat(count("""
                select count(*) from org_post p where p.approved_count <
                  (select count(*) from org_assignment a where a.post_id = p.id and a.valid_to is null)
                  and not exists (select 1 from org_assignment a where a.post_id = p.id and a.valid_to is null
                                  and a.over_count_reason is not null)
                """)).isZero();
        assertThat(count("""
                select count(*) from people_person p where 1 <> (select count(*) from people_unit_membership m
                  where m.person_id = p.id and m.valid_to is null and m.unit_id = p.unit_id)
                """)).isZero();
        assertThat(count("""
                select count(*) from org_assignment a join org_assignment b on a.person_id = b.person_id and a.id < b.id
                 and a.kind = 'PRIMARY' and b.kind = 'PRIMARY'
                 and daterange(a.valid_from, a.valid_to) && daterange(b.valid_from, b.valid_to)
                """)).isZero();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
