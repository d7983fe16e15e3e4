package org.cadre.people;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;

import org.cadre.IntegrationTest;
import org.cadre.TestUsers;
import org.cadre.identity.CurrentUser;
import org.cadre.identity.Permissions;
import org.cadre.identity.ScopeKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A person's status history: kept with who recorded it, listed newest first on the profile (both languages) and under
 * /api/v1/people/{id}/status-history, with the profile's permission and data scope.
 */
@IntegrationTest
class StatusHistoryTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    long mine;
    long insider;
    long outsider;
    CurrentUser unitManager;

    @BeforeEach
    void twoUnits() {
        PeopleFixtures fixtures = new PeopleFixtures(jdbc);
        mine = fixtures.unit(fixtures.unique("Mine"), null);
        long theirs = fixtures.unit(fixtures.unique("Theirs"), null);
        insider = fixtures.person(fixtures.unique("Insider"), mine).create();
        outsider = fixtures.person(fixtures.unique("Outsider"), theirs).create();
        unitManager = TestUsers.withGrants("statusmgr" + mine, null, TestUsers.grant(ScopeKind.UNIT, mine,
                Permissions.PEOPLE_READ, Permissions.PEOPLE_MANAGE, Permissions.ORG_READ));
    }

    void changeStatus(CurrentUser who, long person, String status) throws Exception {
        mvc.perform(post("/api/v1/people/{id}/status", person).with(user(who)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"" + status + "\"}"))
                .andExpect(status().isOk());
    }

    @Test
    void status_changes_are_listed_newest_first_with_who_recorded_them_in_the_api_and_on_the_profile()
            throws Exception {
        changeStatus(unitManager, insider, "SECONDED");
        // an earlier change with its reason, recorded later but effective long before
        jdbc.sql("""
                insert into people_status_change (person_id, from_status, to_status, effective_date, reason, recorded_by)
                values (?, 'RETIRED', 'ACTIVE', ?, '返聘', 'importer')
                """).params(insider, LocalDate.of(2001, 3, 1)).update();
        String today = LocalDate.now(clock).toString();

        mvc.perform(get("/api/v1/people/{id}/status-history", insider).with(user(unitManager)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].from").value("ACTIVE"))
                .andExpect(jsonPath("$[0].to").value("SECONDED"))
                .andExpect(jsonPath("$[0].recordedBy").value("statusmgr" + mine))
                .andExpect(jsonPath("$[1].effectiveDate").value("2001-03-01"))
                .andExpect(jsonPath("$[1].reason").value("返聘"));

        mvc.perform(get("/people/{id}", insider).with(user(unitManager)).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("状态变动")))
                .andExpect(content().string(containsString("记录人")))
                .andExpect(content().string(containsString("statusmgr" + mine)))
                .andExpect(content().string(containsString("2001-03-01")));
        mvc.perform(get("/people/{id}", insider).with(user(unitManager)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Status over time")))
                .andExpect(content().string(containsString("<td>Seconded</td>")))
                .andExpect(content().string(containsString("<td>" + today + "</td>")));
    }

    @Test
    void a_person_beyond_the_callers_scope_is_unknown_and_without_people_read_it_is_refused() throws Exception {
        changeStatus(TestUsers.orgDept(), outsider, "RETIRED");

        mvc.perform(get("/api/v1/people/{id}/status-history", outsider).with(user(unitManager)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/people/{id}/status-history", outsider).with(user(TestUsers.unitHead(mine))))
                .andExpect(status().isNotFound());
        CurrentUser orgOnly = TestUsers.withGrants("orgonly" + mine, null,
                TestUsers.grant(ScopeKind.ALL, null, Permissions.ORG_READ));
        mvc.perform(get("/api/v1/people/{id}/status-history", outsider).with(user(orgOnly)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people/{id}/status-history", outsider).with(user(TestUsers.orgDept())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].to").value("RETIRED"))
                .andExpect(jsonPath("$[0].recordedBy").value("orgdept"));
    }

    @Test
    void an_employee_reads_their_own_status_history() throws Exception {
        mvc.perform(get("/api/v1/people/{id}/status-history", insider).with(user(TestUsers.employee(insider))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/v1/people/{id}/status-history", outsider).with(user(TestUsers.employee(insider))))
                .andExpect(status().isNotFound());
    }
}
