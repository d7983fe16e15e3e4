package org.cadre.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The organization department nominates a reserve cadre for a key post that has no successor ready now, adds a plan
 * item and, after a review, sees the post no longer flagged in the succession view.
 */
class ReservePoolBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    record Post(long id, String title, long unitId) {
    }

    record Person(long id, String employeeNo, String name) {
    }

    @Test
    void orgdept_nominates_a_successor_plans_and_reviews_and_the_succession_view_flags_the_post_until_someone_is_ready() {
        // a mid-level principal post with nobody ready now to succeed, and a person outside the pool
        Post post = jdbc.sql("""
                select o.id, o.title, o.unit_id from org_post o
                where o.level = 'MID_PRINCIPAL' and o.active and not exists (select 1 from cadre_reserve_entry e
                      where e.state in ('RESERVE', 'UNDER_INSPECTION') and e.readiness = 'READY_NOW'
                        and (e.target_post_id = o.id or (e.target_post_id is null and e.target_level = o.level
                             and e.target_unit_id = o.unit_id)))
                order by o.id limit 1
                """).query(Post.class).single();
        Person person = jdbc.sql("""
                select p.id, p.employee_no, p.name from people_person p
                join org_assignment a on a.person_id = p.id and a.valid_to is null
                join org_post o on o.id = a.post_id and o.level = 'SENIOR_MANAGER'
                where p.status = 'ACTIVE' and not exists (select 1 from cadre_reserve_entry e where e.person_id = p.id)
                order by p.employee_no limit 1
                """).query(Person.class).single();

        signInAs("orgdept");
        open("/cadres/reserve");
        waitFor(By.id("entries-table"));
        assertThat(browser.findElement(By.id("reserve-counts")).getText()).isNotBlank();

        click(By.id("nominate"));
        waitFor(By.id("employeeNo")).sendKeys(person.employeeNo());
        new Select(browser.findElement(By.id("targetLevel"))).selectByValue("MID_PRINCIPAL");
        new Select(browser.findElement(By.id("targetPostId"))).selectByValue(String.valueOf(post.id()));
        new Select(browser.findElement(By.id("source"))).selectByValue("DEMOCRATIC_RECOMMENDATION");
        new Select(browser.findElement(By.id("readiness"))).selectByValue("ONE_TO_TWO_YEARS");
        browser.findElement(By.id("reason")).sendKeys("民主推荐得票第一，业绩突出");
        click(By.id("nomination-submit"));
        waitForText(By.id("entry-name"), person.name());
        assertThat(browser.findElement(By.id("notice")).isDisplayed()).isTrue();
        String entryUrl = browser.getCurrentUrl();

        click(By.cssSelector("#plan-add > summary"));
        new Select(waitFor(By.id("plan-kind"))).selectByValue("TEMPORARY_POSTING");
        browser.findElement(By.id("plan-description")).sendKeys("到西部生产基地挂职一年");
        click(By.id("plan-submit"));
        waitForText(By.id("plan-table"), "到西部生产基地挂职一年");

        // the succession view is paged: look at the post's unit
        open("/cadres/reserve/succession?unit=" + post.unitId());
        waitFor(By.id("post-" + post.id()));
        assertThat(browser.findElement(By.id("post-" + post.id())).getAttribute("class")).contains("lacks-ready");
        assertThat(browser.findElement(By.id("post-" + post.id())).getText()).contains(person.name());
        click(By.id("succession-lacking"));
        waitForUrl("lacking=true");
        waitForHtmx();
        assertThat(absent(By.id("post-" + post.id()))).isFalse();

        browser.get(entryUrl);
        click(By.cssSelector("#review-add > summary"));
        waitFor(By.id("review-reviewer")).sendKeys("组织人事部考察组");
        browser.findElement(By.id("review-conclusion")).sendKeys("挂职表现突出，已具备任职条件");
        new Select(browser.findElement(By.id("review-readiness"))).selectByValue("READY_NOW");
        click(By.id("review-submit"));
        waitForText(By.id("reviews-table"), "组织人事部考察组");
        assertThat(browser.findElement(By.id("history")).getText()).contains("挂职表现突出");

        open("/cadres/reserve/succession?lacking=true&unit=" + post.unitId());
        waitFor(By.id("succession"));
        assertThat(absent(By.id("post-" + post.id()))).isTrue();
        open("/cadres/reserve/succession?unit=" + post.unitId());
        waitFor(By.id("post-" + post.id()));
        assertThat(browser.findElement(By.id("post-" + post.id())).getAttribute("class")).doesNotContain("lacks-ready");
    }
}
