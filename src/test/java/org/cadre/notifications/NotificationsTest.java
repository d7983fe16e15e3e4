package org.cadre.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.cadre.IntegrationTest;
import org.cadre.TestUsers;
import org.cadre.identity.AccountAdministration;
import org.cadre.identity.CurrentUser;
import org.cadre.people.PeopleFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class NotificationsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Notifications notifications;
    @Autowired
    AccountAdministration accounts;

    @Test
    void a_notification_to_a_person_reaches_their_account_once_per_dedupe_key() {
        PeopleFixtures people = new PeopleFixtures(jdbc);
        long person = people.person(people.unique("N"), people.unit(people.unique("U"), null)).create();
        long account = accounts.createAccount(people.unique("n"), "Reader", "Reader-Pass-2026", person);
        long nobody = people.person(people.unique("N"), people.unit(people.unique("U"), null)).create();

        assertThat(notifications.sendToPerson(person, "notifications.title", List.of(), "/", "k1")).isEqualTo(1);
        assertThat(notifications.sendToPerson(person, "notifications.title", List.of(), "/", "k1")).isZero();
        assertThat(notifications.sendToPerson(nobody, "notifications.title", List.of(), "/", "k1")).isZero();
        assertThat(notifications.unreadCount(account)).isEqualTo(1);
    }

    @Test
    void opening_a_notification_marks_it_read_and_follows_its_link_but_not_someone_elses() throws Exception {
        CurrentUser me = TestUsers.orgDept();
        CurrentUser other = TestUsers.withGrants("someone-else", null);
        notifications.send(me.accountId(), "notifications.title", List.of(), "/cadres/work", null);
        long id = jdbc.sql("select max(id) from notification_message where account_id = ?").param(me.accountId())
                .query(Long.class).single();

        mvc.perform(post("/notifications/{id}/read", id).with(user(other)).with(csrf())).andExpect(status().isNotFound());
        assertThat(notifications.unreadCount(me.accountId())).isEqualTo(1);
        mvc.perform(post("/notifications/{id}/read", id).with(user(me)).with(csrf()))
                .andExpect(redirectedUrl("/cadres/work"));
        assertThat(notifications.unreadCount(me.accountId())).isZero();
    }

    @Test
    void a_link_that_leaves_the_application_is_not_followed() throws Exception {
        CurrentUser me = TestUsers.orgDept();
        notifications.send(me.accountId(), "notifications.title", List.of(), "//evil.example/x", null);
        long id = jdbc.sql("select max(id) from notification_message where account_id = ?").param(me.accountId())
                .query(Long.class).single();
        mvc.perform(post("/notifications/{id}/read", id).with(user(me)).with(csrf()))
                .andExpect(redirectedUrl("/notifications"));
    }
}
