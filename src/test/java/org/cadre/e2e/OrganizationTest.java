package org.cadre.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class OrganizationTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    record Someone(long id, String name, String employeeNo) {
    }

    @Test
    void the_tree_on_a_past_date_shows_the_names_units_had_then() {
        long institute = unitId("JY-U08");
        signInAs("orgdept");
        open("/org/units");
        By instituteLink = By.id("unit-" + institute);
        assertThat(browser.findElement(instituteLink).getText()).isEqualTo("新材料研究院");

        // renamed on 2021-01-01: before that it was the battery materials institute
        setDate(browser.findElement(By.id("asOf")), LocalDate.of(2020, 6, 30));
        waitForText(instituteLink, "电池材料研究所");
        waitForUrl("asOf=2020-06-30");
        assertThat(browser.findElement(By.id("tree")).getText()).contains("2020-06-30 的组织机构");

        click(instituteLink);
        waitForText(By.id("unit-name"), "电池材料研究所");
        assertThat(absent(By.id("unit-actions"))).as("the past is not changed from the past").isTrue();
        assertThat(browser.findElements(By.cssSelector("#history tbody tr"))).hasSize(2);
    }

    @Test
    void orgdept_opens_and_renames_a_unit_fills_a_post_beyond_its_approved_count_with_a_reason_and_ends_an_assignment() {
        LocalDate today = LocalDate.now(clock);
        LocalDate opened = today.minusDays(30);
        LocalDate appointed = today.minusDays(20);
        LocalDate renamed = today.minusDays(10);
        long institute = unitId("JY-U08");
        String code = "E2E-" + System.nanoTime() % 1_000_000;
        List<Someone> free = peopleWithoutPostsSince(appointed);
        Someone first = free.get(0);
        Someone second = free.get(1);
        signInAs("orgdept");
        open("/org/units/" + institute);

        // a child unit, opened a month ago by a document
        click(By.id("new-child-unit"));
        waitFor(By.id("unit-create-form"));
        assertThat(browser.findElement(By.id("parentCode")).getDomProperty("value")).isEqualTo("JY-U08");
        browser.findElement(By.id("code")).sendKeys(code);
        browser.findElement(By.id("name")).sendKeys("固态电池实验室");
        new Select(browser.findElement(By.id("kind"))).selectByValue("DEPARTMENT");
        setDate(browser.findElement(By.id("effectiveDate")), opened);
        browser.findElement(By.id("documentNo")).sendKeys("江源党〔2026〕E1号");
        submit("unit-create-form");
        waitForText(By.id("notice"), "已设立单位 固态电池实验室。");
        assertThat(browser.findElement(By.id("unit-name")).getText()).isEqualTo("固态电池实验室");
        long unit = unitId(code);

        click(By.id("rename-unit"));
        WebElement name = waitFor(By.cssSelector("#unit-rename-form #name"));
        name.clear();
        name.sendKeys("固态电池研究室");
        setDate(browser.findElement(By.id("effectiveDate")), renamed);
        browser.findElement(By.id("documentNo")).sendKeys("江源党〔2026〕E2号");
        submit("unit-rename-form");
        waitForText(By.id("notice"), "单位已更名。");
        assertThat(browser.findElement(By.id("unit-name")).getText()).isEqualTo("固态电池研究室");
        List<String> history = browser.findElements(By.cssSelector("#history tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertThat(history).hasSize(2);
        assertThat(history.get(0)).isEqualTo(opened + " 设立 固态电池实验室 新材料研究院 江源党〔2026〕E1号 " + renamed);
        assertThat(history.get(1)).isEqualTo(renamed + " 更名 固态电池研究室 新材料研究院 江源党〔2026〕E2号");

        // a post for one
        click(By.id("new-post"));
        waitFor(By.id("post-form"));
        browser.findElement(By.id("title")).sendKeys("室主任");
        new Select(browser.findElement(By.id("level"))).selectByValue("SENIOR_MANAGER");
        assertThat(browser.findElement(By.id("approvedCount")).getDomProperty("value")).isEqualTo("1");
        submit("post-form");
        waitForText(By.id("notice"), "已新增岗位 室主任。");
        long post = jdbc.sql("select id from org_post where unit_id = ? and title = '室主任'").param(unit)
                .query(Long.class).single();

        appoint(post, first, appointed, null);
        waitForText(By.id("notice"), "已任命 " + first.name() + " 为 室主任。");
        assertThat(postRow(post)).contains("1 / 1").doesNotContain("超职数");

        // a second holder is refused until a reason is given
        appoint(post, second, appointed, null);
        // the form of a full post shows the reason field before the refusal too: wait for the refusal's message
        WebElement refusal = waitFor(By.cssSelector("#over-count-reason .invalid-feedback"));
        WebElement reason = browser.findElement(By.id("overCountReason"));
        assertThat(refusal.getText())
                .isEqualTo("岗位 室主任 已在岗 1 人，职数为 1；超职数任职须填写理由。");
        assertThat(browser.findElement(By.id("employeeNo")).getDomProperty("value")).isEqualTo(second.employeeNo());
        reason.sendKeys("研究室组建期间新老交替");
        submit("appoint-form");
        waitForText(By.id("notice"), "已任命 " + second.name() + " 为 室主任。");
        assertThat(postRow(post)).contains("2 / 1").contains("超职数").contains(first.name()).contains(second.name());

        long assignment = jdbc.sql("select id from org_assignment where post_id = ? and person_id = ?")
                .params(post, first.id()).query(Long.class).single();
        click(By.id("end-" + assignment));
        waitFor(By.id("end-form"));
        new Select(browser.findElement(By.id("reason"))).selectByValue("TRANSFERRED");
        browser.findElement(By.cssSelector("#end-form #documentNo")).sendKeys("江源党〔2026〕E3号");
        submit("end-form");
        waitForText(By.id("notice"), "已结束 " + first.name() + " 担任 室主任 的任职。");
        assertThat(postRow(post)).contains("1 / 1").doesNotContain(first.name()).contains(second.name());

        // a unit whose post is still held cannot be dissolved
        click(By.id("dissolve-unit"));
        waitFor(By.id("unit-dissolve-form"));
        submit("unit-dissolve-form");
        assertThat(waitFor(By.id("form-errors")).getText()).isEqualTo("固态电池研究室 不能撤销：其岗位上仍有 1 条未结束的任职。");
        open("/org/units/" + unit);

        // moved under another unit, found by typing part of its code
        click(By.id("move-unit"));
        waitFor(By.id("unit-move-form"));
        browser.findElement(By.id("parentCode")).sendKeys("JY-U0");
        waiting().until(d -> !absent(By.cssSelector("#parentCode-options option[value='JY-U01']")));
        browser.findElement(By.id("parentCode")).sendKeys("1");
        browser.findElement(By.cssSelector("#unit-move-form #documentNo")).sendKeys("江源党〔2026〕E4号");
        submit("unit-move-form");
        waitForText(By.id("notice"), "单位隶属关系已调整。");
        assertThat(browser.findElement(By.cssSelector("#unit-body nav")).getText()).endsWith("正极材料事业部 / 固态电池研究室");
        assertThat(browser.findElements(By.cssSelector("#history tbody tr")).get(2).getText())
                .isEqualTo(today + " 调整隶属 固态电池研究室 正极材料事业部 江源党〔2026〕E4号");

        // the post's page keeps everyone who held it
        click(By.linkText("室主任"));
        waitForText(By.id("post-title"), "室主任");
        List<String> holders = browser.findElements(By.cssSelector("#post-history tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertThat(holders).hasSize(2);
        assertThat(holders).anySatisfy(h -> assertThat(h).contains(first.name(), appointed.toString(), today.toString(),
                "调任", "江源党〔2026〕E3号"));
        assertThat(holders).anySatisfy(h -> assertThat(h).contains(second.name(), "研究室组建期间新老交替"));
    }

    private void appoint(long post, Someone person, LocalDate from, String reason) {
        click(By.id("appoint-" + post));
        waitFor(By.id("appoint-form"));
        browser.findElement(By.id("employeeNo")).sendKeys(person.employeeNo());
        setDate(browser.findElement(By.id("effectiveDate")), from);
        browser.findElement(By.id("decisionBody")).sendKeys("公司党委");
        browser.findElement(By.id("documentNo")).sendKeys("江源党〔2026〕E9号");
        submit("appoint-form");
    }

    /**
     * Submits a form and waits for the page that answers it: these forms post without htmx, so the page is
     * replaced either way, and what follows never reads the page that was submitted.
     */
    private void submit(String formId) {
        submitAndWait(By.cssSelector("#" + formId + " button[type=submit]"));
    }

    private String postRow(long post) {
        return browser.findElement(By.id("post-" + post)).getText();
    }

    private long unitId(String code) {
        return jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();
    }

    /** Active people with no post from that day on and no account, who joined the company before it. */
    private List<Someone> peopleWithoutPostsSince(LocalDate day) {
        return jdbc.sql("""
                select p.id, p.name, p.employee_no from people_person p
                where p.status = 'ACTIVE' and p.company_join_date < :day
                  and not exists (select 1 from org_assignment a where a.person_id = p.id
                                  and (a.valid_to is null or a.valid_to > :day))
                  and not exists (select 1 from identity_account a where a.person_id = p.id)
                order by p.id desc limit 2""").param("day", day).query(Someone.class).list();
    }
}
