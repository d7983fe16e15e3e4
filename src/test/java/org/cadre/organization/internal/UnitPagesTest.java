package org.cadre.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cadre.IntegrationTest;
import org.cadre.TestUsers;
import org.cadre.identity.CurrentUser;
import org.cadre.organization.PostLevel;
import org.cadre.organization.UnitKind;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
@Import(FakePersonLookup.class)
class UnitPagesTest extends OrgWebTest {

    @Test
    void the_org_chart_shows_every_unit_with_its_kind_and_post_counts_to_anyone_with_org_read() throws Exception {
        long group = fixtures.unit("Chart Group", UnitKind.GROUP, null);
        long base = fixtures.unit("Chart Base", UnitKind.BASE, group);
        long post = fixtures.post(base, "Base director", PostLevel.MID_PRINCIPAL, 2);
        fixtures.holds(fixtures.person("Sun Li", base), post, AssignmentKind.PRIMARY, OrgFixtures.SINCE);

        page(get("/org/units"), TestUsers.employee(1)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Chart Group"), containsString("Chart Base"),
                        containsString("href=\"/org/units/" + base + "\""), containsString(">Base</span>"),
                        containsString("1 of 2 posts filled"))));
    }

    @Test
    void the_org_chart_of_a_past_day_shows_the_units_as_they_were_then() throws Exception {
        long group = fixtures.unit("Group", UnitKind.GROUP, null);
        long unit = fixtures.unit("Old Name Works", UnitKind.WORKSHOP, group);
        form(post("/org/units/" + unit + "/rename").param("name", "New Name Works")
                .param("effectiveDate", "2023-01-01")).andExpect(status().is3xxRedirection());

        page(get("/org/units").param("asOf", "2022-06-30"), ORG_DEPT)
                .andExpect(content().string(allOf(containsString("Old Name Works"), not(containsString("New Name Works")))));
        page(get("/org/units").param("asOf", "2023-01-01"), ORG_DEPT)
                .andExpect(content().string(allOf(containsString("New Name Works"), not(containsString("Old Name Works")))));
        page(get("/org/units").param("asOf", "2019-01-01").header("HX-Request", "true"), ORG_DEPT)
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"tree\""), not(containsString("<html")),
                        not(containsString("Old Name Works")))));
    }

    @Test
    void the_unit_page_shows_details_history_child_units_and_posts_with_over_filled_ones_highlighted() throws Exception {
        long group = fixtures.unit("Group", UnitKind.GROUP, null);
        long unit = fixtures.unit("Page Unit", UnitKind.OPERATING_UNIT, group);
        fixtures.unit("Page Child Workshop", UnitKind.WORKSHOP, unit);
        long post = fixtures.post(unit, "Deputy head", PostLevel.MID_DEPUTY, 1);
        fixtures.holds(fixtures.person("Qian Hong", unit), post, AssignmentKind.PRIMARY, OrgFixtures.SINCE);
        fixtures.holds(fixtures.person("Zhou Jie", unit), post, AssignmentKind.PRIMARY, OrgFixtures.SINCE);
        form(post("/org/units/" + unit + "/rename").param("name", "Page Unit Renamed")
                .param("effectiveDate", "2024-01-01").param("documentNo", "ORG[2024]3"))
                .andExpect(status().is3xxRedirection());

        page(get("/org/units/" + unit), ORG_DEPT).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Page Unit Renamed"),
                        containsString("Page Child Workshop"), containsString("Deputy head"),
                        containsString("Mid-level deputy"), containsString("2 / 1"), containsString("over-filled"),
                        containsString("table-danger"), containsString("Qian Hong"), containsString("Zhou Jie"),
                        containsString("ORG[2024]3"), containsString("Renamed"), containsString("2024-01-01"))));
        page(get("/org/units/" + unit).param("asOf", "2023-01-01"), ORG_DEPT)
                .andExpect(content().string(containsString("<h1 class=\"h3 mb-0\" id=\"unit-name\">Page Unit</h1>")));
    }

    @Test
    void units_are_opened_moved_merged_and_dissolved_through_the_forms() throws Exception {
        long group = fixtures.unit("Group", UnitKind.GROUP, null);
        long other = fixtures.unit("Other Unit", UnitKind.OPERATING_UNIT, group);
        String code = OrgFixtures.unique("F");

        form(post("/org/units").param("code", code).param("name", "Form Department").param("kind", "DEPARTMENT")
                .param("parentCode", fixtures.code(group)).param("effectiveDate", "2024-01-01"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "org.unit.created.notice"));
        long unit = jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();

        form(post("/org/units/" + unit + "/move").param("parentCode", fixtures.code(other))
                .param("effectiveDate", "2024-02-01")).andExpect(redirectedUrl("/org/units/" + unit));
        form(post("/org/units/" + unit + "/merge").param("intoCode", fixtures.code(group))
                .param("effectiveDate", "2024-03-01").param("documentNo", "M-1"))
                .andExpect(redirectedUrl("/org/units/" + unit));
        assertThat(jdbc.sql("select count(*) from org_unit_version where unit_id = ? and ended_by = 'MERGED' and merged_into = ?")
                .params(unit, group).query(Long.class).single()).isEqualTo(1);

        long empty = fixtures.unit("Empty Unit", UnitKind.TEAM, other);
        form(post("/org/units/" + empty + "/dissolve").param("effectiveDate", "2024-04-01"))
                .andExpect(redirectedUrl("/org/units/" + empty));
        page(get("/org/units/" + empty), ORG_DEPT)
                .andExpect(content().string(allOf(containsString("id=\"not-open\""), containsString("Dissolved"),
                        not(containsString("id=\"unit-actions\"")))));
    }

    @Test
    void a_form_with_a_broken_rule_comes_back_with_the_message_next_to_the_field_in_the_users_language() throws Exception {
        long group = fixtures.unit("Group", UnitKind.GROUP, null);
        long unit = fixtures.unit("Dated Unit", UnitKind.DEPARTMENT, group);

        form(post("/org/units/" + unit + "/rename").param("name", "Too Early").param("effectiveDate", "2019-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("is-invalid"),
                        containsString("cannot take effect before 2020-01-01"), containsString("value=\"Too Early\""))));
        mvc.perform(post("/org/units/" + unit + "/rename").with(user(ORG_DEPT)).with(csrf())
                        .header("Accept-Language", "zh-CN").param("name", "").param("effectiveDate", "2019-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("必填")));
        form(post("/org/units/" + unit + "/move").param("parentCode", "NO-SUCH-CODE").param("effectiveDate", "2024-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No unit with the code NO-SUCH-CODE")));
        form(post("/org/units/" + unit + "/move").param("parentCode", fixtures.code(unit)).param("effectiveDate", "2024-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("cannot be moved under itself")));
    }

    @Test
    void a_unit_code_with_characters_the_api_refuses_is_refused_by_the_form_too() throws Exception {
        form(post("/org/units").param("code", "A B/<C>").param("name", "Badly Coded").param("kind", "DEPARTMENT")
                .param("effectiveDate", "2024-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("letters, digits, dots, dashes and underscores only")));
        assertThat(jdbc.sql("select count(*) from org_unit where code = 'A B/<C>'").query(Long.class).single()).isZero();
    }

    @Test
    void each_field_of_a_form_appears_once() throws Exception {
        String html = page(get("/org/units/new"), ORG_DEPT).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        for (String field : new String[] {"code", "name", "kind", "parentCode", "effectiveDate", "documentNo"}) {
            assertThat(html.split("name=\"" + field + "\"", -1)).as(field).hasSize(2);
        }
    }

    @Test
    void a_form_posted_without_the_csrf_token_is_refused() throws Exception {
        long group = fixtures.unit("Group", UnitKind.GROUP, null);
        long unit = fixtures.unit("Csrf Unit", UnitKind.DEPARTMENT, group);
        mvc.perform(post("/org/units/" + unit + "/rename").with(user(ORG_DEPT)).param("name", "Forged")
                .param("effectiveDate", "2024-01-01")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from org_unit_version where unit_id = ?").param(unit)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_manager_scoped_to_one_unit_cannot_change_another_through_the_pages() throws Exception {
        long group = fixtures.unit("Group", UnitKind.GROUP, null);
        long mine = fixtures.unit("My Unit", UnitKind.OPERATING_UNIT, group);
        long theirs = fixtures.unit("Their Unit", UnitKind.OPERATING_UNIT, group);
        CurrentUser manager = managerOf(mine);

        page(get("/org/units/" + theirs), manager).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"unit-actions\""))));
        page(get("/org/units/" + mine), manager)
                .andExpect(content().string(containsString("id=\"unit-actions\"")));
        page(get("/org/units/" + theirs + "/rename"), manager).andExpect(status().isForbidden());
        mvc.perform(post("/org/units/" + theirs + "/rename").with(user(manager)).with(csrf())
                .param("name", "Taken Over").param("effectiveDate", "2024-01-01")).andExpect(status().isForbidden());
        mvc.perform(post("/org/units").with(user(manager)).with(csrf()).param("code", OrgFixtures.unique("X"))
                .param("name", "Sneaky").param("kind", "TEAM").param("parentCode", fixtures.code(theirs))
                .param("effectiveDate", "2024-01-01")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select name from org_unit_version where unit_id = ? and valid_to is null").param(theirs)
                .query(String.class).single()).isEqualTo("Their Unit");
    }

    @Test
    void a_unit_name_with_markup_is_shown_as_text() throws Exception {
        long group = fixtures.unit("Group", UnitKind.GROUP, null);
        long unit = fixtures.unit("<script>alert('x')</script>", UnitKind.DEPARTMENT, group);
        page(get("/org/units/" + unit), ORG_DEPT)
                .andExpect(content().string(allOf(containsString("&lt;script&gt;"),
                        not(containsString("<script>alert")))));
        page(get("/org/units"), ORG_DEPT).andExpect(content().string(not(containsString("<script>alert"))));
    }

    @Test
    void a_unit_that_does_not_exist_is_not_found() throws Exception {
        page(get("/org/units/999999999"), ORG_DEPT).andExpect(status().isNotFound());
    }

    @Test
    void the_org_chart_needs_org_read() throws Exception {
        page(get("/org/units"), TestUsers.withGrants("nobody", null)).andExpect(status().isForbidden());
    }

    private ResultActions page(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
        return mvc.perform(request.with(user(as)).header("Accept-Language", "en"));
    }

    private ResultActions form(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(ORG_DEPT)).with(csrf()).header("Accept-Language", "en"));
    }
}
