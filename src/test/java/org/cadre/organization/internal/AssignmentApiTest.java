package org.cadre.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.cadre.IntegrationTest;
import org.cadre.TestUsers;
import org.cadre.organization.PostLevel;
import org.cadre.organization.PrimaryAssignmentChanged;
import org.cadre.organization.UnitKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@Import(FakePersonLookup.class)
@RecordApplicationEvents
class AssignmentApiTest extends OrgWebTest {

    @Autowired
    ApplicationEvents events;

    long group;
    long unit;
    long director;

    @BeforeEach
    void aUnitWithADirectorPost() {
        group = fixtures.unit("Group", UnitKind.GROUP, null);
        unit = fixtures.unit("Separator Unit", UnitKind.OPERATING_UNIT, group);
        director = fixtures.post(unit, "Director", PostLevel.MID_PRINCIPAL, 1);
    }

    @Test
    void appointing_beyond_the_approved_count_is_refused_without_a_reason_and_accepted_with_one() throws Exception {
        fixtures.holds(fixtures.person("Incumbent", unit), director, AssignmentKind.PRIMARY, OrgFixtures.SINCE);
        long newcomer = fixtures.person("Newcomer", unit);

        postJson("/api/v1/assignments", appoint(newcomer, director, true, "2024-07-01", null), ORG_DEPT)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("assignment.overCount"))
                .andExpect(jsonPath("$.field").value("overCountReason"))
                .andExpect(jsonPath("$.detail").value(
                        "The post Director is filled 1 of 1; give a reason to appoint beyond the approved count."));

        long id = idOf(postJson("/api/v1/assignments",
                appoint(newcomer, director, true, "2024-07-01", "Handover until the incumbent retires"), ORG_DEPT)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.personName").value("Newcomer"))
                .andExpect(jsonPath("$.overCountReason").value("Handover until the incumbent retires")));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'assignment.appointedBeyondCount' and entity_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
        getJson("/api/v1/units/" + unit + "/posts", ORG_DEPT)
                .andExpect(jsonPath("$[0].filled").value(2))
                .andExpect(jsonPath("$[0].overFilled").value(true));
    }

    @Test
    void a_second_primary_post_is_refused_while_a_concurrent_one_is_allowed() throws Exception {
        long deputy = fixtures.post(unit, "Deputy director", PostLevel.MID_DEPUTY, 2);
        long person = fixtures.person("Two Hats", unit);
        fixtures.holds(person, deputy, AssignmentKind.PRIMARY, OrgFixtures.SINCE);

        postJson("/api/v1/assignments", appoint(person, director, true, "2024-01-01", null), ORG_DEPT)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("assignment.primaryOverlap"));
        postJson("/api/v1/assignments", appoint(person, director, false, "2024-01-01", null), ORG_DEPT)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("CONCURRENT"));
        postJson("/api/v1/assignments", appoint(person, deputy, false, "2024-02-01", null), ORG_DEPT)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("assignment.samePost"));
    }

    @Test
    void a_first_primary_post_tells_the_people_module_the_persons_unit() throws Exception {
        long person = fixtures.person("Fresh Hire", group);
        postJson("/api/v1/assignments", appoint(person, director, true, "2024-03-01", null), ORG_DEPT)
                .andExpect(status().isCreated());
        assertThat(events.stream(PrimaryAssignmentChanged.class))
                .contains(new PrimaryAssignmentChanged(person, unit, LocalDate.of(2024, 3, 1)));
    }

    @Test
    void a_transfer_is_all_or_nothing() throws Exception {
        long other = fixtures.unit("Cathode Unit", UnitKind.OPERATING_UNIT, group);
        long fullPost = fixtures.post(other, "Cathode director", PostLevel.MID_PRINCIPAL, 1);
        long freePost = fixtures.post(other, "Cathode deputy", PostLevel.MID_DEPUTY, 1);
        fixtures.holds(fixtures.person("Holder", other), fullPost, AssignmentKind.PRIMARY, OrgFixtures.SINCE);
        long person = fixtures.person("Mover", unit);
        long current = fixtures.holds(person, director, AssignmentKind.PRIMARY, OrgFixtures.SINCE);

        postJson("/api/v1/assignments/transfer", transfer(person, fullPost, "2024-09-01"), ORG_DEPT)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("assignment.overCount"));
        assertThat(jdbc.sql("select valid_to from org_assignment where id = ?").param(current)
                .query(LocalDate.class).optional()).isEmpty();
        assertThat(jdbc.sql("select count(*) from org_assignment where person_id = ?").param(person)
                .query(Long.class).single()).isEqualTo(1);

        postJson("/api/v1/assignments/transfer", transfer(person, freePost, "2024-09-01"), ORG_DEPT)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.postId").value(freePost))
                .andExpect(jsonPath("$.kind").value("PRIMARY"))
                .andExpect(jsonPath("$.validFrom").value("2024-09-01"));
        getJson("/api/v1/posts/" + director + "/assignments", ORG_DEPT)
                .andExpect(jsonPath("$.items[0].validTo").value("2024-09-01"))
                .andExpect(jsonPath("$.items[0].endReason").value("TRANSFERRED"))
                .andExpect(jsonPath("$.items[0].endDocumentNo").value("T[2024]1"));
        assertThat(events.stream(PrimaryAssignmentChanged.class))
                .contains(new PrimaryAssignmentChanged(person, other, LocalDate.of(2024, 9, 1)));
    }

    @Test
    void ending_an_assignment_closes_it_and_keeps_the_row() throws Exception {
        long person = fixtures.person("Leaver", unit);
        long id = fixtures.holds(person, director, AssignmentKind.PRIMARY, LocalDate.of(2022, 1, 1));

        postJson("/api/v1/assignments/" + id + "/end", """
                {"endDate":"2021-12-31","reason":"RETIRED"}
                """, ORG_DEPT).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("assignment.end.beforeStart"));
        postJson("/api/v1/assignments/" + id + "/end", """
                {"endDate":"2024-06-30","reason":"RETIRED","decisionBody":"Party committee","documentNo":"R[2024]4"}
                """, ORG_DEPT).andExpect(status().isOk())
                .andExpect(jsonPath("$.validFrom").value("2022-01-01"))
                .andExpect(jsonPath("$.validTo").value("2024-06-30"))
                .andExpect(jsonPath("$.endReason").value("RETIRED"))
                .andExpect(jsonPath("$.endDecisionBody").value("Party committee"));
        postJson("/api/v1/assignments/" + id + "/end", """
                {"endDate":"2024-07-30","reason":"REMOVED"}
                """, ORG_DEPT).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("assignment.end.alreadyEnded"));
        postJson("/api/v1/assignments/" + id + "/end", """
                {"reason":"FIRED"}
                """, ORG_DEPT).andExpect(status().isBadRequest());
    }

    @Test
    void posts_are_created_edited_with_the_version_read_and_closed_and_lowering_the_count_below_the_holders_warns() throws Exception {
        long post = idOf(postJson("/api/v1/units/" + unit + "/posts", """
                {"title":"Chief engineer","level":"CHIEF_ENGINEER","approvedCount":2,"keyPost":true}
                """, ORG_DEPT).andExpect(status().isCreated())
                .andExpect(jsonPath("$.track").value("PROFESSIONAL")));
        long a = fixtures.holds(fixtures.person("Engineer A", unit), post, AssignmentKind.PRIMARY, OrgFixtures.SINCE);
        fixtures.holds(fixtures.person("Engineer B", unit), post, AssignmentKind.PRIMARY, OrgFixtures.SINCE);

        putJson("/api/v1/posts/" + post, """
                {"title":"Chief engineer","level":"CHIEF_ENGINEER","approvedCount":1,"keyPost":true}
                """, ORG_DEPT).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        putJson("/api/v1/posts/" + post, """
                {"title":"Chief engineer","level":"CHIEF_ENGINEER","approvedCount":1,"keyPost":true,"version":0}
                """, ORG_DEPT).andExpect(status().isOk())
                .andExpect(jsonPath("$.approvedCount").value(1))
                .andExpect(jsonPath("$.overFilled").value(true))
                .andExpect(jsonPath("$.warning").value(containsString("over-filled")));
        putJson("/api/v1/posts/" + post, """
                {"title":"Chief engineer","level":"CHIEF_ENGINEER","approvedCount":-1,"version":1}
                """, ORG_DEPT).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("approvedCount"));
        putJson("/api/v1/posts/" + post, """
                {"title":"Chief engineer","level":"CHIEF_ENGINEER","approvedCount":1,"version":0}
                """, ORG_DEPT).andExpect(status().isConflict());

        postJson("/api/v1/posts/" + post + "/deactivate", "", ORG_DEPT)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("post.deactivate.openAssignments"));
        jdbc.sql("update org_assignment set valid_to = date '2024-01-01' where post_id = ?").param(post).update();
        postJson("/api/v1/posts/" + post + "/deactivate", "", ORG_DEPT).andExpect(status().isNoContent());
        getJson("/api/v1/units/" + unit + "/posts", ORG_DEPT)
                .andExpect(jsonPath("$[?(@.id == " + post + ")]").isEmpty());
        getJson("/api/v1/posts/" + post + "/assignments", ORG_DEPT)
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[?(@.id == " + a + ")].personName").value("Engineer A"));
    }

    @Test
    void a_persons_history_is_seen_only_within_the_readers_scope() throws Exception {
        long other = fixtures.unit("Elsewhere", UnitKind.OPERATING_UNIT, group);
        long person = fixtures.person("Watched", unit);
        fixtures.holds(person, director, AssignmentKind.PRIMARY, OrgFixtures.SINCE);

        getJson("/api/v1/people/" + person + "/assignments", ORG_DEPT).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].postTitle").value("Director"))
                .andExpect(jsonPath("$[0].unitName").value("Separator Unit"));
        getJson("/api/v1/people/" + person + "/assignments", TestUsers.unitHead(unit)).andExpect(status().isOk());
        getJson("/api/v1/people/" + person + "/assignments", TestUsers.employee(person)).andExpect(status().isOk());
        getJson("/api/v1/people/" + person + "/assignments", TestUsers.unitHead(other)).andExpect(status().isNotFound());
        getJson("/api/v1/people/" + person + "/assignments", TestUsers.employee(person + 1)).andExpect(status().isNotFound());
        getJson("/api/v1/people/999999999/assignments", ORG_DEPT).andExpect(status().isNotFound());
    }

    @Test
    void a_manager_scoped_to_one_unit_cannot_appoint_to_another() throws Exception {
        long mine = fixtures.unit("Mine", UnitKind.OPERATING_UNIT, group);
        long person = fixtures.person("Candidate", mine);
        postJson("/api/v1/assignments", appoint(person, director, true, "2024-01-01", null), managerOf(mine))
                .andExpect(status().isForbidden());
        postJson("/api/v1/units/" + unit + "/posts", """
                {"title":"Smuggled","level":"STAFF","approvedCount":1}
                """, managerOf(mine)).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from org_assignment where person_id = ?").param(person)
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_manager_scoped_to_one_unit_cannot_appoint_someone_from_beyond_it_and_learns_nothing_of_them() throws Exception {
        long elsewhere = fixtures.unit("Elsewhere", UnitKind.OPERATING_UNIT, group);
        long outsider = fixtures.person("Outsider Name", elsewhere);

        String unknown = body(postJson("/api/v1/assignments", appoint(999_999_999L, director, true, "2024-01-01", null),
                managerOf(unit)).andExpect(status().isUnprocessableContent())).get("detail").asString();
        postJson("/api/v1/assignments", appoint(outsider, director, true, "2024-01-01", null), managerOf(unit))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("assignment.person.unknown"))
                .andExpect(jsonPath("$.field").value("personId"))
                .andExpect(jsonPath("$.detail").value(unknown.replace("999999999", String.valueOf(outsider))))
                .andExpect(jsonPath("$.detail").value(not(containsString("Outsider Name"))));
        assertThat(jdbc.sql("select count(*) from org_assignment where person_id = ?").param(outsider)
                .query(Long.class).single()).isZero();
        postJson("/api/v1/assignments", appoint(outsider, director, true, "2024-01-01", null), ORG_DEPT)
                .andExpect(status().isCreated());
    }

    @Test
    void a_manager_scoped_to_one_unit_cannot_transfer_or_remove_someone_who_belongs_beyond_it() throws Exception {
        long elsewhere = fixtures.unit("Elsewhere", UnitKind.OPERATING_UNIT, group);
        long deputy = fixtures.post(unit, "Deputy director", PostLevel.MID_DEPUTY, 1);
        long outsider = fixtures.person("Outsider", elsewhere);
        long primary = fixtures.holds(outsider, director, AssignmentKind.PRIMARY, OrgFixtures.SINCE);

        postJson("/api/v1/assignments/transfer", transfer(outsider, deputy, "2024-09-01"), managerOf(unit))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("assignment.person.unknown"));
        postJson("/api/v1/assignments/" + primary + "/end", """
                {"endDate":"2024-06-30","reason":"REMOVED"}
                """, managerOf(unit)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("assignment.person.unknown"));
        assertThat(jdbc.sql("select count(*) from org_assignment where person_id = ? and valid_to is null")
                .param(outsider).query(Long.class).single()).isEqualTo(1);

        long insider = fixtures.person("Insider", unit);
        long held = fixtures.holds(insider, deputy, AssignmentKind.CONCURRENT, OrgFixtures.SINCE);
        postJson("/api/v1/assignments/" + held + "/end", """
                {"endDate":"2024-06-30","reason":"REMOVED"}
                """, managerOf(unit)).andExpect(status().isOk());
    }

    @Test
    void an_appointment_needs_an_effective_date() throws Exception {
        postJson("/api/v1/assignments", """
                {"personId":1,"postId":%d,"primary":true}
                """.formatted(director), ORG_DEPT).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("effectiveDate"));
    }

    private static String appoint(long person, long post, boolean primary, String date, String reason) {
        return """
                {"personId":%d,"postId":%d,"primary":%s,"effectiveDate":"%s","decisionBody":"Party committee",
                 "decisionDate":"%s","documentNo":"A[2024]1","overCountReason":%s}
                """.formatted(person, post, primary, date, date, reason == null ? "null" : "\"" + reason + "\"");
    }

    private static String transfer(long person, long toPost, String date) {
        return """
                {"personId":%d,"toPostId":%d,"effectiveDate":"%s","decisionBody":"Party committee","documentNo":"T[2024]1"}
                """.formatted(person, toPost, date);
    }
}
