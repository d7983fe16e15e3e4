package org.cadre.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.cadre.organization.OrganizationQueries;
import org.cadre.people.Age;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class RosterTest extends BrowserTest {

    private static final By ROSTER = By.id("roster-table");
    private static final By COUNT = By.id("roster-count");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrganizationQueries organization;
    @Autowired
    Clock clock;

    record Someone(long id, String name, String employeeNo, String nationalId, LocalDate birthDate) {
    }

    @Test
    void orgdept_finds_a_cadre_by_part_of_the_name_and_reveals_the_masked_national_id_on_the_profile() {
        // a cadre who held an earlier post, so that the profile has an assignment history
        Someone cadre = jdbc.sql("""
                select p.id, p.name, p.employee_no, p.national_id, p.birth_date from people_person p
                where p.national_id is not null and char_length(p.name) = 3
                  and exists (select 1 from org_assignment a where a.person_id = p.id and a.valid_to is not null)
                  and exists (select 1 from org_assignment a where a.person_id = p.id and a.valid_to is null)
                order by p.id limit 1""").query(Someone.class).single();
        String fragment = cadre.name().substring(1);
        signInAs("orgdept");
        open("/people");

        browser.findElement(By.id("f-q")).sendKeys(fragment);
        waitForUrl("q=" + fragment);
        waitForHtmx();
        assertThat(column(ROSTER, 1)).contains(cadre.employeeNo());
        assertThat(column(ROSTER, 2)).allSatisfy(name -> assertThat(name).contains(fragment));

        browser.findElement(ROSTER).findElement(By.linkText(cadre.name())).click();
        waitForText(By.id("person-name"), cadre.name());
        List<WebElement> history = browser.findElements(By.cssSelector("#assignments tbody tr"));
        long assignments = jdbc.sql("select count(*) from org_assignment where person_id = ?").param(cadre.id())
                .query(Long.class).single();
        assertThat(history).hasSize((int) assignments);
        // the ended post shows when it ended, the current one does not
        assertThat(history).anySatisfy(row -> assertThat(row.findElement(By.cssSelector("td:nth-child(6)")).getText())
                .matches("\\d{4}-\\d{2}-\\d{2}"));
        assertThat(history).anySatisfy(row -> assertThat(row.findElement(By.cssSelector("td:nth-child(6)")).getText())
                .isEmpty());

        String id = cadre.nationalId();
        String masked = browser.findElement(By.id("national-id")).getText();
        assertThat(masked).isEqualTo(id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4));
        browser.findElement(By.id("reveal-national-id")).click();
        waitForText(By.id("national-id"), id);
        assertThat(browser.findElement(By.id("national-id")).getText()).isEqualTo(id);
        assertThat(absent(By.id("reveal-national-id"))).isTrue();
    }

    @Test
    void orgdept_filters_by_unit_subtree_and_age_sorts_and_pages_with_the_filters_kept_in_the_address() {
        LocalDate today = LocalDate.now(clock);
        long cathode = unitId("JY-U01");
        int from = 25;
        int to = 50;
        // the roster's answer, worked out here: people of the unit and its subunits in the age range, youngest first
        List<String> expected = peopleOfSubtree(cathode, today).stream()
                .filter(p -> Age.on(p.birthDate(), today) >= from && Age.on(p.birthDate(), today) <= to)
                .sorted(Comparator.comparing(Someone::birthDate).thenComparing(Someone::id).reversed())
                .map(Someone::employeeNo).toList();
        assertThat(expected).as("the demo company has more than a page of them").hasSizeGreaterThan(20);
        signInAs("orgdept");
        open("/people");
        WebElement filterForm = browser.findElement(By.id("roster-filter"));

        new Select(browser.findElement(By.id("f-unit"))).selectByValue(String.valueOf(cathode));
        browser.findElement(By.id("f-ageFrom")).sendKeys(String.valueOf(from));
        browser.findElement(By.id("f-ageTo")).sendKeys(String.valueOf(to));
        new Select(browser.findElement(By.id("f-sort"))).selectByValue("BIRTH_DATE");
        new Select(browser.findElement(By.id("f-desc"))).selectByValue("true");
        String[] filters = {"unit=" + cathode, "ageFrom=" + from, "ageTo=" + to, "sort=BIRTH_DATE", "desc=true"};
        waitForUrl(filters);
        waitForHtmx();
        assertThat(browser.findElement(COUNT).getText()).isEqualTo("截至 " + today + " 共 " + expected.size() + " 人");
        assertThat(column(ROSTER, 1)).containsExactlyElementsOf(expected.subList(0, 20));
        List<Integer> ages = column(ROSTER, 4).stream().map(Integer::valueOf).toList();
        assertThat(ages).allSatisfy(age -> assertThat(age).isBetween(from, to)).isSorted();
        assertThat(filterForm.isDisplayed()).as("htmx replaced the table, not the page").isTrue();

        WebElement table = browser.findElement(ROSTER);
        click(By.id("roster-next"));
        waiting().until(ExpectedConditions.stalenessOf(table));
        waitForUrl("page=1");
        assertThat(currentUrl()).contains(filters);
        int pages = (expected.size() + 19) / 20;
        assertThat(browser.findElement(By.id("roster-page")).getText())
                .isEqualTo("第 2 / " + pages + " 页，共 " + expected.size() + " 条");
        List<String> secondPage = expected.subList(20, Math.min(40, expected.size()));
        assertThat(column(ROSTER, 1)).containsExactlyElementsOf(secondPage);

        // the pushed address is a real one: loaded afresh it shows the same page with the filters filled in
        browser.navigate().refresh();
        waitFor(ROSTER);
        assertThat(column(ROSTER, 1)).containsExactlyElementsOf(secondPage);
        assertThat(new Select(browser.findElement(By.id("f-unit"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo(String.valueOf(cathode));
        assertThat(browser.findElement(By.id("f-ageFrom")).getDomProperty("value")).isEqualTo(String.valueOf(from));
        assertThat(browser.findElement(By.id("f-ageTo")).getDomProperty("value")).isEqualTo(String.valueOf(to));
        assertThat(new Select(browser.findElement(By.id("f-sort"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("BIRTH_DATE");

        WebElement first = browser.findElement(By.cssSelector("#roster-table tbody tr:first-child td:nth-child(2) a"));
        String name = first.getText();
        first.click();
        waitForText(By.id("person-name"), name);
        assertThat(browser.getCurrentUrl()).matches(".*/people/\\d+$");
    }

    @Test
    void the_unit_head_sees_only_the_people_of_their_unit_subtree_and_nobody_else_is_found() {
        LocalDate today = LocalDate.now(clock);
        long cathode = unitId("JY-U01");
        Set<Long> subtree = organization.subtreeUnitIds(Set.of(cathode), today);
        List<String> inScope = peopleOfSubtree(cathode, today).stream().map(Someone::employeeNo).toList();
        long outsider = jdbc.sql("""
                select p.id from people_person p join people_unit_membership m on m.person_id = p.id
                 and m.valid_from <= :today and (m.valid_to is null or m.valid_to > :today)
                where not (m.unit_id = any(:units)) order by p.id limit 1""")
                .param("today", today).param("units", subtree.toArray(Long[]::new)).query(Long.class).single();
        signInAs("unithead");
        open("/people");

        assertThat(browser.findElement(COUNT).getText()).isEqualTo("截至 " + today + " 共 " + inScope.size() + " 人");
        assertThat(column(ROSTER, 1)).isNotEmpty().allSatisfy(no -> assertThat(inScope).contains(no));
        // the unit filter offers the units of the subtree only (and "all")
        List<String> choices = new Select(browser.findElement(By.id("f-unit"))).getOptions().stream()
                .map(o -> o.getAttribute("value")).filter(v -> !v.isEmpty()).toList();
        assertThat(choices).hasSize(subtree.size())
                .allSatisfy(v -> assertThat(subtree).contains(Long.valueOf(v)));

        open("/people/" + outsider);
        assertThat(waitFor(By.id("error-message")).getText()).isEqualTo("您要找的内容不存在。");
    }

    @Test
    void the_employee_sees_only_themself() {
        String own = jdbc.sql("""
                select p.employee_no from identity_account a join people_person p on p.id = a.person_id
                where a.username = 'employee'""").query(String.class).single();
        signInAs("employee");
        open("/people");

        assertThat(browser.findElement(COUNT).getText()).endsWith("共 1 人");
        assertThat(column(ROSTER, 1)).containsExactly(own);
    }

    private long unitId(String code) {
        return jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();
    }

    /** Who belongs to the unit or one of its subunits today, as the roster counts them. */
    private List<Someone> peopleOfSubtree(long unitId, LocalDate today) {
        Set<Long> units = organization.subtreeUnitIds(Set.of(unitId), today);
        return jdbc.sql("""
                select p.id, p.name, p.employee_no, p.national_id, p.birth_date
                from people_person p join people_unit_membership m on m.person_id = p.id
                 and m.valid_from <= :today and (m.valid_to is null or m.valid_to > :today)
                where (p.company_join_date is null or p.company_join_date <= :today) and m.unit_id = any(:units)""")
                .param("today", today).param("units", units.toArray(Long[]::new)).query(Someone.class).list();
    }
}
