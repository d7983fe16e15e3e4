package org.cadre.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.cadre.IntegrationTest;
import org.cadre.TestUsers;
import org.cadre.identity.PersonDirectory;
import org.cadre.organization.AppointmentRequest;
import org.cadre.organization.Appointments;
import org.cadre.organization.PersonLookup;
import org.cadre.organization.PrimaryAssignmentChanged;
import org.cadre.organization.UnitMerged;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** People follow the organization: primary posts in other units and merged units move their home unit. */
@IntegrationTest
class HomeUnitFollowerTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Appointments appointments;
    @Autowired
    PersonLookup lookup;
    @Autowired
    PersonDirectory directory;
    @Autowired
    Clock clock;

    PeopleFixtures fixtures;
    long from;
    long to;
    long person;

    @BeforeEach
    void aPersonInAUnit() {
        fixtures = new PeopleFixtures(jdbc);
        from = fixtures.unit("From", null);
        to = fixtures.unit("To", null);
        person = fixtures.person("Mover", from).create();
        var admin = TestUsers.orgDept();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    List<String> memberships(long personId) {
        return jdbc.sql("""
                select unit_id || ' ' || valid_from || ' ' || coalesce(valid_to::text, '-') from people_unit_membership
                where person_id = ? order by valid_from
                """).param(personId).query(String.class).list();
    }

    long unitOf(long personId) {
        return jdbc.sql("select unit_id from people_person where id = ?").param(personId).query(Long.class).single();
    }

    @Test
    void a_primary_post_in_another_unit_moves_the_person_there_from_the_effective_date() {
        transactions.executeWithoutResult(s ->
                events.publishEvent(new PrimaryAssignmentChanged(person, to, LocalDate.of(2024, 3, 1))));
        assertThat(memberships(person)).containsExactly(from + " 2000-01-01 2024-03-01", to + " 2024-03-01 -");
        assertThat(unitOf(person)).isEqualTo(to);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'person.moved' and entity_id = ?")
                .param(String.valueOf(person)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void an_appointment_made_through_the_organization_moves_the_home_unit_in_the_same_transaction() {
        long post = fixtures.post(to, "Head of To", "MID_PRINCIPAL");
        appointments.appoint(new AppointmentRequest(person, post, true, LocalDate.of(2024, 9, 1), "Party committee",
                LocalDate.of(2024, 8, 20), "Doc [2024] 7", null));
        assertThat(memberships(person)).containsExactly(from + " 2000-01-01 2024-09-01", to + " 2024-09-01 -");
    }

    @Test
    void a_primary_post_from_tomorrow_leaves_the_person_in_their_unit_until_then() {
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        transactions.executeWithoutResult(s ->
                events.publishEvent(new PrimaryAssignmentChanged(person, to, tomorrow)));
        assertThat(memberships(person)).containsExactly(from + " 2000-01-01 " + tomorrow, to + " " + tomorrow + " -");
        assertThat(unitOf(person)).isEqualTo(from);
        assertThat(lookup.findById(person).orElseThrow().unitId()).isEqualTo(from);
    }

    @Test
    void the_members_of_a_merged_unit_move_to_the_unit_it_became() {
        long colleague = fixtures.person("Colleague", from).create();
        long bystander = fixtures.person("Bystander", to).create();
        long into = fixtures.unit("Into", null);
        transactions.executeWithoutResult(s ->
                events.publishEvent(new UnitMerged(from, into, LocalDate.of(2025, 1, 1))));
        assertThat(unitOf(person)).isEqualTo(into);
        assertThat(unitOf(colleague)).isEqualTo(into);
        assertThat(unitOf(bystander)).isEqualTo(to);
        assertThat(memberships(colleague)).containsExactly(from + " 2000-01-01 2025-01-01", into + " 2025-01-01 -");
    }

    @Test
    void a_move_dated_on_the_first_day_of_the_membership_corrects_its_unit() {
        long newcomer = fixtures.person("Newcomer", from).joined(LocalDate.of(2024, 6, 1)).create();
        transactions.executeWithoutResult(s ->
                events.publishEvent(new PrimaryAssignmentChanged(newcomer, to, LocalDate.of(2024, 6, 1))));
        assertThat(memberships(newcomer)).containsExactly(to + " 2024-06-01 -");
    }

    @Test
    void organization_and_identity_find_people_through_the_people_module() {
        String no = jdbc.sql("select employee_no from people_person where id = ?").param(person)
                .query(String.class).single();
        assertThat(lookup.findByEmployeeNo(no)).hasValueSatisfying(p -> {
            assertThat(p.id()).isEqualTo(person);
            assertThat(p.unitId()).isEqualTo(from);
        });
        assertThat(lookup.findByIds(List.of(person))).containsKey(person);
        fixtures.person("Retiree", from).status("RETIRED").create();
        assertThat(lookup.countMembersOf(List.of(from))).isEqualTo(1);
        assertThat(directory.findById(person)).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Mover"));
        assertThat(directory.findByEmployeeNo("nobody-" + no)).isEmpty();
    }
}
