package org.cadre.identity.internal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cadre.IntegrationTest;
import org.cadre.identity.CurrentUser;
import org.cadre.identity.PersonDirectory;
import org.cadre.identity.UnitDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** With the people and organization modules present, accounts show and pick people and units by name. */
@IntegrationTest
@Import(DirectoriesTest.FakeDirectories.class)
class DirectoriesTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class FakeDirectories {

        static final Map<String, PersonDirectory.PersonRef> PEOPLE = Map.of(
                "E1001", new PersonDirectory.PersonRef(501, "E1001", "张三", 11),
                "E1002", new PersonDirectory.PersonRef(502, "E1002", "李四", 12));
        static final List<UnitDirectory.UnitOption> UNITS = List.of(
                new UnitDirectory.UnitOption(11, "CMP", "Cathode Materials Plant"),
                new UnitDirectory.UnitOption(12, "FIN", "Finance Department"));

        @Bean
        @org.springframework.context.annotation.Primary
        PersonDirectory personDirectory() {
            return new PersonDirectory() {
                @Override
                public Optional<PersonRef> findByEmployeeNo(String employeeNo) {
                    return Optional.ofNullable(PEOPLE.get(employeeNo));
                }

                @Override
                public Optional<PersonRef> findById(long personId) {
                    return PEOPLE.values().stream().filter(p -> p.id() == personId).findFirst();
                }
            };
        }

        @Bean
        @org.springframework.context.annotation.Primary
        UnitDirectory unitDirectory() {
            return new UnitDirectory() {
                @Override
                public Optional<String> unitName(long unitId) {
                    return UNITS.stream().filter(u -> u.id() == unitId).map(UnitOption::name).findFirst();
                }

                @Override
                public List<UnitOption> search(String text, int limit) {
                    return UNITS.stream().filter(u -> u.name().toLowerCase().contains(text.toLowerCase())
                            || u.code().equalsIgnoreCase(text)).limit(limit).toList();
                }
            };
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    CurrentUser admin;

    @BeforeEach
    void setUp() {
        TestAccounts accounts = TestAccounts.in(context);
        admin = accounts.principal(accounts.create("diradmin", "SYSTEM_ADMIN"));
    }

    @Test
    void an_account_is_linked_to_a_person_by_employee_number_and_shows_the_name() throws Exception {
        String location = mvc.perform(asAdmin(post("/admin/accounts")).param("username", TestAccounts.uniqueName("zhang"))
                        .param("displayName", "Zhang").param("password", TestAccounts.PASSWORD).param("person", "E1001"))
                .andExpect(redirectedUrlPattern("/admin/accounts/*")).andReturn().getResponse().getRedirectedUrl();

        mvc.perform(asAdmin(get(location)))
                .andExpect(content().string(containsString("张三 (E1001)")));
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        CurrentUser zhang = TestAccounts.in(context).principal(id);
        mvc.perform(get("/api/v1/me").with(user(zhang)))
                .andExpect(jsonPath("$.account.person.employeeNo").value("E1001"))
                .andExpect(jsonPath("$.account.person.name").value("张三"));
        // one person, one account
        mvc.perform(asAdmin(post("/admin/accounts")).param("username", TestAccounts.uniqueName("again"))
                        .param("displayName", "Again").param("password", TestAccounts.PASSWORD).param("person", "E1001"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This person is already linked to the account")));
    }

    @Test
    void an_unknown_employee_number_is_refused_next_to_the_field() throws Exception {
        mvc.perform(asAdmin(post("/admin/accounts")).param("username", TestAccounts.uniqueName("nobody"))
                        .param("displayName", "Nobody").param("password", TestAccounts.PASSWORD).param("person", "E9999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No person E9999 was found.")))
                .andExpect(content().string(containsString("Employee number")));
    }

    @Test
    void units_are_picked_by_name_and_grants_show_the_unit_name() throws Exception {
        long id = TestAccounts.in(context).create("unithead");

        mvc.perform(asAdmin(get("/admin/accounts/units")).param("q", "cathode").header("HX-Request", "true"))
                .andExpect(content().string(containsString("<option value=\"11\">Cathode Materials Plant (CMP)</option>")))
                .andExpect(content().string(not(containsString("Finance"))));
        mvc.perform(asAdmin(get("/admin/accounts/{id}", id)))
                .andExpect(content().string(containsString("id=\"unit-search\"")));

        mvc.perform(asAdmin(post("/admin/accounts/{id}/grants", id)).param("role", "UNIT_HEAD").param("scope", "UNIT")
                .param("unitId", "11")).andExpect(status().is3xxRedirection());
        mvc.perform(asAdmin(get("/admin/accounts/{id}", id)))
                .andExpect(content().string(containsString("Cathode Materials Plant")));

        mvc.perform(asAdmin(post("/admin/accounts/{id}/grants", id)).param("role", "UNIT_HEAD").param("scope", "UNIT")
                        .param("unitId", "999"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("There is no unit 999.")));
    }

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(user(admin)).with(csrf()).header("Accept-Language", "en");
    }
}
