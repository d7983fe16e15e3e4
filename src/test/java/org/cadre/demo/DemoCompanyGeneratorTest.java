package org.cadre.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.cadre.IntegrationTest;
import org.cadre.people.internal.TitleGrade;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class DemoCompanyGeneratorTest {

    @Autowired
    DemoCompanyGenerator generator;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_demo_company_has_the_shape_the_users_expect_and_consistent_histories() {
        var generated = generator.generate(3000, DemoCompanyLoader.SEED, LocalDate.of(2026, 11, 23));

        assertThat(generated.people()).isEqualTo(3000);
        long operatingUnits = count("""
                select count(*) from org_unit_version where valid_to is null and kind in ('OPERATING_UNIT', 'SUBSIDIARY')
                  and unit_id in (select unit_id from org_unit_version where valid_to is null and parent_id in
                     (select unit_id from org_unit_version where valid_to is null and kind = 'BASE'))
                """);
        assertThat(operatingUnits).isGreaterThanOrEqualTo(11);
        long cadres = count("""
                select count(distinct a.person_id) from org_assignment a join org_post p on p.id = a.post_id
                where a.valid_to is null and p.level not in ('STAFF', 'SUPERVISOR')
                """);
        assertThat(cadres).isBetween(200L, 320L);
        assertThat(count("select count(*) from org_assignment where valid_to is not null")).isGreaterThan(100);
        // no post is filled beyond its approved count today
        assertThat(count("""
                select count(*) from org_post p where p.approved_count <
                  (select count(*) from org_assignment a where a.post_id = p.id and a.valid_to is null)
                """)).isZero();
        // one open membership per person, in the person's unit; periods of one person never overlap
        assertThat(count("""
                select count(*) from people_person p where 1 <> (select count(*) from people_unit_membership m
                  where m.person_id = p.id and m.valid_to is null and m.unit_id = p.unit_id)
                """)).isZero();
        assertThat(count("""
                select count(*) from people_unit_membership a join people_unit_membership b
                  on a.person_id = b.person_id and a.id < b.id
                 and daterange(a.valid_from, a.valid_to) && daterange(b.valid_from, b.valid_to)
                """)).isZero();
        // the tree has history: a rename, a move, a merge and a dissolution
        assertThat(count("select count(*) from org_unit_version where change_kind in ('RENAMED', 'MOVED')")).isGreaterThanOrEqualTo(2);
        assertThat(count("select count(*) from org_unit_version where ended_by in ('MERGED', 'DISSOLVED')")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void generated_national_ids_carry_a_valid_check_digit_and_the_gender_digit() {
        generator.generate(300, 7, LocalDate.of(2026, 11, 23));
        jdbc.sql("select national_id, gender, birth_date from people_person where employee_no like 'JY%' limit 300")
                .query((rs, n) -> {
                    String id = rs.getString(1);
                    assertThat(id).hasSize(18);
                    assertThat(id.charAt(17)).isEqualTo(NationalIdCheck.checkDigit(id.substring(0, 17)));
                    assertThat((id.charAt(16) - '0') % 2 == 1).isEqualTo("M".equals(rs.getString(2)));
                    return id;
                }).list();
    }

    @Test
    void title_grades_name_the_grades_the_people_module_knows_and_match_the_title() {
        generator.generate(300, 11, LocalDate.of(2026, 11, 23));
        var known = java.util.Arrays.stream(TitleGrade.values()).map(Enum::name).toList();
        assertThat(jdbc.sql("select distinct title_grade from people_person where title_grade is not null")
                .query(String.class).list()).isNotEmpty().allMatch(known::contains);
        assertThat(count("""
                select count(*) from people_person where professional_title = '高级工程师' and title_grade <> 'SENIOR'
                """)).isZero();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
