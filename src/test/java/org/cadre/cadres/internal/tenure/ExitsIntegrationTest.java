package org.cadre.cadres.internal.tenure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.cadre.IntegrationTest;
import org.cadre.TestUsers;
import org.cadre.cadres.internal.SelectionEvents;
import org.cadre.identity.CurrentUser;
import org.cadre.identity.Permissions;
import org.cadre.identity.ScopeKind;
import org.cadre.people.PeopleFixtures;
import org.cadre.people.PersonStatus;
import org.cadre.people.PersonStatusChanged;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exits that reach the roster and the congress: a cadre's retirement or resignation changes their status on the
 * roster (with history, audit and event) and ends their congress seat, which becomes a vacancy; a removal at the end
 * of a probation counts in the ledger and ends the term. Each test rolls back.
 */
@IntegrationTest
@Transactional
@RecordApplicationEvents
class ExitsIntegrationTest {

    static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    ApplicationEvents events;

    PeopleFixtures people;
    CurrentUser orgDept = TestUsers.orgDept();
    long unit;
    long person;
    String employeeNo;
    long assignment;
    long term;
    long seat;

    @BeforeEach
    void aDeputyWithATermAndACongressSeat() {
        people = new PeopleFixtures(jdbc);
        unit = people.unit(people.unique("Dept"), null);
        person = people.person(people.unique("Cadre"), unit).create();
        employeeNo = jdbc.sql("select employee_no from people_person where id = ?").param(person).query(String.class).single();
        long post = people.post(unit, people.unique("Deputy"), "MID_DEPUTY");
        people.assign(person, post, LocalDate.of(2022, 1, 1));
        assignment = jdbc.sql("select id from org_assignment where person_id = ?").param(person).query(Long.class).single();
        int ordinal = jdbc.sql("select coalesce(max(ordinal), 0) + 1 from congress_term").query(Integer.class).single();
        term = jdbc.sql("insert into congress_term (ordinal, name, starts_on, ends_on) values (?, '测试届', ?, ?) returning id")
                .params(ordinal, LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31)).query(Long.class).single();
        long delegation = jdbc.sql("insert into congress_delegation (term_id, name) values (?, ?) returning id")
                .params(term, people.unique("代表团")).query(Long.class).single();
        seat = jdbc.sql("""
                insert into congress_delegate (term_id, person_id, delegation_id, category, valid_from)
                values (?, ?, ?, 'MANAGER', ?) returning id
                """).params(term, person, delegation, LocalDate.of(2024, 1, 1)).query(Long.class).single();
    }

    void record(CurrentUser who, String kind, int expectedStatus) throws Exception {
        Map<String, Object> e = new HashMap<>();
        e.put("kind", kind);
        e.put("employeeNo", employeeNo);
        e.put("effectiveDate", DAY.toString());
        e.put("reason", "达到法定退休年龄");
        e.put("documentNo", "江源党干〔2026〕41号");
        mvc.perform(post("/api/v1/cadres/deployments").with(user(who)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(e)))
                .andExpect(status().is(expectedStatus));
    }

    String rosterStatus() {
        return jdbc.sql("select status from people_person where id = ?").param(person).query(String.class).single();
    }

    @Test
    void a_retirement_marks_the_person_retired_on_the_roster_from_its_day_with_history_audit_and_event() throws Exception {
        record(orgDept, "RETIREMENT", 201);

        assertThat(rosterStatus()).isEqualTo("RETIRED");
        assertThat(jdbc.sql("""
                select from_status || '>' || to_status || ' ' || effective_date || ' ' || reason
                from people_status_change where person_id = ?
                """).param(person).query(String.class).list()).containsExactly("ACTIVE>RETIRED 2026-06-01 达到法定退休年龄");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'person.statusChanged' and entity_id = ?")
                .param(String.valueOf(person)).query(Long.class).single()).isOne();
        assertThat(events.stream(PersonStatusChanged.class))
                .containsExactly(new PersonStatusChanged(person, PersonStatus.ACTIVE, PersonStatus.RETIRED, DAY));
    }

    @Test
    void a_resignation_marks_the_person_left_and_revoking_it_without_undo_does_not_restore_the_status() throws Exception {
        record(orgDept, "RESIGNATION", 201);
        assertThat(rosterStatus()).isEqualTo("LEFT");
        long id = jdbc.sql("select id from cadre_deployment_event where person_id = ?").param(person)
                .query(Long.class).single();

        mvc.perform(post("/api/v1/cadres/deployments/" + id + "/revoke").with(user(orgDept)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"文号有误\"}"))
                .andExpect(status().isOk());

        assertThat(rosterStatus()).as("without undo: corrected apart, like the assignments").isEqualTo("LEFT");
    }

    @Test
    void an_exit_by_a_user_who_may_keep_cadre_records_but_not_the_roster_is_refused() throws Exception {
        CurrentUser cadreOnly = TestUsers.withGrants("cadreonly", null, TestUsers.grant(ScopeKind.ALL, null,
                Permissions.CADRE_READ, Permissions.CADRE_MANAGE, Permissions.ASSIGNMENT_MANAGE, Permissions.ORG_READ,
                Permissions.PEOPLE_READ));

        record(cadreOnly, "RETIREMENT", 403);

        assertThat(rosterStatus()).isEqualTo("ACTIVE");
        assertThat(jdbc.sql("select count(*) from cadre_deployment_event where person_id = ?").param(person)
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_delegate_who_retires_loses_the_seat_on_that_day_and_the_delegates_page_shows_the_vacancy() throws Exception {
        record(orgDept, "RETIREMENT", 201);

        assertThat(jdbc.sql("select valid_to || ' ' || end_reason from congress_delegate where id = ?").param(seat)
                .query(String.class).single()).isEqualTo("2026-06-01 退休");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'congress.delegate.vacated' and entity_id = ?")
                .param(String.valueOf(seat)).query(Long.class).single()).isOne();
        mvc.perform(get("/congress/terms/{id}/delegates", term).with(user(TestUsers.orgDept())).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"vacancy-" + seat + "\"")))
                .andExpect(content().string(Matchers.containsString("Vacancies (1)")))
                .andExpect(content().string(Matchers.containsString("0 seats")));
    }

    @Test
    void a_vacancy_is_filled_by_a_successor_from_a_day_on_or_after_it_fell_vacant() throws Exception {
        record(orgDept, "RESIGNATION", 201);
        long successor = people.person(people.unique("职工"), unit).create();
        String successorNo = jdbc.sql("select employee_no from people_person where id = ?").param(successor)
                .query(String.class).single();

        mvc.perform(post("/congress/delegates/{id}/replace", seat).with(user(orgDept)).with(csrf())
                        .param("successor", successorNo).param("on", "2026-05-01"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from congress_delegate where replaces_delegate_id = ?").param(seat)
                .query(Long.class).single()).as("before the vacancy: refused").isZero();

        mvc.perform(post("/congress/delegates/{id}/replace", seat).with(user(orgDept)).with(csrf())
                        .param("successor", successorNo).param("on", "2026-07-01"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select person_id from congress_delegate where replaces_delegate_id = ? and valid_from = ?")
                .params(seat, LocalDate.of(2026, 7, 1)).query(Long.class).single()).isEqualTo(successor);
        assertThat(jdbc.sql("select valid_to || ' ' || end_reason from congress_delegate where id = ?").param(seat)
                .query(String.class).single()).isEqualTo("2026-06-01 离职");
        mvc.perform(get("/congress/terms/{id}/delegates", term).with(user(orgDept)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"vacancy-"))));
    }

    @Test
    void a_removal_at_the_end_of_probation_is_recorded_once_without_touching_the_assignment_and_ends_the_term()
            throws Exception {
        long termId = jdbc.sql("""
                insert into cadre_term (kind, person_id, person_name, employee_no, assignment_id, post_id, title, unit_id,
                                        start_date, expected_end, source)
                select 'POST', ?, name, employee_no, ?, (select post_id from org_assignment where id = ?), '副主任', ?, ?, ?, 'selection'
                from people_person where id = ? returning id
                """).params(person, assignment, assignment, unit, LocalDate.of(2022, 1, 1), LocalDate.of(2025, 1, 1),
                person).query(Long.class).single();
        jdbc.sql("update org_assignment set valid_to = ?, end_reason = 'REMOVED', end_document_no = 'X-9' where id = ?")
                .params(DAY, assignment).update();

        publisher.publishEvent(new SelectionEvents.ProbationEnded(88, person, assignment, DAY, true));
        publisher.publishEvent(new SelectionEvents.ProbationEnded(88, person, assignment, DAY, true));

        assertThat(jdbc.sql("select kind || ' ' || document_no from cadre_deployment_event where person_id = ? and selection_id = 88")
                .param(person).query(String.class).list()).containsExactly("REMOVAL X-9");
        assertThat(jdbc.sql("select actual_end || ' ' || end_reason from cadre_term where id = ?").param(termId)
                .query(String.class).single()).isEqualTo("2026-06-01 REMOVAL");
        assertThat(jdbc.sql("select valid_to from org_assignment where id = ?").param(assignment)
                .query(LocalDate.class).single()).isEqualTo(DAY);
    }

    @Test
    void a_confirmed_probation_records_nothing_in_the_ledger() {
        publisher.publishEvent(new SelectionEvents.ProbationEnded(89, person, assignment, DAY, false));

        assertThat(jdbc.sql("select count(*) from cadre_deployment_event where person_id = ?").param(person)
                .query(Long.class).single()).isZero();
    }
}
