package org.cadre.cadres.internal.tenure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cadre.IntegrationTest;
import org.cadre.TestUsers;
import org.cadre.identity.CurrentUser;
import org.cadre.people.PeopleFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Revoking a deployment event with undo, over the API and the page, against the database: what it puts back, what
 * it refuses and that a refusal changes nothing. Each test rolls back.
 */
@IntegrationTest
@Transactional
class RevokeUndoIntegrationTest {

    static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    PeopleFixtures people;
    CurrentUser orgDept = TestUsers.orgDept();
    long unit;
    long otherUnit;
    long person;
    String employeeNo;
    long deputyPost;
    long principalPost;
    long peerPost;
    long deputy;
    long deputyTerm;

    @BeforeEach
    void aDeputyWithATermAndPostsElsewhere() throws Exception {
        people = new PeopleFixtures(jdbc);
        unit = people.unit(people.unique("Dept"), null);
        otherUnit = people.unit(people.unique("Works"), null);
        person = people.person(people.unique("Cadre"), unit).create();
        employeeNo = jdbc.sql("select employee_no from people_person where id = ?").param(person).query(String.class).single();
        deputyPost = people.post(unit, people.unique("Deputy"), "MID_DEPUTY");
        principalPost = people.post(otherUnit, people.unique("Head"), "MID_PRINCIPAL");
        peerPost = people.post(otherUnit, people.unique("Deputy"), "MID_DEPUTY");
        people.assign(person, deputyPost, LocalDate.of(2022, 1, 1));
        deputy = jdbc.sql("select id from org_assignment where person_id = ?").param(person).query(Long.class).single();
        deputyTerm = postJson("/api/v1/cadres/terms", Map.of("kind", "POST", "employeeNo", employeeNo,
                "startDate", "2022-01-01")).get("id").asLong();
    }

    JsonNode postJson(String url, Object body) throws Exception {
        String response = mvc.perform(post(url).with(user(orgDept)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
        return response.isEmpty() ? null : json.readTree(response);
    }

    JsonNode record(String kind, Long toPostId, LocalDate day) throws Exception {
        Map<String, Object> e = new HashMap<>();
        e.put("kind", kind);
        e.put("employeeNo", employeeNo);
        e.put("toPostId", toPostId);
        e.put("effectiveDate", day.toString());
        e.put("reason", "工作需要");
        e.put("documentNo", "江源党干〔2026〕12号");
        return postJson("/api/v1/cadres/deployments", e);
    }

    ResultActions revoke(long id, Boolean undo) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("reason", "文号有误");
        if (undo != null) {
            body.put("undo", undo);
        }
        return mvc.perform(post("/api/v1/cadres/deployments/" + id + "/revoke").with(user(orgDept)).with(csrf())
                .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    List<String> openPosts() {
        return jdbc.sql("""
                select post_id || ' ' || kind from org_assignment
                where person_id = ? and valid_to is null order by id
                """).param(person).query(String.class).list();
    }

    String term(long id) {
        return jdbc.sql("select coalesce(actual_end::text, '-') || ' ' || coalesce(end_reason, '-') from cadre_term where id = ?")
                .param(id).query(String.class).single();
    }

    String assignment(long id) {
        return jdbc.sql("select valid_from || ' ' || coalesce(valid_to::text, '-') || ' ' || coalesce(end_reason, '-') from org_assignment where id = ?")
                .param(id).query(String.class).single();
    }

    @Test
    void undoing_a_promotion_annuls_the_new_post_and_its_term_and_gives_back_the_old_post_and_term() throws Exception {
        JsonNode promotion = record("PROMOTION", principalPost, DAY);
        long id = promotion.get("id").asLong();
        long head = promotion.get("toAssignmentId").asLong();
        long headTerm = jdbc.sql("select id from cadre_term where assignment_id = ?").param(head).query(Long.class).single();

        mvc.perform(get("/api/v1/cadres/deployments/" + id + "/undo").with(user(orgDept)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.possible").value(true))
                .andExpect(jsonPath("$.annul.id").value(head))
                .andExpect(jsonPath("$.reopen[0].id").value(deputy))
                .andExpect(jsonPath("$.reopenTerms[0].id").value(deputyTerm))
                .andExpect(jsonPath("$.annulTerms[0].id").value(headTerm))
                .andExpect(jsonPath("$.restoreStatus").value(false));

        revoke(id, true).andExpect(status().isOk()).andExpect(jsonPath("$.revokeUndone").value(true));

        assertThat(openPosts()).containsExactly(deputyPost + " PRIMARY");
        assertThat(assignment(head)).isEqualTo("2026-06-01 2026-06-01 ANNULLED");
        assertThat(term(deputyTerm)).isEqualTo("- -");
        assertThat(term(headTerm)).isEqualTo("2026-06-01 ANNULLED");
        assertThat(jdbc.sql("select unit_id from people_person where id = ?").param(person).query(Long.class).single())
                .as("home unit back").isEqualTo(unit);
        assertThat(jdbc.sql("select count(*) from audit_entry where action in ('assignment.annulled', 'assignment.reopened', "
                + "'cadre.term.annulled', 'cadre.term.reopened', 'cadre.deployment.revoked')"
                + " and entity_id in (?, ?, ?, ?, ?)").params(String.valueOf(head), String.valueOf(deputy),
                String.valueOf(deputyTerm), String.valueOf(headTerm), String.valueOf(id)).query(Long.class).single())
                .isEqualTo(5);
        mvc.perform(get("/cadres/deployments/" + id).with(user(orgDept)).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("event-undone-help")));
    }

    @Test
    void undoing_a_transfer_puts_the_person_back_on_the_post_left() throws Exception {
        long id = record("TRANSFER", peerPost, DAY).get("id").asLong();

        revoke(id, true).andExpect(status().isOk());

        assertThat(openPosts()).containsExactly(deputyPost + " PRIMARY");
        assertThat(assignment(deputy)).isEqualTo("2022-01-01 - -");
    }

    @Test
    void undoing_a_removal_reopens_the_post_and_its_term() throws Exception {
        long id = record("REMOVAL", null, DAY).get("id").asLong();
        assertThat(openPosts()).isEmpty();

        revoke(id, true).andExpect(status().isOk());

        assertThat(openPosts()).containsExactly(deputyPost + " PRIMARY");
        assertThat(term(deputyTerm)).isEqualTo("- -");
    }

    @Test
    void undoing_a_retirement_reopens_the_posts_and_terms_and_makes_the_person_active_again() throws Exception {
        long id = record("RETIREMENT", null, DAY).get("id").asLong();
        assertThat(jdbc.sql("select status from people_person where id = ?").param(person).query(String.class).single())
                .isEqualTo("RETIRED");

        mvc.perform(get("/api/v1/cadres/deployments/" + id + "/undo").with(user(orgDept)))
                .andExpect(jsonPath("$.restoreStatus").value(true));
        revoke(id, true).andExpect(status().isOk());

        assertThat(jdbc.sql("select status from people_person where id = ?").param(person).query(String.class).single())
                .isEqualTo("ACTIVE");
        assertThat(jdbc.sql("""
                select from_status || '>' || to_status || ' ' || effective_date from people_status_change
                where person_id = ? order by id
                """).param(person).query(String.class).list())
                .containsExactly("ACTIVE>RETIRED 2026-06-01", "RETIRED>ACTIVE 2026-06-01");
        assertThat(openPosts()).containsExactly(deputyPost + " PRIMARY");
        assertThat(term(deputyTerm)).isEqualTo("- -");
    }

    @Test
    void undo_is_refused_with_the_reason_when_a_later_event_builds_on_it_and_nothing_changes() throws Exception {
        long first = record("TRANSFER", peerPost, DAY).get("id").asLong();
        record("PROMOTION", principalPost, LocalDate.of(2026, 8, 1));

        mvc.perform(get("/api/v1/cadres/deployments/" + first + "/undo").with(user(orgDept)).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.possible").value(false))
                .andExpect(jsonPath("$.refusalCode").value("cadres.deployment.undo.laterEvent"))
                .andExpect(jsonPath("$.refusal").value("a later event on 2026-08-01 (Promotion) builds on it"));
        revoke(first, true).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("a later event on 2026-08-01 (Promotion)")));

        assertThat(openPosts()).containsExactly(principalPost + " PRIMARY");
        assertThat(jdbc.sql("select count(*) from cadre_deployment_event where id = ? and revoked_at is null")
                .param(first).query(Long.class).single()).isOne();
        mvc.perform(get("/cadres/deployments/" + first).with(user(orgDept)).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("a later event on 2026-08-01 (Promotion) builds on it")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"undo\""))));

        // marking only, as before, stays possible
        revoke(first, null).andExpect(status().isOk()).andExpect(jsonPath("$.revokeUndone").value(false));
        assertThat(openPosts()).containsExactly(principalPost + " PRIMARY");
    }

    @Test
    void the_page_shows_what_undo_will_do_and_the_form_undoes_when_chosen() throws Exception {
        long id = record("TRANSFER", peerPost, DAY).get("id").asLong();

        mvc.perform(get("/cadres/deployments/" + id).with(user(orgDept)).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("id=\"undo-possible\"")))
                .andExpect(content().string(containsString("reopen the assignment to")))
                .andExpect(content().string(containsString("id=\"undo\"")));

        mvc.perform(post("/cadres/deployments/" + id + "/revoke").with(user(orgDept)).with(csrf())
                        .param("revokeReason", "误录").param("undo", "true"))
                .andExpect(status().is3xxRedirection());

        assertThat(openPosts()).containsExactly(deputyPost + " PRIMARY");
    }
}
