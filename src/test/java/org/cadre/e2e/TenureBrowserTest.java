package org.cadre.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The organization department keeps the rise-and-fall ledger and the performance contracts of the demo company:
 * records a transfer on the form and finds it counted and listed in the ledger with the person on their new post;
 * signs an annual contract with two indicators, enters results far below target, and accepts the exit
 * recommendation, which records the removal; then revokes that removal as recorded in error, undoing it, and finds
 * the person on their post again.
 */
class TenureBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    record Cadre(long id, String employeeNo, String name, long unitId) {
    }

    /** A mid-level deputy of the demo company, from the end of the roster (other browser tests take the first). */
    Cadre deputy(int skip) {
        return jdbc.sql("""
                select p.id, p.employee_no, p.name, o.unit_id from people_person p
                join org_assignment a on a.person_id = p.id and a.valid_to is null and a.kind = 'PRIMARY'
                join org_post o on o.id = a.post_id and o.level = 'MID_DEPUTY'
                where p.status = 'ACTIVE' and a.valid_from < current_date
                order by p.employee_no desc offset ? limit 1
                """).param(skip).query(Cadre.class).single();
    }

    @Test
    void orgdept_records_a_transfer_and_sees_it_in_the_ledger() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Cadre cadre = deputy(0);
        long post = jdbc.sql("""
                select o.id from org_post o
                where o.level = 'MID_DEPUTY' and o.active and o.unit_id <> ?
                  and (select count(*) from org_assignment a where a.post_id = o.id and a.valid_to is null) < o.approved_count
                order by o.id limit 1
                """).param(cadre.unitId()).query(Long.class).single();
        signInAs("orgdept");

        open("/cadres");
        click(By.id("area-deployment"));
        waitFor(By.id("ledger-counts"));
        click(By.id("new-event"));
        new Select(waitFor(By.id("kind"))).selectByValue("TRANSFER");
        browser.findElement(By.id("employeeNo")).sendKeys(cadre.employeeNo());
        setDate(browser.findElement(By.id("effectiveDate")), today);
        new Select(browser.findElement(By.id("toPostId"))).selectByValue(String.valueOf(post));
        browser.findElement(By.id("reason")).sendKeys("干部交流");
        browser.findElement(By.id("documentNo")).sendKeys("江源党干〔2026〕88号");
        click(By.id("event-save"));

        waitForText(By.id("notice"), "已登记");
        assertThat(waitFor(By.id("total-TRANSFER")).getText()).isNotEqualTo("0");
        browser.findElement(By.id("filter-q")).sendKeys(cadre.employeeNo());
        click(By.id("event-search"));
        // the unfiltered table may list the new event already: wait for the filtered one htmx brings
        waitForUrl("q=" + cadre.employeeNo());
        waitForHtmx();
        waitForText(By.id("events-table"), cadre.name());
        assertThat(browser.findElement(By.id("events-table")).getText()).contains("交流").contains("江源党干〔2026〕88号");
        assertThat(jdbc.sql("select post_id from org_assignment where person_id = ? and kind = 'PRIMARY' and valid_to is null")
                .param(cadre.id()).query(Long.class).single()).isEqualTo(post);
    }

    @Test
    void orgdept_enters_contract_results_below_the_threshold_and_accepts_the_exit_recommendation() {
        Cadre cadre = deputy(1);
        signInAs("orgdept");

        open("/cadres/contracts/new");
        new Select(waitFor(By.id("kind"))).selectByValue("ANNUAL");
        browser.findElement(By.id("employeeNo")).sendKeys(cadre.employeeNo());
        browser.findElement(By.id("title")).sendKeys("年度经营业绩责任书（测试）");
        browser.findElement(By.id("indicators0.name")).sendKeys("利润总额");
        browser.findElement(By.id("indicators0.weight")).sendKeys("80");
        browser.findElement(By.id("indicators0.target")).sendKeys("1000");
        browser.findElement(By.id("indicators1.name")).sendKeys("党建工作责任制考核");
        browser.findElement(By.id("indicators1.weight")).sendKeys("20");
        browser.findElement(By.id("indicators1.target")).sendKeys("90");
        new Select(browser.findElement(By.id("indicators1.rule"))).selectByValue("PASS_FAIL");
        click(By.id("contract-save"));

        waitFor(By.id("results-form"));
        browser.findElement(By.id("actual-0")).sendKeys("400");
        browser.findElement(By.id("actual-1")).sendKeys("95");
        click(By.id("results-save"));

        waitForText(By.id("notice"), "建议终止任期");
        assertThat(browser.findElement(By.id("contract-score")).getText()).isEqualTo("52.00");
        assertThat(browser.findElement(By.id("exit-basis")).getText()).contains("52.00").contains("60");
        browser.findElement(By.id("accept-doc")).sendKeys("江源党干〔2026〕99号");
        click(By.id("exit-accept"));

        waitForText(By.id("notice"), "已采纳");
        assertThat(browser.findElement(By.id("exit-state")).getText()).isEqualTo("已采纳：任期终止");
        click(By.id("exit-event"));
        assertThat(waitFor(By.id("event-title")).getText()).contains(cadre.name()).contains("免职");
        assertThat(jdbc.sql("select count(*) from org_assignment where person_id = ? and kind = 'PRIMARY' and valid_to is null")
                .param(cadre.id()).query(Long.class).single()).isZero();

        // recorded in error after all: nothing builds on it yet, so revoking can give the post back, as the page says
        assertThat(browser.findElement(By.id("revoke-help")).getText()).contains("可一并回退");
        assertThat(browser.findElement(By.id("undo-possible")).getText()).contains("恢复");
        assertThat(browser.findElement(By.id("undo")).isSelected()).isTrue();
        browser.findElement(By.id("revokeReason")).sendKeys("误采纳，撤销免职");
        click(By.id("revoke"));

        waitForText(By.id("notice"), "已回退");
        assertThat(waitFor(By.id("event-undone-help")).isDisplayed()).isTrue();
        assertThat(jdbc.sql("select count(*) from org_assignment where person_id = ? and kind = 'PRIMARY' and valid_to is null")
                .param(cadre.id()).query(Long.class).single()).isOne();
        open("/people/" + cadre.id());
        assertThat(waitFor(By.id("assignments")).getText()).contains(String.valueOf(
                jdbc.sql("""
                        select o.title from org_assignment a join org_post o on o.id = a.post_id
                        where a.person_id = ? and a.kind = 'PRIMARY' and a.valid_to is null
                        """).param(cadre.id()).query(String.class).single()));
    }
}
