package org.cadre.congress.internal.welfare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadre.IntegrationTest;
import org.cadre.TestUsers;
import org.cadre.identity.CurrentUser;
import org.cadre.identity.Permissions;
import org.cadre.identity.ScopeKind;
import org.cadre.people.PeopleFixtures;
import org.cadre.people.PersonStatus;
import org.cadre.shared.BusinessRuleException;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** Member welfare from the scheme's items to payments against the budget; each test rolls back. */
@IntegrationTest
@Transactional
class WelfareTest {

    @Autowired
    WelfareCommands commands;
    @Autowired
    WelfareViews views;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;

    PeopleFixtures people;
    LocalDate today;
    long unit;
    long veteran;
    long newcomer;
    CurrentUser union;

    @BeforeEach
    void aUnitWithAVeteranAndANewcomer() {
        people = new PeopleFixtures(jdbc);
        today = LocalDate.now(clock);
        unit = people.unit(people.unique("车间"), null);
        veteran = people.person(people.unique("老职工"), unit).joined(today.minusYears(20)).create();
        newcomer = people.person(people.unique("新职工"), unit).joined(today.minusMonths(6)).create();
        union = TestUsers.withGrants("union-w", null, TestUsers.grant(ScopeKind.ALL, null, Permissions.CONGRESS_READ,
                Permissions.WELFARE_MANAGE));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_application_is_approved_and_paid_and_counts_against_the_unit_budget() throws Exception {
        long item = item("住院慰问", Welfare.EventKind.ILLNESS, "500", 0, new BigDecimal("1000"));
        as(union, () -> {
            commands.setBudget(item, unit, new BigDecimal("800"));
            return null;
        });
        long application = as(employee(veteran), () -> commands.apply(item, null, today, null, "住院一周"));
        as(union, () -> {
            commands.decide(application, true, null);
            commands.pay(application, null, today, "FL-001");
            return null;
        });
        var line = as(union, () -> views.budget(today.getYear())).stream().filter(l -> l.itemId() == item).findFirst()
                .orElseThrow();
        assertThat(line.paid()).isEqualByComparingTo("500");
        assertThat(line.remaining()).isEqualByComparingTo("300");
        mvc.perform(get("/congress/welfare").with(user(union))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(">800.00<")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(">300.00<")));
        long second = as(employee(veteran), () -> commands.apply(item, null, today, null, "再次住院"));
        assertThatThrownBy(() -> as(union, () -> {
            commands.decide(second, true, null);
            return null;
        })).hasMessage("welfare.decide.overBudget");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'congress_welfare_application' and entity_id = ?")
                .param(String.valueOf(application)).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void the_schemes_rules_refuse_too_few_years_of_service_a_wrong_status_and_more_than_the_yearly_limit() {
        long longService = item("长期服务奖", Welfare.EventKind.HOLIDAY, "300", 10, null);
        assertThatThrownBy(() -> as(employee(newcomer), () -> commands.apply(longService, null, today, null, null)))
                .hasMessage("welfare.apply.service");
        long retirementItem = as(union, () -> commands.createItem(new WelfareCommands.ItemSpec(today.getYear(),
                "退休纪念", Welfare.EventKind.RETIREMENT, new BigDecimal("800"), 0, List.of(PersonStatus.RETIRED), null)));
        assertThatThrownBy(() -> as(employee(veteran), () -> commands.apply(retirementItem, null, today, null, null)))
                .hasMessage("welfare.apply.status");
        long birthday = item("生日慰问", Welfare.EventKind.BIRTHDAY, "200", 0, new BigDecimal("200"));
        as(employee(veteran), () -> commands.apply(birthday, null, today, null, null));
        assertThatThrownBy(() -> as(employee(veteran), () -> commands.apply(birthday, null, today, null, null)))
                .hasMessage("welfare.apply.limit");
    }

    @Test
    void a_rejection_needs_a_reason_and_an_employee_sees_only_their_own_applications() throws Exception {
        long item = item("结婚慰问", Welfare.EventKind.MARRIAGE, "600", 0, null);
        long mine = as(employee(veteran), () -> commands.apply(item, null, today, null, "结婚"));
        as(employee(newcomer), () -> commands.apply(item, null, today, null, "结婚"));
        assertThatThrownBy(() -> as(union, () -> {
            commands.decide(mine, false, " ");
            return null;
        })).isInstanceOf(BusinessRuleException.class).hasMessage("welfare.decide.reason");
        mvc.perform(get("/api/v1/congress/welfare/applications").param("itemId", String.valueOf(item))
                        .with(user(employee(veteran))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(mine));
        mvc.perform(get("/congress/welfare").with(user(employee(newcomer)))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("application-" + mine))));
        mvc.perform(get("/congress/welfare").with(user(union))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("application-" + mine)));
        byte[] xlsx = mvc.perform(get("/congress/welfare/export.xlsx").with(user(union))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void over_json_the_union_adds_an_item_and_a_member_applies_for_it() throws Exception {
        String name = people.unique("中秋慰问");
        String created = mvc.perform(post("/api/v1/congress/welfare/items").with(user(union)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"year": %d, "name": "%s", "eventKind": "HOLIDAY", "standardAmount": 300,
                                 "minServiceYears": 0, "eligibleStatuses": ["ACTIVE"]}
                                """.formatted(today.getYear(), name)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long item = Long.parseLong(created.replaceAll("\\D+", ""));
        mvc.perform(post("/api/v1/congress/welfare/applications").with(user(employee(veteran))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"itemId\": %d, \"eventDate\": \"%s\"}".formatted(item, today)))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/congress/welfare/applications").param("itemId", String.valueOf(item))
                        .with(user(union)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].amount").value(300));
    }

    @Test
    void the_union_applies_for_a_member_by_employee_number_though_sixty_others_numbers_contain_it() {
        String number = people.unique("W");
        for (int i = 0; i < 60; i++) {
            // the roster sorts by name: these come first, and each number contains the member's
            people.person("阿" + i + people.unique(""), unit).employeeNo(number + i).joined(today.minusYears(3)).create();
        }
        long member = people.person("张职工" + people.unique(""), unit).employeeNo(number).joined(today.minusYears(3))
                .create();
        long item = item("生日慰问", Welfare.EventKind.BIRTHDAY, "200", 0, null);
        long application = as(union, () -> commands.apply(item, number, today, null, "代为申请"));
        assertThat(jdbc.sql("select person_id from congress_welfare_application where id = ?").param(application)
                .query(Long.class).single()).isEqualTo(member);
    }

    long item(String name, Welfare.EventKind kind, String amount, int years, BigDecimal limit) {
        return as(union, () -> commands.createItem(new WelfareCommands.ItemSpec(today.getYear(), name + people.unique(""),
                kind, new BigDecimal(amount), years, List.of(PersonStatus.ACTIVE), limit)));
    }

    CurrentUser employee(long personId) {
        return TestUsers.withGrants("p" + personId, personId, TestUsers.grant(ScopeKind.SELF, null,
                Permissions.CONGRESS_READ));
    }

    <T> T as(CurrentUser user, Callable<T> action) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
