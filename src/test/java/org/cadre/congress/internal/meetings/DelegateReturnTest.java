package org.cadre.congress.internal.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;

import org.cadre.IntegrationTest;
import org.cadre.TestUsers;
import org.cadre.identity.AccountAdministration;
import org.cadre.identity.CurrentUser;
import org.cadre.identity.ScopeKind;
import org.cadre.people.PeopleFixtures;
import org.cadre.people.PersonStatus;
import org.cadre.people.PersonStatuses;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A delegate whose retirement or resignation is undone (ACTIVE again) gets back the seat that exit vacated, unless a
 * successor filled it: then the union is told. Each test rolls back.
 */
@IntegrationTest
@Transactional
class DelegateReturnTest {

    static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonStatuses statuses;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    Clock clock;

    PeopleFixtures people;
    CurrentUser orgDept = TestUsers.orgDept();
    long unit;
    long person;
    long term;
    long delegation;
    long seat;

    @BeforeEach
    void aDelegateInARunningTerm() {
        people = new PeopleFixtures(jdbc);
        unit = people.unit(people.unique("Dept"), null);
        person = people.person(people.unique("代表"), unit).create();
        int ordinal = jdbc.sql("select coalesce(max(ordinal), 0) + 1 from congress_term").query(Integer.class).single();
        term = jdbc.sql("insert into congress_term (ordinal, name, starts_on, ends_on) values (?, '测试届', ?, ?) returning id")
                .params(ordinal, LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31)).query(Long.class).single();
        delegation = jdbc.sql("insert into congress_delegation (term_id, name) values (?, ?) returning id")
                .params(term, people.unique("代表团")).query(Long.class).single();
        seat = seatOf(person, LocalDate.of(2024, 1, 1));
    }

    /** A status change as another module's decision makes it (e.g. a deployment event or its revocation). */
    void change(PersonStatus status, LocalDate effective, String reason) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(orgDept, null, orgDept.getAuthorities()));
        try {
            statuses.change(person, status, effective, reason);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    long seatOf(long who, LocalDate from) {
        return jdbc.sql("""
                insert into congress_delegate (term_id, person_id, delegation_id, category, valid_from)
                values (?, ?, ?, 'FRONT_LINE', ?) returning id
                """).params(term, who, delegation, from).query(Long.class).single();
    }

    String seatState(long id) {
        return jdbc.sql("select coalesce(valid_to::text, 'open') || ' ' || coalesce(end_reason, '-') from congress_delegate where id = ?")
                .param(id).query(String.class).single();
    }

    long audited(String action, long id) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and entity_id = ?")
                .params(action, String.valueOf(id)).query(Long.class).single();
    }

    @Test
    void a_retirement_undone_with_its_own_date_gives_the_unfilled_seat_back_and_the_vacancy_disappears()
            throws Exception {
        change(PersonStatus.RETIRED, DAY, "达到法定退休年龄");
        assertThat(seatState(seat)).isEqualTo("2026-06-01 退休");

        change(PersonStatus.ACTIVE, DAY, "撤销退休：记录有误");

        assertThat(seatState(seat)).isEqualTo("open -");
        assertThat(audited("congress.delegate.restored", seat)).isOne();
        mvc.perform(get("/congress/terms/{id}/delegates", term).with(user(orgDept)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"vacancy-"))))
                .andExpect(content().string(Matchers.containsString("1 seats")));
    }

    @Test
    void a_resignation_undone_on_the_roster_today_gives_back_only_the_seat_of_that_exit() throws Exception {
        // an older seat in the term that an earlier resignation ended: not the exit being undone now
        long older = jdbc.sql("""
                insert into congress_delegate (term_id, person_id, delegation_id, category, valid_from, valid_to, end_reason)
                values (?, ?, ?, 'FRONT_LINE', ?, ?, '离职') returning id
                """).params(term, person, delegation, LocalDate.of(2023, 1, 1), LocalDate.of(2025, 3, 1))
                .query(Long.class).single();
        change(PersonStatus.LEFT, DAY, "个人辞职");
        assertThat(seatState(seat)).isEqualTo("2026-06-01 离职");

        mvc.perform(post("/api/v1/people/{id}/status", person).with(user(orgDept)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"ACTIVE\"}"))
                .andExpect(status().isOk());

        assertThat(seatState(seat)).isEqualTo("open -");
        assertThat(seatState(older)).isEqualTo("2025-03-01 离职");
    }

    @Test
    void a_filled_seat_stays_filled_and_the_unions_congress_officers_are_notified_once() throws Exception {
        long union = accounts.createAccount("union-ret-" + System.nanoTime(), "工会", "Union-Return-2026", null);
        accounts.grant(union, "TRADE_UNION", ScopeKind.ALL, null);
        change(PersonStatus.RETIRED, DAY, "达到法定退休年龄");
        long successor = people.person(people.unique("补选"), unit).create();
        String successorNo = jdbc.sql("select employee_no from people_person where id = ?").param(successor)
                .query(String.class).single();
        mvc.perform(post("/congress/delegates/{id}/replace", seat).with(user(orgDept)).with(csrf())
                        .param("successor", successorNo).param("on", "2026-07-01"))
                .andExpect(status().is3xxRedirection());
        long successorSeat = jdbc.sql("select id from congress_delegate where replaces_delegate_id = ?").param(seat)
                .query(Long.class).single();

        change(PersonStatus.ACTIVE, DAY, "撤销退休：记录有误");

        assertThat(seatState(seat)).isEqualTo("2026-06-01 退休");
        assertThat(seatState(successorSeat)).isEqualTo("open -");
        assertThat(audited("congress.delegate.restored", seat)).isZero();
        assertThat(jdbc.sql("""
                select url || ' ' || array_to_string(args, '|') from notification_message
                where account_id = ? and message_key = 'congress.reminder.seatFilled'
                """).param(union).query(String.class).list())
                .singleElement().satisfies(n -> assertThat(n)
                        .startsWith("/congress/terms/" + term + "/delegates ")
                        .contains("2026-06-01|测试届|").contains(successorNo).endsWith("|2026-07-01"));

        // the same exit recorded and undone again: the officers are not told twice
        change(PersonStatus.RETIRED, DAY, "达到法定退休年龄");
        change(PersonStatus.ACTIVE, DAY, "撤销退休：记录有误");
        assertThat(jdbc.sql("select count(*) from notification_message where account_id = ? and message_key = ?")
                .params(union, "congress.reminder.seatFilled").query(Long.class).single()).isOne();
    }

    @Test
    void a_secondment_ending_touches_no_seat() {
        change(PersonStatus.SECONDED, DAY, "借调集团");
        change(PersonStatus.ACTIVE, DAY.plusMonths(3), "借调结束");

        assertThat(seatState(seat)).isEqualTo("open -");
        assertThat(audited("congress.delegate.restored", seat)).isZero();
    }
}
