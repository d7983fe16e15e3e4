package org.cadre.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class PersonProfileTest {

    static final LocalDate BORN = LocalDate.of(1982, 4, 5);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    PeopleFixtures fixtures;
    long unit;
    long person;
    String nationalId;
    CurrentUser orgDept = TestUsers.orgDept();

    @BeforeEach
    void aPerson() {
        fixtures = new PeopleFixtures(jdbc);
        unit = fixtures.unit("Anode Unit", null);
        nationalId = TestNationalIds.unique(BORN, Gender.M);
        person = fixtures.person("Zhou <b>Jiu</b>", unit).born(BORN).nationalId(nationalId).create();
    }

    String masked() {
        return nationalId.substring(0, 4) + "**********" + nationalId.substring(14);
    }

    List<String> auditActions() {
        return jdbc.sql("select action from audit_entry where entity_type = 'person' and entity_id = ? order by id")
                .param(String.valueOf(person)).query(String.class).list();
    }

    @Test
    void the_profile_shows_the_national_id_masked_and_the_name_escaped() throws Exception {
        mvc.perform(get("/people/{id}", person).with(user(TestUsers.unitHead(unit))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(masked())))
                .andExpect(content().string(not(containsString(nationalId))))
                .andExpect(content().string(not(containsString("reveal-national-id"))))
                .andExpect(content().string(containsString("Zhou &lt;b&gt;Jiu&lt;/b&gt;")))
                .andExpect(content().string(not(containsString("<b>Jiu</b>"))));
        mvc.perform(get("/api/v1/people/{id}", person).with(user(TestUsers.unitHead(unit))))
                .andExpect(jsonPath("$.nationalId").value(masked()))
                .andExpect(jsonPath("$.nationalIdMasked").value(true))
                .andExpect(jsonPath("$.name").value("Zhou <b>Jiu</b>"));
        assertThat(auditActions()).doesNotContain("person.nationalId.viewed");
    }

    @Test
    void a_holder_of_the_national_id_permission_reveals_it_on_request_and_the_view_is_audited() throws Exception {
        mvc.perform(get("/people/{id}", person).with(user(orgDept)))
                .andExpect(content().string(containsString(masked())))
                .andExpect(content().string(not(containsString(nationalId))))
                .andExpect(content().string(containsString("reveal-national-id")));
        mvc.perform(post("/people/{id}/national-id", person).header("HX-Request", "true")
                        .with(user(orgDept)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(nationalId)));
        assertThat(auditActions()).containsExactly("person.nationalId.viewed");
        String after = jdbc.sql("select after_state::text from audit_entry where entity_id = ? and action = ?")
                .params(String.valueOf(person), "person.nationalId.viewed").query(String.class).single();
        assertThat(after).doesNotContain(nationalId);

        mvc.perform(post("/people/{id}/national-id", person).with(user(TestUsers.unitHead(unit))).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_api_shows_the_full_national_id_to_a_holder_of_the_permission_and_audits_it() throws Exception {
        mvc.perform(get("/api/v1/people/{id}", person).with(user(orgDept)))
                .andExpect(jsonPath("$.nationalId").value(nationalId))
                .andExpect(jsonPath("$.nationalIdMasked").value(false));
        assertThat(auditActions()).containsExactly("person.nationalId.viewed");
    }

    MockHttpServletRequestBuilder editForm(int version, String name) {
        return post("/people/{id}/edit", person).param("employeeNo", "EDIT" + person).param("name", name)
                .param("gender", "M").param("birthDate", BORN.toString()).param("version", String.valueOf(version))
                .param("companyJoinDate", "2005-07-01").param("highestEducation", "MASTER")
                .with(user(orgDept)).with(csrf());
    }

    @Test
    void an_edit_saves_every_field_keeps_the_national_id_and_is_audited_with_it_masked() throws Exception {
        mvc.perform(get("/people/{id}/edit", person).with(user(orgDept)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(nationalId))));
        mvc.perform(editForm(0, "Zhou Jiu"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select name || '|' || national_id || '|' || highest_education || '|' || version "
                + "from people_person where id = ?").param(person).query(String.class).single())
                .isEqualTo("Zhou Jiu|" + nationalId + "|MASTER|1");
        String audit = jdbc.sql("""
                select before_state::text || after_state::text from audit_entry
                where entity_id = ? and action = 'person.updated'
                """).param(String.valueOf(person)).query(String.class).single();
        assertThat(audit).contains(masked()).doesNotContain(nationalId).contains("Zhou Jiu");
    }

    @Test
    void a_concurrent_edit_is_refused_with_a_clear_message_not_overwritten() throws Exception {
        mvc.perform(editForm(0, "First editor")).andExpect(status().is3xxRedirection());
        mvc.perform(editForm(0, "Second editor").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this person")));
        mvc.perform(put("/api/v1/people/{id}", person).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"employeeNo\":\"EDIT" + person + "\",\"name\":\"Third\",\"gender\":\"M\","
                                + "\"birthDate\":\"" + BORN + "\",\"version\":0}")
                        .with(user(orgDept)).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select name from people_person where id = ?").param(person).query(String.class).single())
                .isEqualTo("First editor");
    }

    @Test
    void the_form_shows_every_broken_rule_next_to_its_field() throws Exception {
        String taken = jdbc.sql("select employee_no from people_person where id = ?").param(
                fixtures.person("Other", unit).create()).query(String.class).single();
        mvc.perform(post("/people/{id}/edit", person).param("employeeNo", taken).param("name", "Zhou")
                        .param("gender", "F").param("birthDate", "2999-01-01").param("nationalId", "320102198204050011")
                        .param("version", "0").param("lang", "en").with(user(orgDept)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The birth date must lie in the past.")))
                .andExpect(content().string(containsString("The check digit of this national ID is wrong")))
                .andExpect(content().string(containsString("The employee number " + taken + " is already taken.")));
        mvc.perform(post("/people/{id}/edit", person).param("employeeNo", "OK" + person).param("name", "")
                        .param("gender", "F").param("birthDate", BORN.toString())
                        .param("nationalId", TestNationalIds.unique(BORN, Gender.M))
                        .param("version", "0").param("lang", "zh_CN").with(user(orgDept)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("必填")))
                .andExpect(content().string(containsString("身份证号与性别不一致")));
    }

    @Test
    void a_value_that_is_no_date_is_shown_back_with_its_error_not_a_failure() throws Exception {
        mvc.perform(post("/people/{id}/edit", person).param("employeeNo", "X" + person).param("name", "Zhou")
                        .param("gender", "M").param("birthDate", "not-a-date").param("version", "0")
                        .param("lang", "en").with(user(orgDept)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("not-a-date")))
                .andExpect(content().string(containsString("This value is not valid.")))
                .andExpect(content().string(not(containsString("Failed to convert"))));
        mvc.perform(post("/people/new").param("employeeNo", "X" + person).param("name", "Zhou")
                        .param("gender", "Q").param("birthDate", "1980-01-01")
                        .param("lang", "en").with(user(orgDept)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
    }

    @Test
    void a_person_is_created_from_the_form_and_from_the_api() throws Exception {
        String no = fixtures.unique("N");
        mvc.perform(post("/people/new").param("employeeNo", no).param("name", "Wu Shi").param("gender", "F")
                        .param("birthDate", "1990-02-03").param("unitId", String.valueOf(unit))
                        .param("companyJoinDate", "2015-03-01").with(user(orgDept)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/people/*"));
        assertThat(jdbc.sql("""
                select m.unit_id || ' ' || m.valid_from from people_person p
                join people_unit_membership m on m.person_id = p.id where p.employee_no = ?
                """).param(no).query(String.class).single()).isEqualTo(unit + " 2015-03-01");

        String id = TestNationalIds.unique(LocalDate.of(1991, 1, 1), Gender.F);
        mvc.perform(post("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"employeeNo\":\"" + no + "A\",\"name\":\"Zheng\",\"gender\":\"F\","
                                + "\"birthDate\":\"1991-01-01\",\"nationalId\":\"" + id + "\",\"unitId\":" + unit + "}")
                        .with(user(orgDept)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.nationalIdMasked").value(true))
                .andExpect(jsonPath("$.politicalAffiliation").value("MASSES"));
        String created = jdbc.sql("""
                select after_state::text from audit_entry a join people_person p on a.entity_id = p.id::text
                where a.action = 'person.created' and p.employee_no = ?
                """).param(no + "A").query(String.class).single();
        assertThat(created).doesNotContain(id);
    }

    @Test
    void the_api_lists_every_broken_rule_with_its_field() throws Exception {
        mvc.perform(post("/api/v1/people").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-CN")
                        .content("{\"employeeNo\":\"" + fixtures.unique("B") + "\",\"name\":\"Bad\",\"gender\":\"F\","
                                + "\"birthDate\":\"2999-01-01\",\"nationalId\":\"123\",\"unitId\":" + unit + "}")
                        .with(user(orgDept)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("birthDate"))
                .andExpect(jsonPath("$.errors[0].message").value("出生日期必须早于今天。"))
                .andExpect(jsonPath("$.errors[1].field").value("nationalId"))
                .andExpect(jsonPath("$.errors[1].code").value("people.nationalId.format"));
        mvc.perform(post("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"No number\",\"gender\":\"F\",\"birthDate\":\"1980-01-01\"}")
                        .with(user(orgDept)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("employeeNo"));
    }

    @Test
    void status_changes_and_moves_are_recorded_and_keep_the_membership_history() throws Exception {
        long target = fixtures.unit("Cathode Unit", null);
        mvc.perform(post("/people/{id}/status", person).param("status", "SECONDED").with(user(orgDept)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/people/{id}/unit", person).param("unitId", String.valueOf(target))
                        .param("effectiveDate", "2024-07-01").with(user(orgDept)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/people/{id}/status", person).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"RETIRED\"}").with(user(orgDept)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETIRED"))
                .andExpect(jsonPath("$.unitName").value("Cathode Unit"));

        assertThat(jdbc.sql("""
                select unit_id || ' ' || valid_from || ' ' || coalesce(valid_to::text, '-') from people_unit_membership
                where person_id = ? order by valid_from
                """).param(person).query(String.class).list())
                .containsExactly(unit + " 2000-01-01 2024-07-01", target + " 2024-07-01 -");
        assertThat(auditActions()).containsExactly("person.statusChanged", "person.moved", "person.statusChanged");

        mvc.perform(get("/people/{id}", person).param("lang", "en").with(user(orgDept)))
                .andExpect(content().string(containsString("History of changes")))
                .andExpect(content().string(containsString("person.moved")))
                .andExpect(content().string(containsString("2024-07-01")));
        mvc.perform(get("/people/{id}", person).with(user(TestUsers.unitHead(target))))
                .andExpect(content().string(not(containsString("person.moved"))));
    }

    @Test
    void a_move_before_the_current_membership_began_is_refused_with_the_reason() throws Exception {
        long target = fixtures.unit("Elsewhere", null);
        fixtures.moveBySql(person, fixtures.unit("Before", null), LocalDate.of(2020, 1, 1));
        mvc.perform(post("/api/v1/people/{id}/unit", person).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":" + target + ",\"effectiveDate\":\"2010-01-01\"}")
                        .with(user(orgDept)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("people.move.beforeCurrent"));
        mvc.perform(post("/people/{id}/unit", person).param("unitId", String.valueOf(target))
                        .param("effectiveDate", "2010-01-01").param("lang", "en").with(user(orgDept)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getFlashMap().get("moveError").toString())
                        .contains("2020-01-01"));
    }

    @Test
    void a_photo_is_stored_served_with_the_same_checks_and_only_images_are_accepted() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
        mvc.perform(multipart("/people/{id}/photo", person).file(new MockMultipartFile("photo", "p.png",
                        "image/png", png)).with(user(orgDept)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/people/{id}/photo", person).with(user(TestUsers.unitHead(unit))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(content().bytes(png));
        mvc.perform(multipart("/people/{id}/photo", person).file(new MockMultipartFile("photo", "x.png",
                        "image/png", "<svg onload=alert(1)>".getBytes())).with(user(orgDept)).with(csrf()))
                .andExpect(result -> assertThat(result.getFlashMap().containsKey("photoError")).isTrue());
        mvc.perform(get("/people/{id}/photo", person).with(user(TestUsers.unitHead(unit))))
                .andExpect(content().bytes(png));
    }

    @Test
    void the_new_person_form_offers_the_units_within_the_scope_and_the_audit_history_pages_by_htmx()
            throws Exception {
        mvc.perform(get("/people/new").param("lang", "en").with(user(orgDept)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"person-form\"")))
                .andExpect(content().string(containsString("Anode Unit")));
        for (int i = 0; i < 12; i++) {
            mvc.perform(post("/people/{id}/status", person).param("status", i % 2 == 0 ? "SECONDED" : "ACTIVE")
                    .with(user(orgDept)).with(csrf()));
        }
        mvc.perform(get("/people/{id}/audit", person).param("page", "1").header("HX-Request", "true")
                        .param("lang", "en").with(user(orgDept)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"person-audit\"")))
                .andExpect(content().string(containsString("Page 2 of 2, 12 in all")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void a_unit_manager_without_audit_read_sees_no_audit_history() throws Exception {
        CurrentUser manager = TestUsers.withGrants("mgr" + unit, null,
                TestUsers.grant(ScopeKind.UNIT, unit, Permissions.PEOPLE_READ, Permissions.PEOPLE_MANAGE));
        mvc.perform(get("/people/{id}", person).with(user(manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("edit-person")))
                .andExpect(content().string(not(containsString("person-audit"))));
        mvc.perform(get("/people/{id}/audit", person).with(user(manager))).andExpect(status().isForbidden());
    }
}
