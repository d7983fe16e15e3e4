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

class PersonFormTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void orgdept_enters_a_new_person_corrects_the_form_edits_changes_status_and_moves_them_with_every_change_recorded() {
        LocalDate today = LocalDate.now(clock);
        String employeeNo = "E2E-P" + System.nanoTime() % 1_000_000;
        long electrolyte = unitId("JY-U03-D01");
        long separator = unitId("JY-U04-D01");
        signInAs("orgdept");
        open("/people");
        click(By.id("new-person"));

        waitFor(By.id("employeeNo")).sendKeys(employeeNo);
        browser.findElement(By.id("name")).sendKeys("表单测试");
        click(By.id("save-person"));
        // what is missing is said next to its field, what was typed stays
        assertThat(waitFor(By.cssSelector("#gender + .invalid-feedback")).getText()).isEqualTo("必填。");
        assertThat(browser.findElement(By.cssSelector("#birthDate + .invalid-feedback")).getText()).isEqualTo("必填。");
        assertThat(browser.findElement(By.id("employeeNo")).getDomProperty("value")).isEqualTo(employeeNo);

        new Select(browser.findElement(By.id("gender"))).selectByValue("F");
        setDate(browser.findElement(By.id("birthDate")), LocalDate.of(1995, 3, 8));
        setDate(browser.findElement(By.id("workStartDate")), LocalDate.of(2017, 7, 1));
        setDate(browser.findElement(By.id("companyJoinDate")), LocalDate.of(2020, 7, 1));
        new Select(browser.findElement(By.id("unitId"))).selectByValue(String.valueOf(electrolyte));
        click(By.id("save-person"));
        waitForText(By.id("person-name"), "表单测试");
        assertThat(browser.findElement(By.id("person-unit")).getText()).endsWith("电解液事业部 / 综合管理部");

        click(By.id("edit-person"));
        WebElement title = waitFor(By.id("professionalTitle"));
        title.sendKeys("工程师");
        click(By.id("save-person"));
        waitForText(By.id("person-name"), "表单测试");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("工程师");

        new Select(browser.findElement(By.id("status"))).selectByValue("SECONDED");
        click(By.cssSelector("#status-form button[type=submit]"));
        waitForText(By.cssSelector("main .badge"), "借调");
        // the change heads the profile's status history: its day, from and to, who recorded it
        assertThat(browser.findElement(By.cssSelector("#status-history tbody tr")).getText())
                .isEqualTo(today + " 在职 借调 orgdept");

        // a move dated before the current membership began is refused, one dated today is made
        new Select(browser.findElement(By.id("move-unit"))).selectByValue(String.valueOf(separator));
        setDate(browser.findElement(By.id("move-date")), LocalDate.of(2019, 1, 1));
        click(By.cssSelector("#move-form button[type=submit]"));
        assertThat(waitFor(By.id("move-error")).getText())
                .isEqualTo("该人员自 2020-07-01 起隶属当前单位，调动生效日期不得早于该日。");
        new Select(browser.findElement(By.id("move-unit"))).selectByValue(String.valueOf(separator));
        setDate(browser.findElement(By.id("move-date")), today);
        click(By.cssSelector("#move-form button[type=submit]"));
        waitForText(By.id("person-unit"), "隔膜事业部 / 综合管理部");
        List<String> memberships = browser.findElements(By.cssSelector("#memberships tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertThat(memberships).containsExactlyInAnyOrder("综合管理部 2020-07-01 " + today, "综合管理部 " + today);

        assertThat(column(By.id("person-audit"), 3))
                .containsExactly("person.moved", "person.statusChanged", "person.updated", "person.created");
    }

    private long unitId(String code) {
        return jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();
    }
}
