package org.cadre.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.cadre.IntegrationTest;
import org.cadre.TestUsers;
import org.cadre.organization.PersonLookup;
import org.cadre.people.PeopleFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A move dated in the future takes effect on its day: until then the person belongs, and is seen, where they are. */
@IntegrationTest
class TodaysUnitsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    PersonLookup lookup;

    long from;
    long to;
    long person;
    LocalDate tomorrow;

    @BeforeEach
    void aPersonInAUnit() {
        PeopleFixtures fixtures = new PeopleFixtures(jdbc);
        from = fixtures.unit("From", null);
        to = fixtures.unit("To", null);
        person = fixtures.person("Mover", from).create();
        tomorrow = LocalDate.now(clock).plusDays(1);
    }

    @Test
    void a_move_dated_tomorrow_keeps_the_person_in_the_old_units_scope_until_the_nightly_job_of_that_day()
            throws Exception {
        mvc.perform(post("/api/v1/people/{id}/unit", person).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":" + to + ",\"effectiveDate\":\"" + tomorrow + "\"}")
                        .with(user(TestUsers.orgDept())).with(csrf()))
                .andExpect(status().isOk());

        mvc.perform(get("/people/{id}", person).with(user(TestUsers.unitHead(from)))).andExpect(status().isOk());
        mvc.perform(get("/people/{id}", person).with(user(TestUsers.unitHead(to)))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/people/{id}", person).with(user(TestUsers.unitHead(to))))
                .andExpect(status().isNotFound());
        assertThat(lookup.findById(person).orElseThrow().unitId()).isEqualTo(from);
        assertThat(lookup.countMembersOf(List.of(from))).isEqualTo(1);

        new TodaysUnits(jdbc, clock).catchUp();
        assertThat(lookup.findById(person).orElseThrow().unitId()).isEqualTo(from);

        TodaysUnits tomorrowsJob = new TodaysUnits(jdbc,
                Clock.fixed(tomorrow.atStartOfDay(clock.getZone()).plusMinutes(5).toInstant(), clock.getZone()));
        assertThat(tomorrowsJob.catchUp()).isPositive();
        assertThat(tomorrowsJob.catchUp()).isZero();
        assertThat(lookup.findById(person).orElseThrow().unitId()).isEqualTo(to);
        mvc.perform(get("/people/{id}", person).with(user(TestUsers.unitHead(to)))).andExpect(status().isOk());
        mvc.perform(get("/people/{id}", person).with(user(TestUsers.unitHead(from))))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_unit_someone_is_about_to_join_still_counts_them_as_a_member() {
        long newcomer = new PeopleFixtures(jdbc).person("Newcomer", to).joined(tomorrow).create();
        assertThat(lookup.findById(newcomer)).isPresent();
        assertThat(lookup.countMembersOf(List.of(to))).isEqualTo(1);
    }
}
