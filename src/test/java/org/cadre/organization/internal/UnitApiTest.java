package org.cadre.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cadre.IntegrationTest;
import org.cadre.organization.PostLevel;
import org.cadre.organization.UnitKind;
import org.cadre.organization.UnitMerged;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@IntegrationTest
@Import(FakePersonLookup.class)
@RecordApplicationEvents
class UnitApiTest extends OrgWebTest {

    @Autowired
    ApplicationEvents events;

    @Test
    void a_body_that_is_not_json_or_has_an_unknown_value_is_a_problem_in_the_callers_language() throws Exception {
        postJson("/api/v1/units", "{not json", ORG_DEPT).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("error.unreadableBody"))
                .andExpect(jsonPath("$.detail").value(containsString("not valid JSON")));
        postJson("/api/v1/units", """
                {"code":"X","name":"X","kind":"NO_SUCH_KIND","effectiveDate":"2021-01-01"}
                """, ORG_DEPT).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("error.unreadableBody"));
    }

    @Test
    void units_are_created_renamed_and_moved_and_the_tree_of_a_past_day_stays_as_it_was() throws Exception {
        String code = OrgFixtures.unique("G");
        long group = idOf(postJson("/api/v1/units", """
                {"code":"%s","name":"Group","kind":"GROUP","effectiveDate":"2021-01-01","documentNo":"G[2021]1"}
                """.formatted(code), ORG_DEPT).andExpect(status().isCreated()));
        long base = create("Base One", UnitKind.BASE, group, "2021-01-01");
        long workshop = create("Cathode Workshop", UnitKind.WORKSHOP, group, "2021-01-01");

        postJson("/api/v1/units/" + workshop + "/rename", """
                {"name":"Cathode Materials Workshop","effectiveDate":"2023-06-01","documentNo":"G[2023]7"}
                """, ORG_DEPT).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Cathode Materials Workshop"));
        postJson("/api/v1/units/" + workshop + "/move", """
                {"parentId":%d,"effectiveDate":"2024-01-01","documentNo":"G[2024]2"}
                """.formatted(base), ORG_DEPT).andExpect(status().isOk())
                .andExpect(jsonPath("$.parentId").value(base));

        JsonNode in2022 = unitIn(body(getJson("/api/v1/units?asOf=2022-01-01", ORG_DEPT)), workshop);
        assertThat(in2022.get("name").asString()).isEqualTo("Cathode Workshop");
        assertThat(in2022.get("parentId").asLong()).isEqualTo(group);
        JsonNode in2024 = unitIn(body(getJson("/api/v1/units?asOf=2024-06-01", ORG_DEPT)), workshop);
        assertThat(in2024.get("name").asString()).isEqualTo("Cathode Materials Workshop");
        assertThat(in2024.get("parentId").asLong()).isEqualTo(base);
        assertThat(unitIn(body(getJson("/api/v1/units?asOf=2020-06-01", ORG_DEPT)), workshop)).isNull();

        getJson("/api/v1/units/" + workshop + "?asOf=2022-01-01", ORG_DEPT).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Cathode Workshop"))
                .andExpect(jsonPath("$.history.length()").value(3))
                .andExpect(jsonPath("$.history[0].change").value("OPENED"))
                .andExpect(jsonPath("$.history[0].validTo").value("2023-06-01"))
                .andExpect(jsonPath("$.history[1].change").value("RENAMED"))
                .andExpect(jsonPath("$.history[1].documentNo").value("G[2023]7"))
                .andExpect(jsonPath("$.history[2].change").value("MOVED"))
                .andExpect(jsonPath("$.history[2].validTo").doesNotExist());
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'unit' and entity_id = ?")
                .param(String.valueOf(workshop)).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void a_change_cannot_take_effect_before_the_current_version_began() throws Exception {
        long group = fixtures.unit("Group", UnitKind.GROUP, null);
        postJson("/api/v1/units/" + group + "/rename", """
                {"name":"Renamed","effectiveDate":"2019-12-31"}
                """, ORG_DEPT).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("org.effectiveDate.beforeCurrent"))
                .andExpect(jsonPath("$.field").value("effectiveDate"))
                .andExpect(jsonPath("$.detail").value(containsString("2020-01-01")));
    }

    @Test
    void a_unit_cannot_be_moved_under_its_own_subtree() throws Exception {
        long group = fixtures.unit("Group", UnitKind.GROUP, null);
        long base = fixtures.unit("Base", UnitKind.BASE, group);
        long workshop = fixtures.unit("Workshop", UnitKind.WORKSHOP, base);
        postJson("/api/v1/units/" + base + "/move", """
                {"parentId":%d,"effectiveDate":"2024-01-01"}
                """.formatted(workshop), ORG_DEPT).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("org.unit.move.cycle"));
        assertThat(jdbc.sql("select count(*) from org_unit_version where unit_id = ?").param(base)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void merging_ends_the_unit_moves_its_children_closes_its_posts_and_tells_the_people_module() throws Exception {
        long group = fixtures.unit("Group", UnitKind.GROUP, null);
        long merged = fixtures.unit("Anode Unit", UnitKind.OPERATING_UNIT, group);
        long child = fixtures.unit("Anode Workshop", UnitKind.WORKSHOP, merged);
        long into = fixtures.unit("Materials Unit", UnitKind.OPERATING_UNIT, group);
        long post = fixtures.post(merged, "Head", PostLevel.MID_PRINCIPAL, 1);

        postJson("/api/v1/units/" + merged + "/merge", """
                {"intoUnitId":%d,"effectiveDate":"2024-03-01","documentNo":"G[2024]9"}
                """.formatted(into), ORG_DEPT).andExpect(status().isOk())
                .andExpect(jsonPath("$.openOnDate").value(false))
                .andExpect(jsonPath("$.history[0].endedBy").value("MERGED"))
                .andExpect(jsonPath("$.history[0].mergedInto").value(into))
                .andExpect(jsonPath("$.history[0].endDocumentNo").value("G[2024]9"));

        assertThat(unitIn(body(getJson("/api/v1/units?asOf=2024-03-01", ORG_DEPT)), merged)).isNull();
        assertThat(unitIn(body(getJson("/api/v1/units?asOf=2024-03-01", ORG_DEPT)), child).get("parentId").asLong())
                .isEqualTo(into);
        assertThat(unitIn(body(getJson("/api/v1/units?asOf=2024-02-29", ORG_DEPT)), child).get("parentId").asLong())
                .isEqualTo(merged);
        assertThat(jdbc.sql("select active from org_post where id = ?").param(post).query(Boolean.class).single())
                .isFalse();
        assertThat(events.stream(UnitMerged.class))
                .contains(new UnitMerged(merged, into, java.time.LocalDate.of(2024, 3, 1)));
    }

    @Test
    void merging_is_refused_while_its_posts_are_held_and_says_how_many() throws Exception {
        long group = fixtures.unit("Group", UnitKind.GROUP, null);
        long merged = fixtures.unit("Anode Unit", UnitKind.OPERATING_UNIT, group);
        long into = fixtures.unit("Materials Unit", UnitKind.OPERATING_UNIT, group);
        long post = fixtures.post(merged, "Head", PostLevel.MID_PRINCIPAL, 2);
        fixtures.holds(fixtures.person("Li Wei", merged), post, AssignmentKind.PRIMARY, OrgFixtures.SINCE);
        fixtures.holds(fixtures.person("Wang Fang", merged), post, AssignmentKind.PRIMARY, OrgFixtures.SINCE);

        postJson("/api/v1/units/" + merged + "/merge", """
                {"intoUnitId":%d,"effectiveDate":"2024-03-01"}
                """.formatted(into), ORG_DEPT).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("org.unit.merge.openAssignments"))
                .andExpect(jsonPath("$.detail").value(containsString("2 assignment(s)")));
        assertThat(jdbc.sql("select active from org_post where id = ?").param(post).query(Boolean.class).single())
                .isTrue();
    }

    @Test
    void dissolving_is_refused_while_the_unit_has_child_units_or_members_and_then_allowed() throws Exception {
        long group = fixtures.unit("Group", UnitKind.GROUP, null);
        long unit = fixtures.unit("Old Office", UnitKind.DEPARTMENT, group);
        long team = fixtures.unit("Old Team", UnitKind.TEAM, unit);
        String dissolve = """
                {"effectiveDate":"2024-05-01","documentNo":"G[2024]12"}
                """;
        postJson("/api/v1/units/" + unit + "/dissolve", dissolve, ORG_DEPT)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("org.unit.dissolve.openChildren"));
        postJson("/api/v1/units/" + team + "/dissolve", dissolve, ORG_DEPT).andExpect(status().isOk());
        long member = fixtures.person("Zhao Min", unit);
        postJson("/api/v1/units/" + unit + "/dissolve", dissolve, ORG_DEPT)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("org.unit.dissolve.members"))
                .andExpect(jsonPath("$.detail").value(containsString("1 person(s)")));
        jdbc.sql("update people_person set status = 'LEFT' where id = ?").param(member).update();

        postJson("/api/v1/units/" + unit + "/dissolve", dissolve, ORG_DEPT).andExpect(status().isOk())
                .andExpect(jsonPath("$.history[0].endedBy").value("DISSOLVED"));
        assertThat(unitIn(body(getJson("/api/v1/units?asOf=2024-04-30", ORG_DEPT)), unit)).isNotNull();
        assertThat(unitIn(body(getJson("/api/v1/units?asOf=2024-05-01", ORG_DEPT)), unit)).isNull();
        postJson("/api/v1/units/" + unit + "/rename", """
                {"name":"Back again","effectiveDate":"2024-06-01"}
                """, ORG_DEPT).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("org.unit.ended"));
    }

    @Test
    void a_change_on_the_day_the_current_version_began_keeps_that_version_as_an_empty_period() throws Exception {
        long group = fixtures.unit("Group", UnitKind.GROUP, null);
        long unit = create("Typo Departmnet", UnitKind.DEPARTMENT, group, "2024-02-01");
        postJson("/api/v1/units/" + unit + "/rename", """
                {"name":"Department","effectiveDate":"2024-02-01"}
                """, ORG_DEPT).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Department"))
                .andExpect(jsonPath("$.history.length()").value(2));
        assertThat(unitIn(body(getJson("/api/v1/units?asOf=2024-02-01", ORG_DEPT)), unit).get("name").asString())
                .isEqualTo("Department");
    }

    @Test
    void an_invalid_request_is_answered_with_the_fields_in_error() throws Exception {
        postJson("/api/v1/units", """
                {"code":"","name":"","kind":"GROUP"}
                """, ORG_DEPT).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'effectiveDate')].message").value("Required."));
    }

    @Test
    void a_unit_code_is_unique() throws Exception {
        long group = fixtures.unit("Group", UnitKind.GROUP, null);
        postJson("/api/v1/units", """
                {"code":"%s","name":"Copy","kind":"DEPARTMENT","parentId":%d,"effectiveDate":"2024-01-01"}
                """.formatted(fixtures.code(group), group), ORG_DEPT)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("org.unit.code.taken"))
                .andExpect(jsonPath("$.field").value("code"));
    }

    @Test
    void a_manager_scoped_to_one_unit_cannot_change_another() throws Exception {
        long group = fixtures.unit("Group", UnitKind.GROUP, null);
        long mine = fixtures.unit("Mine", UnitKind.OPERATING_UNIT, group);
        long myWorkshop = fixtures.unit("My Workshop", UnitKind.WORKSHOP, mine);
        long theirs = fixtures.unit("Theirs", UnitKind.OPERATING_UNIT, group);
        String rename = """
                {"name":"Renamed","effectiveDate":"2024-01-01"}
                """;
        postJson("/api/v1/units/" + myWorkshop + "/rename", rename, managerOf(mine)).andExpect(status().isOk());
        postJson("/api/v1/units/" + theirs + "/rename", rename, managerOf(mine)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(containsString("forbidden")));
        postJson("/api/v1/units", """
                {"code":"%s","name":"Sneaky","kind":"TEAM","parentId":%d,"effectiveDate":"2024-01-01"}
                """.formatted(OrgFixtures.unique("S"), theirs), managerOf(mine)).andExpect(status().isForbidden());
        postJson("/api/v1/units/" + myWorkshop + "/move", """
                {"parentId":%d,"effectiveDate":"2024-02-01"}
                """.formatted(theirs), managerOf(mine)).andExpect(status().isForbidden());
        assertThat(unitIn(body(getJson("/api/v1/units", ORG_DEPT)), theirs).get("name").asString())
                .isEqualTo("Theirs");
    }

    @Test
    void reading_needs_org_read() throws Exception {
        getJson("/api/v1/units", org.cadre.TestUsers.withGrants("nobody", null)).andExpect(status().isForbidden());
    }

    private long create(String name, UnitKind kind, long parentId, String date) throws Exception {
        return idOf(postJson("/api/v1/units", """
                {"code":"%s","name":"%s","kind":"%s","parentId":%d,"effectiveDate":"%s"}
                """.formatted(OrgFixtures.unique("U"), name, kind, parentId, date), ORG_DEPT)
                .andExpect(status().isCreated()));
    }

    private static JsonNode unitIn(JsonNode list, long id) {
        for (JsonNode unit : list) {
            if (unit.get("id").asLong() == id) {
                return unit;
            }
        }
        return null;
    }
}
