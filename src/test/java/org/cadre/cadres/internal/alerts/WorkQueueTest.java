package org.cadre.cadres.internal.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.cadre.IntegrationTest;
import org.cadre.TestUsers;
import org.cadre.cadres.internal.WorkItem;
import org.cadre.cadres.internal.WorkItemSource;
import org.cadre.identity.AccountAdministration;
import org.cadre.identity.CurrentUser;
import org.cadre.identity.DataScope;
import org.cadre.identity.Permissions;
import org.cadre.identity.ScopeKind;
import org.cadre.notifications.Notifications;
import org.cadre.organization.OrganizationQueries;
import org.cadre.shared.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work queue over a department tree of its own: the retirement and rotation sources, a test source next to them,
 * the data scope, the page, and the notifications to the cadre managers, each sent once.
 */
@IntegrationTest
@Transactional
class WorkQueueTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    OrganizationQueries organization;
    @Autowired
    List<WorkItemSource> sources;
    @Autowired
    WorkNotifier notifier;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    Notifications notifications;

    AlertFixtures fixtures;
    LocalDate today;
    long root;
    long plant;
    long office;
    long retiringWoman;
    long retiringMan;
    long rotating;

    @BeforeEach
    void aCompanyWithAPlantAndAnOffice() {
        fixtures = new AlertFixtures(jdbc);
        today = LocalDate.now(clock);
        root = fixtures.unit(null);
        plant = fixtures.unit(root);
        office = fixtures.unit(root);
        // a woman cadre reaching 55 in three months, a man reaching 60 in two months, one 60 in seven (not yet)
        retiringWoman = fixtures.person(plant, "F", today.plusMonths(3).minusYears(55), "MASTER");
        fixtures.assign(retiringWoman, fixtures.post(plant, "MID_DEPUTY", false), today.minusYears(2), null);
        retiringMan = fixtures.person(office, "M", today.plusMonths(2).minusYears(60), "BACHELOR");
        fixtures.assign(retiringMan, fixtures.post(office, "MID_PRINCIPAL", false), today.minusYears(3), null);
        long notYet = fixtures.person(office, "M", today.plusMonths(7).minusYears(60), "BACHELOR");
        fixtures.assign(notYet, fixtures.post(office, "MID_DEPUTY", false), today.minusYears(3), null);
        // staff of retirement age are no cadres
        long staff = fixtures.person(plant, "M", today.minusYears(60), "BACHELOR");
        fixtures.assign(staff, fixtures.post(plant, "STAFF", false), today.minusYears(3), null);
        // five years in a key post a month from now; four years in another key post
        rotating = fixtures.person(plant, "M", LocalDate.of(1980, 5, 5), "BACHELOR");
        fixtures.assign(rotating, fixtures.post(plant, "MID_PRINCIPAL", true), today.plusMonths(1).minusYears(5), null);
        long recent = fixtures.person(plant, "M", LocalDate.of(1982, 5, 5), "BACHELOR");
        fixtures.assign(recent, fixtures.post(plant, "MID_DEPUTY", true), today.minusYears(4), null);
    }

    /** A source as another part of the module would have: one overdue item in the office, one later in the plant. */
    WorkItemSource testSource() {
        return (day, scope) -> {
            List<WorkItem> items = List.of(
                    new WorkItem("PROBATION_ENDING", retiringMan, "Test", office, "Probation", day.minusDays(3), "/cadres/x"),
                    new WorkItem("PROBATION_ENDING", null, null, plant, "Notice", day.plusDays(40), "/cadres/y"));
            return items.stream().filter(i -> organization.isWithin(i.unitId(), scope, day)).toList();
        };
    }

    DataScope subtree(long unit) {
        return DataScope.units(java.util.Set.of(unit));
    }

    @Test
    void approaching_retirement_lists_women_cadres_at_55_and_men_at_60_within_six_months() {
        List<WorkItem> items = new RetirementSourceProbe().items();
        assertThat(items).extracting(WorkItem::personId).containsExactlyInAnyOrder(retiringWoman, retiringMan);
        assertThat(items).filteredOn(i -> i.personId() == retiringWoman).singleElement()
                .satisfies(i -> assertThat(i.dueDate()).isEqualTo(today.plusMonths(3)));
    }

    /** The retirement source of the application, over the fixture's tree only. */
    class RetirementSourceProbe {
        List<WorkItem> items() {
            return sources.stream().filter(s -> s instanceof RetirementSource).findFirst().orElseThrow()
                    .workItems(today, subtree(root));
        }
    }

    @Test
    void rotation_is_due_after_five_years_in_the_same_key_post() {
        List<WorkItem> items = sources.stream().filter(s -> s instanceof RotationSource).findFirst().orElseThrow()
                .workItems(today, subtree(root));
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.personId()).isEqualTo(rotating);
            assertThat(i.kind()).isEqualTo("ROTATION_DUE");
            assertThat(i.dueDate()).isEqualTo(today.plusMonths(1));
        });
    }

    @Test
    void the_queue_collects_every_source_sorted_by_due_date_and_grouped_by_kind_within_the_scope() {
        List<WorkItemSource> all = new java.util.ArrayList<>(sources);
        all.add(testSource());
        WorkQueue queue = new WorkQueue(all, organization);

        WorkQueue.Queue whole = queue.queue(today, subtree(root), null, new PageRequest(0, 50));
        assertThat(whole.page().items()).extracting(l -> l.item().dueDate()).isSorted();
        assertThat(whole.page().items().get(0).overdue()).isTrue();
        assertThat(whole.groups()).extracting(WorkQueue.Group::kind, WorkQueue.Group::count, WorkQueue.Group::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("APPROACHING_RETIREMENT", 2, 0),
                        org.assertj.core.groups.Tuple.tuple("PROBATION_ENDING", 2, 1),
                        org.assertj.core.groups.Tuple.tuple("ROTATION_DUE", 1, 0));

        WorkQueue.Queue plantOnly = queue.queue(today, subtree(plant), null, new PageRequest(0, 50));
        assertThat(plantOnly.page().items()).extracting(l -> l.item().unitId()).containsOnly(plant);
        assertThat(plantOnly.total()).isEqualTo(3);

        WorkQueue.Queue probations = queue.queue(today, subtree(root), "PROBATION_ENDING", new PageRequest(0, 50));
        assertThat(probations.page().items()).extracting(l -> l.item().subject()).containsExactly("Probation", "Notice");
    }

    @Test
    void a_source_that_ignores_the_scope_cannot_leak_items_outside_it() {
        WorkItemSource careless = (day, scope) -> List.of(
                new WorkItem("PROBATION_ENDING", null, null, office, "Outside", day, "/x"));
        WorkQueue queue = new WorkQueue(List.of(careless), organization);
        assertThat(queue.collect(today, subtree(plant))).isEmpty();
    }

    @Test
    void the_work_page_shows_the_items_of_a_unit_and_refuses_a_unit_outside_the_scope() throws Exception {
        CurrentUser unitHead = TestUsers.withGrants("plant-head", null,
                TestUsers.grant(ScopeKind.UNIT, plant, Permissions.CADRE_READ));
        mvc.perform(get("/cadres/work").param("unit", String.valueOf(plant)).with(user(unitHead)).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(fixtures.name(retiringWoman))))
                .andExpect(content().string(containsString("Approaching retirement age (1)")))
                .andExpect(content().string(not(containsString(fixtures.name(retiringMan)))))
                .andExpect(content().string(not(containsString("id=\"work-notify\""))));
        mvc.perform(get("/cadres/work").param("unit", String.valueOf(office)).with(user(unitHead)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cadres/work").with(user(TestUsers.employee(retiringMan))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/cadres/work/notify").with(user(unitHead)).with(csrf()))
                .andExpect(status().isForbidden());
        // "send now" sends every manager's notifications: a manager of one unit may not
        CurrentUser plantManager = TestUsers.withGrants("plant-manager-test", null,
                TestUsers.grant(ScopeKind.UNIT, plant, Permissions.CADRE_READ, Permissions.CADRE_MANAGE));
        mvc.perform(get("/cadres/work").with(user(plantManager)))
                .andExpect(content().string(not(containsString("id=\"work-notify\""))));
        mvc.perform(post("/cadres/work/notify").with(user(plantManager)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cadres/work").param("unitId", String.valueOf(root)).param("kind", "ROTATION_DUE")
                        .with(user(TestUsers.orgDept())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.items[0].item.personId").value(rotating))
                .andExpect(jsonPath("$.page.total").value(1));
    }

    @Test
    void due_items_are_sent_once_to_the_managers_whose_scope_reaches_their_unit() {
        long plantManager = accounts.createAccount(fixtures.people.unique("pm"), "Plant manager", "Plant-Manager-2026", null);
        accounts.grant(plantManager, "ORG_DEPT", ScopeKind.UNIT, plant);
        long officeReader = accounts.createAccount(fixtures.people.unique("or"), "Office reader", "Office-Reader-2026", null);
        accounts.grant(officeReader, "UNIT_HEAD", ScopeKind.UNIT, office);

        notifier.send();
        // the plant: the woman retiring and the rotation; the office's items and readers without cadre:manage get none
        assertThat(fixtures.unreadOf(plantManager)).isEqualTo(2);
        assertThat(fixtures.unreadOf(officeReader)).isZero();

        assertThat(notifier.send()).as("a second run, as on another node").isZero();
        assertThat(fixtures.unreadOf(plantManager)).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'cadres.work.notified'").query(Long.class)
                .single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void the_bell_counts_unread_notifications_and_reading_them_clears_it() throws Exception {
        CurrentUser me = TestUsers.orgDept();
        assertThat(notifications.send(me.accountId(), WorkNotifier.MESSAGE,
                List.of("#{cadres.work.kind.ROTATION_DUE}", "Zhang San", "Head of plant", "2027-01-01"),
                "/people/1", "test:1")).isTrue();
        assertThat(notifications.send(me.accountId(), WorkNotifier.MESSAGE, List.of("x", "y", "z", "w"), null, "test:1"))
                .as("same dedupe key").isFalse();
        assertThat(notifications.send(me.accountId(), "notifications.title", List.of(), null)).isTrue();

        mvc.perform(get("/notifications").with(user(me)).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"notification-count\">2<")))
                .andExpect(content().string(containsString(
                        "Rotation due in a key post: Zhang San (Head of plant), due 2027-01-01")));
        mvc.perform(get("/api/v1/notifications/unread-count").with(user(me)))
                .andExpect(jsonPath("$.unread").value(2));
        mvc.perform(post("/api/v1/notifications/read-all").with(user(me)).with(csrf()))
                .andExpect(jsonPath("$.marked").value(2));
        assertThat(notifications.unreadCount(me.accountId())).isZero();
        mvc.perform(get("/api/v1/notifications").with(user(me)))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].read").value(true));
    }
}
