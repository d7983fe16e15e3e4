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

import java.time.LocalDate;

import org.cadre.IntegrationTest;
import org.cadre.identity.CurrentUser;
import org.cadre.organization.PostLevel;
import org.cadre.organization.UnitKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
@Import(FakePersonLookup.class)
class AssignmentPagesTest extends OrgWebTest {

    long group;
    long unit;
    long director;

    @BeforeEach
    void aUnitWithADirectorPost() {
        group = fixtures.unit("Group", UnitKind.GROUP, null);
        unit = fixtures.unit("Electrolyte Unit", UnitKind.OPERATING_UNIT, group);
        director = fixtures.post(unit, "Director", PostLevel.MID_PRINCIPAL, 1);
    }

    @Test
    void a_person_is_appointed_by_employee_number_and_shows_on_the_unit_page() throws Exception {
        long person = fixtures.person("Ma Lin", unit);
        page(get("/org/posts/" + director + "/appoint")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"appoint-form\""),
                        not(containsString("id=\"over-count-reason\"")))));

        form(post("/org/posts/" + director + "/appoint").param("employeeNo", fixtures.employeeNo(person))
                .param("kind", "PRIMARY").param("effectiveDate", "2024-04-01").param("decisionBody", "Party committee")
                .param("decisionDate", "2024-03-28").param("documentNo", "A[2024]8"))
                .andExpect(redirectedUrl("/org/units/" + unit))
                .andExpect(flash().attribute("notice", "assignment.appointed.notice"));

        page(get("/org/units/" + unit)).andExpect(content().string(allOf(containsString("Ma Lin"),
                containsString("A[2024]8"), containsString("since 2024-04-01"), containsString("1 / 1"))));
        page(get("/org/posts/" + director)).andExpect(content().string(allOf(containsString("Ma Lin"),
                containsString("Party committee · 2024-03-28 · A[2024]8"))));
    }

    @Test
    void appointing_to_a_full_post_asks_for_a_reason_and_then_accepts_it() throws Exception {
        fixtures.holds(fixtures.person("Incumbent", unit), director, AssignmentKind.PRIMARY, OrgFixtures.SINCE);
        long person = fixtures.person("Second Director", unit);

        page(get("/org/posts/" + director + "/appoint"))
                .andExpect(content().string(containsString("id=\"over-count-reason\"")));
        form(post("/org/posts/" + director + "/appoint").param("employeeNo", fixtures.employeeNo(person))
                .param("kind", "PRIMARY").param("effectiveDate", "2024-04-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"over-count-reason\""),
                        containsString("The post Director is filled 1 of 1; give a reason to appoint beyond the approved count."))));
        form(post("/org/posts/" + director + "/appoint").param("employeeNo", fixtures.employeeNo(person))
                .param("kind", "PRIMARY").param("effectiveDate", "2024-04-01")
                .param("overCountReason", "Restructuring period"))
                .andExpect(redirectedUrl("/org/units/" + unit));
        assertThat(jdbc.sql("select over_count_reason from org_assignment where person_id = ?").param(person)
                .query(String.class).single()).isEqualTo("Restructuring period");
    }

    @Test
    void an_unknown_employee_number_is_said_next_to_the_field() throws Exception {
        form(post("/org/posts/" + director + "/appoint").param("employeeNo", "NOBODY-1").param("kind", "PRIMARY")
                .param("effectiveDate", "2024-04-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nobody has the employee number NOBODY-1")));
    }

    @Test
    void an_assignment_is_ended_and_a_holder_transferred_through_the_forms() throws Exception {
        long other = fixtures.unit("Recycling Unit", UnitKind.OPERATING_UNIT, group);
        long target = fixtures.post(other, "Recycling director", PostLevel.MID_PRINCIPAL, 1);
        long leaver = fixtures.person("Leaver", unit);
        long ending = fixtures.holds(leaver, director, AssignmentKind.PRIMARY, OrgFixtures.SINCE);
        long deputy = fixtures.post(unit, "Deputy", PostLevel.MID_DEPUTY, 1);
        long mover = fixtures.person("Mover", unit);
        long moving = fixtures.holds(mover, deputy, AssignmentKind.PRIMARY, OrgFixtures.SINCE);

        page(get("/org/units/" + unit)).andExpect(content().string(allOf(
                containsString("/org/assignments/" + ending + "/end"), containsString("/org/assignments/" + moving + "/transfer"))));
        form(post("/org/assignments/" + ending + "/end").param("endDate", "2024-05-01").param("reason", "RESIGNED")
                .param("documentNo", "R-1")).andExpect(redirectedUrl("/org/units/" + unit));
        assertThat(jdbc.sql("select valid_to from org_assignment where id = ?").param(ending).query(LocalDate.class)
                .single()).isEqualTo(LocalDate.of(2024, 5, 1));

        page(get("/org/posts/options").param("unitCode", fixtures.code(other)))
                .andExpect(content().string(containsString("value=\"" + target + "\"")));
        form(post("/org/assignments/" + moving + "/transfer").param("unitCode", fixtures.code(other))
                .param("postId", String.valueOf(target)).param("effectiveDate", "2024-06-01"))
                .andExpect(redirectedUrl("/org/units/" + other));
        assertThat(jdbc.sql("select end_reason from org_assignment where id = ?").param(moving).query(String.class)
                .single()).isEqualTo("TRANSFERRED");
        page(get("/org/units/" + other)).andExpect(content().string(containsString("Mover")));
    }

    @Test
    void lowering_the_approved_count_below_the_holders_is_saved_with_a_warning() throws Exception {
        fixtures.holds(fixtures.person("Holder", unit), director, AssignmentKind.PRIMARY, OrgFixtures.SINCE);
        form(post("/org/units/" + unit + "/posts").param("title", "Assistant").param("level", "STAFF")
                .param("approvedCount", "2")).andExpect(redirectedUrl("/org/units/" + unit));
        page(get("/org/posts/" + director + "/edit")).andExpect(content().string(containsString("value=\"Director\"")));

        form(post("/org/posts/" + director).param("title", "Director").param("level", "MID_PRINCIPAL")
                .param("approvedCount", "0").param("version", "0"))
                .andExpect(redirectedUrl("/org/units/" + unit))
                .andExpect(flash().attribute("warning", "post.overFilled.warning"));
        form(post("/org/posts/" + director).param("title", "Director").param("level", "MID_PRINCIPAL")
                .param("approvedCount", "-3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("whole number from 0 to 9999")));
        page(get("/org/units/" + unit)).andExpect(content().string(allOf(containsString("1 / 0"),
                containsString("over-filled"), containsString("Assistant"))));

        form(post("/org/posts/" + director + "/deactivate"))
                .andExpect(redirectedUrl("/org/units/" + unit))
                .andExpect(flash().attribute("failure", "post.deactivate.openAssignments"));
    }

    @Test
    void a_form_loaded_by_htmx_comes_without_the_page_around_it() throws Exception {
        page(get("/org/posts/" + director + "/appoint").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"appoint-form\""), not(containsString("<html")))));
    }

    @Test
    void a_manager_scoped_to_another_unit_cannot_open_or_post_the_forms() throws Exception {
        long mine = fixtures.unit("Mine", UnitKind.OPERATING_UNIT, group);
        long person = fixtures.person("Candidate", mine);
        CurrentUser manager = managerOf(mine);
        mvc.perform(get("/org/posts/" + director + "/appoint").with(user(manager))).andExpect(status().isForbidden());
        mvc.perform(post("/org/posts/" + director + "/appoint").with(user(manager)).with(csrf())
                .param("employeeNo", fixtures.employeeNo(person)).param("kind", "PRIMARY")
                .param("effectiveDate", "2024-01-01")).andExpect(status().isForbidden());
        mvc.perform(post("/org/posts/" + director + "/deactivate").with(user(manager)).with(csrf()))
                .andExpect(status().isForbidden());
        page(get("/org/units/" + unit), manager).andExpect(content().string(allOf(
                not(containsString("/org/posts/" + director + "/appoint")), not(containsString("id=\"new-post\"")))));
    }

    @Test
    void a_manager_scoped_to_one_unit_is_told_a_person_beyond_it_does_not_exist() throws Exception {
        long elsewhere = fixtures.unit("Elsewhere", UnitKind.OPERATING_UNIT, group);
        long outsider = fixtures.person("Outsider Name", elsewhere);
        String employeeNo = fixtures.employeeNo(outsider);

        mvc.perform(post("/org/posts/" + director + "/appoint").with(user(managerOf(unit))).with(csrf())
                        .header("Accept-Language", "en").param("employeeNo", employeeNo).param("kind", "PRIMARY")
                        .param("effectiveDate", "2024-04-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Nobody has the employee number " + employeeNo),
                        not(containsString("Outsider Name")))));
        assertThat(jdbc.sql("select count(*) from org_assignment where person_id = ?").param(outsider)
                .query(Long.class).single()).isZero();
    }

    private ResultActions page(MockHttpServletRequestBuilder request) throws Exception {
        return page(request, ORG_DEPT);
    }

    private ResultActions page(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
        return mvc.perform(request.with(user(as)).header("Accept-Language", "en"));
    }

    private ResultActions form(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(ORG_DEPT)).with(csrf()).header("Accept-Language", "en"));
    }
}
