package org.cadre.cadres.internal.tenure;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cadre.IntegrationTest;
import org.cadre.TestUsers;
import org.cadre.identity.CurrentUser;
import org.cadre.identity.Permissions;
import org.cadre.identity.ScopeKind;
import org.cadre.people.PeopleFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** What a reader of one unit sees of a transferee's tenure records, and pending exit recommendations paged in SQL. */
@IntegrationTest
@Transactional
class TenureScopeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    PeopleFixtures people;
    long formerUnit;
    long currentUnit;
    long transferee;

    @BeforeEach
    void aTransfereeWithAContractInEachUnit() {
        people = new PeopleFixtures(jdbc);
        formerUnit = people.unit(people.unique("原单位"), null);
        currentUnit = people.unit(people.unique("现单位"), null);
        transferee = people.person(people.unique("调任者"), currentUnit).create();
        contract(formerUnit, "原单位年度经营业绩责任书");
        contract(currentUnit, "现单位年度经营业绩责任书");
    }

    private long contract(long unit, String title) {
        return jdbc.sql("""
                insert into cadre_contract (kind, person_id, person_name, employee_no, unit_id, year, title)
                values ('ANNUAL', ?, '调任者', 'E-T', ?, 2026, ?) returning id""")
                .params(transferee, unit, title).query(Long.class).single();
    }

    @Test
    void a_reader_of_the_current_unit_does_not_see_the_contract_of_the_former_unit() throws Exception {
        CurrentUser currentHead = TestUsers.withGrants("current-head-test", null,
                TestUsers.grant(ScopeKind.UNIT, currentUnit, Permissions.CADRE_READ));
        mvc.perform(get("/cadres/people/{id}/tenure", transferee).with(user(currentHead)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("现单位年度经营业绩责任书")))
                .andExpect(content().string(not(containsString("原单位年度经营业绩责任书"))));
        mvc.perform(get("/cadres/people/{id}/tenure", transferee).with(user(TestUsers.orgDept())))
                .andExpect(content().string(containsString("原单位年度经营业绩责任书")));
    }

    @Test
    void pending_exit_recommendations_are_paged_in_the_api() throws Exception {
        for (int i = 0; i < 3; i++) {
            long contract = contract(formerUnit, "第" + i + "份");
            jdbc.sql("""
                    insert into cadre_exit_recommendation (contract_id, person_id, person_name, unit_id, basis, state,
                                                           created_at)
                    values (?, ?, '调任者', ?, 'SCORE:50:60', 'PROPOSED', now() - make_interval(mins => ?))""")
                    .params(contract, transferee, formerUnit, i).update();
        }
        mvc.perform(get("/api/v1/cadres/exit-recommendations").param("size", "2").with(user(TestUsers.orgDept())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThanOrEqualTo(3)))
                .andExpect(jsonPath("$.items.length()").value(2));
        CurrentUser currentHead = TestUsers.withGrants("current-head-test", null,
                TestUsers.grant(ScopeKind.UNIT, currentUnit, Permissions.CADRE_READ));
        mvc.perform(get("/api/v1/cadres/exit-recommendations").with(user(currentHead)))
                .andExpect(jsonPath("$.total").value(0));
    }
}
