package org.cadre.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadre.IntegrationTest;
import org.cadre.TestUsers;
import org.cadre.identity.CurrentUser;
import org.cadre.identity.Permissions;
import org.cadre.identity.ScopeKind;
import org.cadre.people.internal.TestNationalIds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A user scoped to one unit can neither see nor change people of another unit, by any way in. */
@IntegrationTest
class PeopleScopeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long mine;
    long theirs;
    long insider;
    long outsider;
    String outsiderName;
    CurrentUser unitHead;
    CurrentUser unitManager;

    @BeforeEach
    void twoUnits() {
        PeopleFixtures fixtures = new PeopleFixtures(jdbc);
        mine = fixtures.unit("Mine", null);
        theirs = fixtures.unit("Theirs", null);
        insider = fixtures.person(fixtures.unique("Insider"), mine).create();
        outsiderName = fixtures.unique("Outsider");
        outsider = fixtures.person(outsiderName, theirs)
                .nationalId(TestNationalIds.unique(LocalDate.of(1980, 1, 1), Gender.M)).create();
        jdbc.sql("insert into people_photo (person_id, content_type, content) values (?, 'image/png', ?)")
                .params(outsider, new byte[] {1, 2, 3}).update();
        unitHead = TestUsers.unitHead(mine);
        unitManager = TestUsers.withGrants("manager" + mine, null, TestUsers.grant(ScopeKind.UNIT, mine,
                Permissions.PEOPLE_READ, Permissions.PEOPLE_MANAGE, Permissions.PEOPLE_EXPORT,
                Permissions.PEOPLE_NATIONAL_ID, Permissions.PEOPLE_IMPORT, Permissions.AUDIT_READ));
    }

    @Test
    void the_roster_page_and_api_list_only_people_within_the_scope() throws Exception {
        mvc.perform(get("/people").with(user(unitHead)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/people/" + insider + "\"")))
                .andExpect(content().string(not(containsString(outsiderName))));
        mvc.perform(get("/api/v1/people").param("unit", String.valueOf(theirs)).with(user(unitHead)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/people").with(user(unitHead)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(insider));
    }

    @Test
    void the_profile_photo_and_national_id_of_a_person_outside_the_scope_are_not_found() throws Exception {
        mvc.perform(get("/people/{id}", insider).with(user(unitHead))).andExpect(status().isOk());
        mvc.perform(get("/people/{id}", outsider).with(user(unitHead))).andExpect(status().isNotFound());
        mvc.perform(get("/people/{id}/photo", outsider).with(user(unitHead))).andExpect(status().isNotFound());
        mvc.perform(get("/people/{id}/audit", outsider).with(user(unitManager))).andExpect(status().isNotFound());
        mvc.perform(post("/people/{id}/national-id", outsider).with(user(unitManager)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/people/{id}", outsider).with(user(unitHead)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void the_export_holds_only_people_within_the_scope() throws Exception {
        byte[] file = mvc.perform(get("/people/export.xlsx").with(user(unitHead)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(names(file)).containsExactly(jdbc.sql("select name from people_person where id = ?")
                .param(insider).query(String.class).single());
        byte[] api = mvc.perform(get("/api/v1/people/export.xlsx").param("unit", String.valueOf(theirs))
                        .with(user(unitHead)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(names(api)).isEmpty();
    }

    @Test
    void a_person_outside_the_scope_cannot_be_changed_through_pages_or_api() throws Exception {
        mvc.perform(get("/people/{id}/edit", outsider).with(user(unitManager))).andExpect(status().isNotFound());
        mvc.perform(post("/people/{id}/edit", outsider).param("employeeNo", "X1").param("name", "Hacked")
                        .param("gender", "M").param("birthDate", "1980-01-01").param("version", "0")
                        .with(user(unitManager)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/people/{id}/status", outsider).param("status", "LEFT").with(user(unitManager))
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/people/{id}/unit", outsider).param("unitId", String.valueOf(mine))
                        .param("effectiveDate", "2025-01-01").with(user(unitManager)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/people/{id}", outsider).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"employeeNo\":\"X1\",\"name\":\"Hacked\",\"gender\":\"M\","
                                + "\"birthDate\":\"1980-01-01\",\"version\":0}")
                        .with(user(unitManager)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/people/{id}/status", outsider).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"LEFT\"}").with(user(unitManager)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/people/{id}/unit", outsider).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":" + mine + ",\"effectiveDate\":\"2025-01-01\"}")
                        .with(user(unitManager)).with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(jdbc.sql("select name || status || unit_id from people_person where id = ?").param(outsider)
                .query(String.class).single()).isEqualTo(outsiderName + "ACTIVE" + theirs);
    }

    @Test
    void nobody_is_created_in_or_moved_to_a_unit_outside_the_scope() throws Exception {
        mvc.perform(post("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"employeeNo\":\"" + "Z" + System.nanoTime() + "\",\"name\":\"New\",\"gender\":\"M\","
                                + "\"birthDate\":\"1980-01-01\",\"unitId\":" + theirs + "}")
                        .with(user(unitManager)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("unitId"))
                .andExpect(jsonPath("$.errors[0].code").value("people.unit.outsideScope"));
        mvc.perform(post("/api/v1/people/{id}/unit", insider).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":" + theirs + ",\"effectiveDate\":\"2025-01-01\"}")
                        .with(user(unitManager)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("people.unit.outsideScope"));
    }

    @Test
    void a_national_id_held_beyond_the_scope_is_said_to_be_registered_without_naming_its_holder() throws Exception {
        String nationalId = jdbc.sql("select national_id from people_person where id = ?").param(outsider)
                .query(String.class).single();
        String outsiderNo = jdbc.sql("select employee_no from people_person where id = ?").param(outsider)
                .query(String.class).single();
        String body = "{\"employeeNo\":\"" + "Z" + System.nanoTime() + "\",\"name\":\"New\",\"gender\":\"M\","
                + "\"birthDate\":\"1980-01-01\",\"nationalId\":\"" + nationalId + "\",\"unitId\":" + mine + "}";

        mvc.perform(post("/api/v1/people").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(body).with(user(unitManager)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("nationalId"))
                .andExpect(jsonPath("$.errors[0].code").value("people.nationalId.registered"))
                .andExpect(jsonPath("$.errors[0].message").value("This national ID is already registered."))
                .andExpect(content().string(not(containsString(outsiderNo))));
        mvc.perform(post("/api/v1/people").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(body).with(user(TestUsers.orgDept())).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("people.nationalId.taken"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString(outsiderNo)));
    }

    @Test
    void reading_is_not_changing_a_reader_may_not_edit_even_within_the_scope() throws Exception {
        mvc.perform(get("/people/{id}/edit", insider).with(user(unitHead))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/people/{id}/status", insider).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"LEFT\"}").with(user(unitHead)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_employee_sees_only_themself() throws Exception {
        CurrentUser self = TestUsers.employee(insider);
        mvc.perform(get("/api/v1/people").with(user(self)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(insider));
        mvc.perform(get("/people/{id}", insider).with(user(self))).andExpect(status().isOk());
        mvc.perform(get("/people/{id}", outsider).with(user(self))).andExpect(status().isNotFound());
    }

    @Test
    void managing_oneself_is_not_managing_a_self_scope_of_people_manage_changes_nothing_of_ones_own() throws Exception {
        CurrentUser self = TestUsers.withGrants("self-manager" + insider, insider, TestUsers.grant(ScopeKind.SELF,
                null, Permissions.PEOPLE_READ, Permissions.PEOPLE_MANAGE));
        mvc.perform(get("/people/{id}", insider).with(user(self))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/people/" + insider + "/edit"))));
        mvc.perform(get("/people/{id}/edit", insider).with(user(self))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/people/{id}/status", insider).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"LEFT\"}").with(user(self)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select status from people_person where id = ?").param(insider).query(String.class)
                .single()).isEqualTo("ACTIVE");
    }

    @Test
    void an_auditor_of_one_unit_sees_no_audit_trail_of_a_person_of_another() throws Exception {
        CurrentUser auditor = TestUsers.withGrants("auditor" + mine, null,
                TestUsers.grant(ScopeKind.ALL, null, Permissions.PEOPLE_READ),
                TestUsers.grant(ScopeKind.UNIT, mine, Permissions.AUDIT_READ));
        mvc.perform(get("/people/{id}", outsider).with(user(auditor))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"person-audit\""))));
        mvc.perform(get("/people/{id}/audit", outsider).with(user(auditor))).andExpect(status().isNotFound());
        mvc.perform(get("/people/{id}/audit", insider).with(user(auditor))).andExpect(status().isOk());
    }

    @Test
    void a_manager_without_people_read_is_answered_with_the_record_they_wrote() throws Exception {
        CurrentUser writer = TestUsers.withGrants("writer" + mine, null, TestUsers.grant(ScopeKind.UNIT, mine,
                Permissions.PEOPLE_MANAGE));
        mvc.perform(post("/api/v1/people/{id}/status", insider).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"SECONDED\"}").with(user(writer)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SECONDED"));
    }

    static List<String> names(byte[] xlsx) throws Exception {
        List<String> names = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getRowNum() > 0) {
                    names.add(row.getCell(1).getStringCellValue());
                }
            }
        }
        return names;
    }
}
