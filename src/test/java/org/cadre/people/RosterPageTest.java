package org.cadre.people;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.cadre.IntegrationTest;
import org.cadre.TestUsers;
import org.cadre.identity.ScopeKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class RosterPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    PeopleFixtures fixtures;
    long unit;

    @BeforeEach
    void people() {
        fixtures = new PeopleFixtures(jdbc);
        unit = fixtures.unit("Cathode Unit", null);
        fixtures.person("<script>alert(1)</script>", unit).create();
        fixtures.person("Chen Qi", unit).female().born(LocalDate.of(1992, 3, 3)).create();
        fixtures.person("Sun Ba", unit).born(LocalDate.of(1975, 3, 3)).create();
    }

    @Test
    void the_roster_page_shows_the_filtered_people_and_keeps_the_filters_in_the_form() throws Exception {
        mvc.perform(get("/people").param("unit", String.valueOf(unit)).param("gender", "F")
                        .with(user(TestUsers.orgDept())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"roster-filter\"")))
                .andExpect(content().string(containsString("Chen Qi")))
                .andExpect(content().string(not(containsString("Sun Ba"))))
                .andExpect(content().string(containsString("hx-push-url=\"true\"")));
    }

    @Test
    void an_htmx_request_gets_only_the_table_with_export_and_paging_links_carrying_the_filters() throws Exception {
        mvc.perform(get("/people").header("HX-Request", "true").param("unit", String.valueOf(unit))
                        .param("size", "1").param("sort", "BIRTH_DATE").with(user(TestUsers.orgDept())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("id=\"roster\"")))
                .andExpect(content().string(containsString("Sun Ba")))
                .andExpect(content().string(containsString("/people/export.xlsx?")))
                .andExpect(content().string(containsString("unit=" + unit)))
                .andExpect(content().string(containsString("page=1")));
    }

    @Test
    void html_in_a_name_is_escaped_on_the_roster() throws Exception {
        mvc.perform(get("/people").param("unit", String.valueOf(unit)).with(user(TestUsers.orgDept())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
    }

    @Test
    void the_roster_is_in_chinese_or_english_as_the_user_chose() throws Exception {
        mvc.perform(get("/people").param("lang", "zh_CN").with(user(TestUsers.orgDept())))
                .andExpect(content().string(containsString("花名册")));
        mvc.perform(get("/people").param("lang", "en").with(user(TestUsers.orgDept())))
                .andExpect(content().string(containsString("Roster")));
    }

    @Test
    void the_api_lists_the_roster_with_the_same_filters_sorting_and_paging() throws Exception {
        mvc.perform(get("/api/v1/people").param("unit", String.valueOf(unit)).param("sort", "BIRTH_DATE")
                        .param("desc", "true").param("size", "2").with(user(TestUsers.orgDept())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].name").value("Chen Qi"))
                .andExpect(jsonPath("$.items[0].unitName").value("Cathode Unit"));
        mvc.perform(get("/api/v1/people").param("unit", String.valueOf(unit)).param("ageFrom", "40")
                        .with(user(TestUsers.orgDept())))
                .andExpect(jsonPath("$.total").value(2));
    }

    @Test
    void a_bad_filter_value_is_a_bad_request_not_an_error() throws Exception {
        mvc.perform(get("/api/v1/people").param("sort", "password; drop table people_person")
                        .with(user(TestUsers.orgDept())))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/people").param("ageFrom", "-3").with(user(TestUsers.orgDept())))
                .andExpect(status().isBadRequest());
    }

    @Test
    void the_people_api_is_documented() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/people/{id}/unit")))
                .andExpect(content().string(containsString("/api/v1/people/import")))
                .andExpect(content().string(containsString("\"ageFrom\"")));
    }

    @Test
    void without_people_read_the_roster_is_forbidden() throws Exception {
        var nobody = TestUsers.withGrants("noperm", null,
                TestUsers.grant(ScopeKind.ALL, null, "org:read"));
        mvc.perform(get("/people").with(user(nobody))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people").with(user(nobody))).andExpect(status().isForbidden());
    }
}
