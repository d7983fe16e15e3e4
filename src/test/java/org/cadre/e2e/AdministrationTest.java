package org.cadre.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

class AdministrationTest extends BrowserTest {

    private static final String PASSWORD = "Head-of-Cathode-2026";

    @Autowired
    JdbcClient jdbc;

    @Value("${cadre.admin-password}")
    String adminPassword;

    record Someone(long id, String name, String employeeNo) {
    }

    @Test
    void the_administrator_creates_an_account_for_a_person_grants_a_unit_role_locks_and_unlocks_it_all_on_record() {
        Someone person = jdbc.sql("""
                select p.id, p.name, p.employee_no from people_person p
                where not exists (select 1 from identity_account a where a.person_id = p.id)
                order by p.id limit 1""").query(Someone.class).single();
        String username = "e2e.head" + System.nanoTime() % 1_000_000;
        signInAsAdministrator();
        open("/admin/roles");
        long holdersBefore = holders("UNIT_HEAD");

        open("/admin/accounts");
        click(By.id("new-account"));
        waitFor(By.id("username")).sendKeys(username);
        browser.findElement(By.id("displayName")).sendKeys(person.name());
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("person")).sendKeys(person.employeeNo());
        submitAndWait(By.id("create-account"));
        assertThat(waitFor(By.id("alert-success")).getText()).isEqualTo("账号 " + username + " 已创建。");
        assertThat(browser.findElement(By.id("linked-person")).getText())
                .isEqualTo(person.name() + " (" + person.employeeNo() + ")");
        String accountPage = browser.getCurrentUrl();
        long account = jdbc.sql("select id from identity_account where username = ?").param(username)
                .query(Long.class).single();

        // a unit role, its unit found by name
        new Select(browser.findElement(By.id("role"))).selectByValue("UNIT_HEAD");
        new Select(browser.findElement(By.id("scope"))).selectByValue("UNIT");
        browser.findElement(By.id("unit-search")).sendKeys("正极");
        By cathode = By.xpath("//select[@id='unitId']/option[starts-with(normalize-space(.), '正极材料事业部')]");
        waitFor(cathode);
        // each answer to the search replaces the options: choose from the last one
        waitForHtmx();
        new Select(browser.findElement(By.id("unitId"))).selectByVisibleText(browser.findElement(cathode).getText());
        // the page still shows the notice of the account's creation until the answer replaces it
        submitAndWait(By.id("add-grant"));
        assertThat(waitFor(By.id("alert-success")).getText()).isEqualTo("授权已添加。");
        assertThat(browser.findElements(By.cssSelector("#grants tr.grant-row")).stream().map(WebElement::getText))
                .singleElement().asString().contains("单位负责人", "本单位及下级", "正极材料事业部");

        submitConfirmedAndWait(By.id("lock"));
        assertThat(waitFor(By.id("alert-success")).getText()).isEqualTo("账号已锁定，并已在所有设备上退出登录。");
        open("/admin/accounts");
        WebElement list = browser.findElement(By.id("account-results"));
        browser.findElement(By.id("filter-text")).sendKeys(username);
        waiting().until(ExpectedConditions.stalenessOf(list));
        waitForUrl("text=" + username);
        assertThat(browser.findElements(By.cssSelector("#account-results tr.account-row")).stream()
                .map(WebElement::getText)).singleElement().asString().contains(username, "单位负责人", "已锁定");

        signIn(username, PASSWORD);
        assertThat(waitFor(By.id("login-error")).getText())
                .isEqualTo("该账号已被锁定，或因多次登录失败暂时禁止登录。请稍后再试或联系管理员。");

        signInAsAdministrator();
        browser.get(accountPage);
        submitAndWait(By.id("unlock"));
        assertThat(waitFor(By.id("alert-success")).getText()).isEqualTo("账号已解锁。");

        // unlocked, the new unit head signs in and reads the roster of the unit
        signIn(username, PASSWORD);
        assertThat(waitFor(By.id("my-account")).getText()).isEqualTo(person.name());
        open("/people");
        assertThat(waitFor(By.id("roster-count")).getText()).doesNotContain("共 0 人");

        signInAsAdministrator();
        open("/admin/roles");
        assertThat(holders("UNIT_HEAD")).isEqualTo(holdersBefore + 1);

        open("/admin/audit");
        WebElement results = browser.findElement(By.id("audit-results"));
        browser.findElement(By.id("entityType")).sendKeys("account");
        browser.findElement(By.id("entityId")).sendKeys(String.valueOf(account));
        click(By.cssSelector("#audit-filter button[type=submit]"));
        waiting().until(ExpectedConditions.stalenessOf(results));
        waitForUrl("entityId=" + account);
        List<String> actions = column(By.id("audit-results"), 3);
        // newest first
        assertThat(actions).containsExactly("account.unlocked", "account.locked", "account.granted", "account.created");
        assertThat(column(By.id("audit-results"), 2)).allSatisfy(actor -> assertThat(actor).startsWith("admin\n"));
        assertThat(column(By.id("audit-results"), 5).get(2)).contains(username, "UNIT_HEAD", "UNIT");
    }

    @Test
    void an_api_token_is_shown_once_and_works_until_it_is_revoked() throws Exception {
        signInAsAdministrator();
        click(By.id("my-account"));
        waitFor(By.id("name")).sendKeys("e2e-report-script");
        browser.findElement(By.id("validDays")).sendKeys("30");
        submitAndWait(By.id("create-token"));
        String token = waitFor(By.cssSelector("#created-token code")).getText();
        assertThat(token).startsWith("cad_");
        assertThat(api(token)).isEqualTo(200);

        open("/account");
        assertThat(absent(By.id("created-token"))).as("shown once").isTrue();
        long id = jdbc.sql("select id from identity_api_token where name = 'e2e-report-script'").query(Long.class)
                .single();
        By row = By.id("token-" + id);
        assertThat(browser.findElement(row).getText()).contains(token.substring(0, 8), "有效");

        submitConfirmedAndWait(By.cssSelector("#token-" + id + " button"));
        assertThat(waitFor(By.id("alert-success")).getText()).isEqualTo("令牌已撤销。");
        assertThat(browser.findElement(row).getText()).contains("已撤销").doesNotContain("有效");
        assertThat(api(token)).isEqualTo(401);
    }

    @Test
    void a_custom_role_is_created_with_permissions_changed_and_deleted_while_nobody_holds_it() {
        String code = "E2E_READER_" + System.nanoTime() % 1_000_000;
        By row = By.id("role-" + code);
        signInAsAdministrator();
        open("/admin/roles");
        click(By.id("new-role"));
        waitFor(By.id("code")).sendKeys(code);
        browser.findElement(By.id("nameZh")).sendKeys("人员查阅");
        browser.findElement(By.id("nameEn")).sendKeys("People reader");
        click(permission("people:read"));
        click(permission("org:read"));
        submitAndWait(By.id("save-role"));
        assertThat(waitFor(By.id("alert-success")).getText()).isEqualTo("角色 " + code + " 已创建。");
        assertThat(browser.findElement(row).getText()).contains("人员查阅", "查看人员", "0");

        click(By.cssSelector("#role-" + code + " a"));
        assertThat(waitFor(By.id("code")).getDomProperty("readOnly")).isEqualTo("true");
        assertThat(browser.findElement(permission("people:read")).isSelected()).isTrue();
        click(permission("people:read"));
        submitAndWait(By.id("save-role"));
        assertThat(waitFor(By.id("alert-success")).getText()).isEqualTo("角色 " + code + " 已保存。");
        assertThat(browser.findElement(row).getText()).doesNotContain("查看人员");

        click(By.cssSelector("#role-" + code + " a"));
        submitConfirmedAndWait(By.id("delete-role"));
        assertThat(waitFor(By.id("alert-success")).getText()).isEqualTo("角色 " + code + " 已删除。");
        assertThat(absent(row)).isTrue();
    }

    private static By permission(String code) {
        return By.cssSelector("input[name=permissions][value='" + code + "']");
    }

    private void signInAsAdministrator() {
        signIn("admin", adminPassword);
        waitFor(By.id("logout"));
    }

    private long holders(String role) {
        return Long.parseLong(browser.findElement(By.cssSelector("#role-" + role + " td:nth-child(4)")).getText());
    }

    private int api(String token) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/v1/me")))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
