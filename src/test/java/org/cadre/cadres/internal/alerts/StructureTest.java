package org.cadre.cadres.internal.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadre.IntegrationTest;
import org.cadre.TestUsers;
import org.cadre.identity.CurrentUser;
import org.cadre.identity.DataScope;
import org.cadre.identity.Permissions;
import org.cadre.identity.ScopeKind;
import org.cadre.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The structure of a small company of its own: a root with departments A (and A1 below it) and B; four cadres whose
 * histories hold a promotion, a promotion from staff, a demotion and an exit.
 */
@IntegrationTest
@Transactional
class StructureTest {

    static final LocalDate MID_2026 = LocalDate.of(2026, 6, 30);
    static final LocalDate MID_2019 = LocalDate.of(2019, 6, 30);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StructureQueries queries;

    AlertFixtures fixtures;
    long root;
    long a;
    long b;

    @BeforeEach
    void aSmallCompany() {
        fixtures = new AlertFixtures(jdbc);
        root = fixtures.unit(null);
        a = fixtures.unit(root);
        long a1 = fixtures.unit(a);
        b = fixtures.unit(root);
        // promoted from deputy in A to principal in A1 in 2018
        long promoted = fixtures.person(a, "M", LocalDate.of(1980, 6, 1), "BACHELOR");
        fixtures.assign(promoted, fixtures.post(a, "MID_DEPUTY", false), LocalDate.of(2015, 1, 1), LocalDate.of(2018, 1, 1));
        fixtures.assign(promoted, fixtures.post(a1, "MID_PRINCIPAL", false), LocalDate.of(2018, 1, 1), null);
        // from staff to deputy in B in 2025
        long fromStaff = fixtures.person(b, "F", LocalDate.of(1990, 3, 1), "MASTER");
        fixtures.assign(fromStaff, fixtures.post(b, "STAFF", false), LocalDate.of(2012, 1, 1), LocalDate.of(2025, 7, 1));
        fixtures.assign(fromStaff, fixtures.post(b, "MID_DEPUTY", false), LocalDate.of(2025, 7, 1), null);
        // a senior manager in B who left at the end of 2025
        long leaver = fixtures.person(b, "M", LocalDate.of(1965, 1, 1), "JUNIOR_COLLEGE");
        fixtures.assign(leaver, fixtures.post(b, "SENIOR_MANAGER", false), LocalDate.of(2010, 1, 1), LocalDate.of(2025, 12, 31));
        // a principal at the root, demoted to deputy in B in 2024
        long demoted = fixtures.person(root, "M", LocalDate.of(1975, 5, 5), "DOCTORATE");
        fixtures.assign(demoted, fixtures.post(root, "MID_PRINCIPAL", false), LocalDate.of(2020, 1, 1), LocalDate.of(2024, 1, 1));
        fixtures.assign(demoted, fixtures.post(b, "MID_DEPUTY", false), LocalDate.of(2024, 1, 1), null);
        // staff are no cadres
        long staff = fixtures.person(a, "F", LocalDate.of(1995, 1, 1), "BACHELOR");
        fixtures.assign(staff, fixtures.post(a, "STAFF", false), LocalDate.of(2020, 1, 1), null);
    }

    static Map<String, Long> counts(Structure s, Structure.Dimension d) {
        return s.dimensions().get(d).stream().filter(x -> x.count() > 0)
                .collect(Collectors.toMap(Structure.Bucket::key, Structure.Bucket::count));
    }

    @Test
    void the_team_on_a_date_is_counted_by_age_education_gender_tenure_level_and_unit() {
        Structure s = queries.structure(MID_2026, DataScope.everything(), root);
        assertThat(s.total()).isEqualTo(3);
        assertThat(s.averageAge()).isEqualByComparingTo(new BigDecimal("44.3"));
        assertThat(s.shareUnder40()).isEqualByComparingTo(new BigDecimal("33.3"));
        assertThat(counts(s, Structure.Dimension.AGE)).isEqualTo(Map.of("FROM_36_TO_40", 1L, "FROM_46_TO_50", 1L, "FROM_51_TO_55", 1L));
        assertThat(counts(s, Structure.Dimension.EDUCATION)).isEqualTo(Map.of("BACHELOR", 1L, "MASTER", 1L, "DOCTORATE", 1L));
        assertThat(counts(s, Structure.Dimension.GENDER)).isEqualTo(Map.of("M", 2L, "F", 1L));
        assertThat(counts(s, Structure.Dimension.TENURE)).isEqualTo(Map.of("UNDER_1", 1L, "FROM_1_TO_3", 1L, "FROM_5_TO_10", 1L));
        assertThat(counts(s, Structure.Dimension.LEVEL)).isEqualTo(Map.of("MID_PRINCIPAL", 1L, "MID_DEPUTY", 2L));
        assertThat(counts(s, Structure.Dimension.UNIT)).isEqualTo(Map.of(String.valueOf(a), 1L, String.valueOf(b), 2L));
        assertThat(s.dimensions().get(Structure.Dimension.AGE)).hasSize(AgeBand.values().length);
        assertThat(s.flows()).extracting(Structure.FlowYear::year).containsExactly(2022, 2023, 2024, 2025, 2026);
        assertThat(s.flows()).contains(new Structure.FlowYear(2024, 0, 1, 0), new Structure.FlowYear(2025, 1, 0, 1),
                new Structure.FlowYear(2026, 0, 0, 0));
    }

    @Test
    void a_past_date_counts_the_team_as_it_was_then() {
        Structure s = queries.structure(MID_2019, DataScope.everything(), root);
        assertThat(s.total()).isEqualTo(2);
        assertThat(s.averageAge()).isEqualByComparingTo(new BigDecimal("46.5"));
        assertThat(s.shareUnder40()).isEqualByComparingTo(new BigDecimal("50.0"));
        assertThat(counts(s, Structure.Dimension.LEVEL)).isEqualTo(Map.of("MID_PRINCIPAL", 1L, "SENIOR_MANAGER", 1L));
        assertThat(counts(s, Structure.Dimension.TENURE)).isEqualTo(Map.of("FROM_1_TO_3", 1L, "FROM_5_TO_10", 1L));
        assertThat(s.flows()).extracting(Structure.FlowYear::year).containsExactly(2015, 2016, 2017, 2018, 2019);
        assertThat(s.flows()).contains(new Structure.FlowYear(2018, 1, 0, 0));
        assertThat(s.flows().stream().mapToLong(f -> f.demotions() + f.exits()).sum()).isZero();
    }

    @Test
    void a_unit_head_sees_only_their_subtree_and_no_other_unit() throws Exception {
        Structure s = queries.structure(MID_2026, DataScope.units(Set.of(a)), null);
        assertThat(s.total()).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> queries.structure(MID_2026, DataScope.units(Set.of(a)), b))
                .isInstanceOf(NotFoundException.class);
        CurrentUser headOfA = TestUsers.withGrants("head-a", null, TestUsers.grant(ScopeKind.UNIT, a, Permissions.CADRE_READ));
        mvc.perform(get("/api/v1/cadres/structure").param("unitId", String.valueOf(b)).with(user(headOfA)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cadres/structure").param("date", "2026-06-30").with(user(headOfA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void the_page_shows_the_numbers_with_charts_and_the_export_has_a_sheet_per_dimension() throws Exception {
        CurrentUser orgDept = TestUsers.orgDept();
        mvc.perform(get("/cadres/structure").param("date", "2026-06-30").param("unit", String.valueOf(root))
                        .with(user(orgDept)).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"structure-total\">3<")))
                .andExpect(content().string(containsString("id=\"structure-under40\">33.3 %<")))
                .andExpect(content().string(containsString("data-charts=")))
                .andExpect(content().string(containsString("echarts.min.js")));
        byte[] xlsx = mvc.perform(get("/cadres/structure.xlsx").param("date", "2019-06-30").param("unit", String.valueOf(root))
                        .with(user(orgDept)).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> sheets = new java.util.ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).containsExactly("Summary", "Age", "Education (highest)", "Gender", "Years in current post",
                    "Post level", "Unit", "Promotions, demotions and exits");
            Sheet levels = workbook.getSheet("Post level");
            assertThat(levels.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Company leader");
            assertThat(workbook.getSheet("Summary").getRow(3).getCell(1).getNumericCellValue()).isEqualTo(2.0);
        }
        mvc.perform(get("/cadres/structure").with(user(TestUsers.employee(1L)))).andExpect(status().isForbidden());
    }

    @Test
    void a_date_that_is_no_date_is_named_in_the_message_and_the_page_shows_today() throws Exception {
        mvc.perform(get("/cadres/structure").param("date", "2026-13-45").with(user(TestUsers.orgDept())).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The date &quot;2026-13-45&quot; is not a date")));
        mvc.perform(get("/api/v1/cadres/structure").param("date", "soon").with(user(TestUsers.orgDept())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("date"));
    }

    @Test
    void the_sql_buckets_agree_with_the_bands() {
        List<Integer> ages = java.util.stream.IntStream.rangeClosed(18, 70).boxed().toList();
        List<String> sqlAges = jdbc.sql("select " + AgeBand.sqlCase("a") + " from generate_series(18, 70) a order by a")
                .query(String.class).list();
        assertThat(sqlAges).isEqualTo(ages.stream().map(x -> AgeBand.of(x).name()).toList());
        List<String> sqlTenures = jdbc.sql("select " + TenureBand.sqlCase("t") + " from generate_series(0, 15) t order by t")
                .query(String.class).list();
        assertThat(sqlTenures).isEqualTo(java.util.stream.IntStream.rangeClosed(0, 15).mapToObj(t -> TenureBand.of(t).name()).toList());
        assertThat(jdbc.sql("select (date '1964-02-29' + make_interval(years => 55))::date").query(LocalDate.class).single())
                .isEqualTo(Retirement.date(LocalDate.of(1964, 2, 29), org.cadre.people.Gender.F, BandsAndRetirementTest.SETTINGS));
    }
}
