package org.cadre.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.cadre.IntegrationTest;
import org.cadre.identity.DataScope;
import org.cadre.organization.PostLevel;
import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class RosterQueryTest {

    static final LocalDate ON = LocalDate.of(2025, 6, 1);

    @Autowired
    RosterQuery roster;
    @Autowired
    JdbcClient jdbc;

    PeopleFixtures fixtures;
    long base;
    long workshop;
    long other;
    long zhang;
    long li;
    long wang;
    long zhao;

    @BeforeEach
    void aSmallCompany() {
        fixtures = new PeopleFixtures(jdbc);
        base = fixtures.unit("Base", null);
        workshop = fixtures.unit("Workshop", base);
        other = fixtures.unit("Other", null);
        zhang = fixtures.person("Zhang San", base).born(LocalDate.of(1970, 5, 1)).education("MASTER")
                .political("CPC_MEMBER").title("Senior Engineer").create();
        li = fixtures.person("Li Si", workshop).female().born(LocalDate.of(1990, 5, 1)).title("Engineer").create();
        wang = fixtures.person("Wang Wu", workshop).born(LocalDate.of(1985, 5, 1)).status("RETIRED").create();
        zhao = fixtures.person("Zhao Liu", other).create();
        long post = fixtures.post(base, "Director", "MID_PRINCIPAL");
        fixtures.assign(zhang, post, LocalDate.of(2020, 1, 1));
    }

    List<Long> ids(RosterFilter filter) {
        return roster.page(filter, DataScope.everything(), new PageRequest(0, 50)).items().stream()
                .map(RosterRow::id).toList();
    }

    RosterFilter inBase() {
        return RosterFilter.everybody(ON).withUnit(base, false);
    }

    RosterFilter with(RosterFilter f, Integer ageFrom, Integer ageTo, Gender gender, EducationLevel education,
                      PoliticalAffiliation political, String title, PersonStatus status, Set<PostLevel> levels) {
        return new RosterFilter(f.asOf(), f.unitId(), f.unitOnly(), levels, ageFrom, ageTo, gender, education,
                political, title, status, f.text(), f.sort(), f.descending());
    }

    @Test
    void a_unit_includes_its_subunits_unless_asked_for_the_unit_only() {
        assertThat(ids(inBase())).containsExactlyInAnyOrder(zhang, li, wang);
        assertThat(ids(RosterFilter.everybody(ON).withUnit(base, true))).containsExactly(zhang);
        assertThat(ids(RosterFilter.everybody(ON).withUnit(other, false))).containsExactly(zhao);
    }

    @Test
    void each_filter_narrows_the_roster() {
        RosterFilter f = inBase();
        assertThat(ids(with(f, 50, null, null, null, null, null, null, Set.of()))).containsExactly(zhang);
        assertThat(ids(with(f, null, 35, null, null, null, null, null, Set.of()))).containsExactly(li);
        assertThat(ids(with(f, 36, 45, null, null, null, null, null, Set.of()))).containsExactly(wang);
        assertThat(ids(with(f, null, null, Gender.F, null, null, null, null, Set.of()))).containsExactly(li);
        assertThat(ids(with(f, null, null, null, EducationLevel.MASTER, null, null, null, Set.of())))
                .containsExactly(zhang);
        assertThat(ids(with(f, null, null, null, null, PoliticalAffiliation.CPC_MEMBER, null, null, Set.of())))
                .containsExactly(zhang);
        assertThat(ids(with(f, null, null, null, null, null, "engineer", null, Set.of())))
                .containsExactlyInAnyOrder(zhang, li);
        assertThat(ids(with(f, null, null, null, null, null, null, PersonStatus.RETIRED, Set.of())))
                .containsExactly(wang);
        assertThat(ids(with(f, null, null, null, null, null, null, null, Set.of(PostLevel.MID_PRINCIPAL))))
                .containsExactly(zhang);
        assertThat(ids(with(f, null, null, null, null, null, null, null, Set.of(PostLevel.COMPANY_LEADER))))
                .isEmpty();
        assertThat(ids(f.withText("Li X"))).isEmpty();
        assertThat(ids(f.withText("li s"))).containsExactly(li);
    }

    @Test
    void a_chinese_name_is_found_by_one_or_more_of_its_characters_in_their_order() {
        long huaming = fixtures.person("王华明", base).create();
        long minghua = fixtures.person("李明华", base).create();
        assertThat(ids(inBase().withText("王"))).containsExactly(huaming);
        assertThat(ids(inBase().withText("华明"))).containsExactly(huaming);
        assertThat(ids(inBase().withText("明华"))).containsExactly(minghua);
        assertThat(ids(inBase().withText("明"))).containsExactlyInAnyOrder(huaming, minghua);
        assertThat(ids(inBase().withText("明王"))).isEmpty();
        assertThat(RosterQuery.isChinese("华明")).isTrue();
        assertThat(RosterQuery.isChinese("JY0001")).isFalse();
        assertThat(RosterQuery.isChinese("王a")).isFalse();
    }

    @Test
    void names_are_sorted_in_pinyin_order() {
        long other = fixtures.unit("Pinyin", null);
        long zhang = fixtures.person("张伟", other).create();
        long li = fixtures.person("李娜", other).create();
        long wang = fixtures.person("王芳", other).create();
        long an = fixtures.person("安静", other).create();
        assertThat(ids(RosterFilter.everybody(ON).withUnit(other, false))).containsExactly(an, li, wang, zhang);
    }

    @Test
    void the_text_search_finds_employee_numbers_and_takes_wildcards_literally() {
        String no = jdbc.sql("select employee_no from people_person where id = ?").param(wang)
                .query(String.class).single();
        assertThat(ids(inBase().withText(no))).containsExactly(wang);
        assertThat(ids(inBase().withText("%"))).isEmpty();
        assertThat(ids(inBase().withText("_"))).isEmpty();
    }

    @Test
    void sorting_by_a_column_either_way_and_paging_in_the_database() {
        RosterFilter byBirth = inBase().sortedBy(RosterSort.BIRTH_DATE, false);
        assertThat(ids(byBirth)).containsExactly(zhang, wang, li);
        assertThat(ids(byBirth.sortedBy(RosterSort.BIRTH_DATE, true))).containsExactly(li, wang, zhang);
        assertThat(ids(inBase().sortedBy(RosterSort.NAME, false))).containsExactly(li, wang, zhang);

        Page<RosterRow> second = roster.page(byBirth, DataScope.everything(), new PageRequest(1, 2));
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.totalPages()).isEqualTo(2);
        assertThat(second.items()).extracting(RosterRow::id).containsExactly(li);
    }

    @Test
    void rows_carry_age_unit_name_and_current_posts_of_the_roster_date() {
        RosterRow row = roster.page(inBase().withText("Zhang San"), DataScope.everything(), new PageRequest(0, 5))
                .items().get(0);
        assertThat(row.age()).isEqualTo(55);
        assertThat(row.unitName()).isEqualTo("Base");
        assertThat(row.posts()).extracting(p -> p.postTitle()).containsExactly("Director");
        RosterRow earlier = roster.page(new RosterFilter(LocalDate.of(2019, 6, 1), base, true, Set.of(), null, null,
                null, null, null, null, null, "Zhang San", null, false), DataScope.everything(),
                new PageRequest(0, 5)).items().get(0);
        assertThat(earlier.posts()).isEmpty();
        assertThat(earlier.age()).isEqualTo(49);
    }

    @Test
    void the_roster_of_a_past_date_shows_the_units_people_belonged_to_and_only_those_who_had_joined() {
        fixtures.moveBySql(li, other, LocalDate.of(2024, 1, 1));
        long newcomer = fixtures.person("Newcomer", workshop).joined(LocalDate.of(2025, 1, 1)).create();

        RosterFilter lastYear = new RosterFilter(LocalDate.of(2023, 6, 1), base, false, Set.of(), null, null, null,
                null, null, null, null, null, null, false);
        assertThat(ids(lastYear)).containsExactlyInAnyOrder(zhang, li, wang);
        assertThat(ids(inBase())).containsExactlyInAnyOrder(zhang, wang, newcomer);
        assertThat(ids(RosterFilter.everybody(ON).withUnit(other, false))).containsExactlyInAnyOrder(zhao, li);
    }

    @Test
    void a_unit_scope_reaches_its_subtree_and_a_self_scope_only_the_person() {
        DataScope workshopOnly = DataScope.units(Set.of(workshop));
        assertThat(roster.page(RosterFilter.everybody(ON), workshopOnly, new PageRequest(0, 50)).items())
                .extracting(RosterRow::id).containsExactlyInAnyOrder(li, wang);
        DataScope self = new DataScope(false, Set.of(), zhao);
        assertThat(roster.page(RosterFilter.everybody(ON), self, new PageRequest(0, 50)).items())
                .extracting(RosterRow::id).containsExactly(zhao);
        assertThat(roster.page(RosterFilter.everybody(ON), DataScope.nothing(), new PageRequest(0, 50)).total())
                .isZero();
    }

    @Test
    void streaming_hands_over_every_row_in_order() {
        List<Long> streamed = new ArrayList<>();
        long count = roster.forEach(inBase().sortedBy(RosterSort.BIRTH_DATE, false), DataScope.everything(),
                row -> streamed.add(row.id()));
        assertThat(count).isEqualTo(3);
        assertThat(streamed).containsExactly(zhang, wang, li);
    }
}
