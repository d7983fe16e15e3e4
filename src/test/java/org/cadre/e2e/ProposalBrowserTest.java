package org.cadre.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.cadre.identity.AccountAdministration;
import org.cadre.identity.ScopeKind;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A proposal from draft to answered and rated, each step by the person whose step it is: the demo delegate drafts
 * and submits it, two fellow delegates co-sign from their inbox, the union files it to the demo unit head's unit,
 * which answers, the union accepts the answer as class A, and the delegate rates it satisfied.
 */
class ProposalBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    Clock clock;

    @Test
    void a_proposal_goes_from_draft_to_answered_and_rated_in_the_browser() {
        List<String> cosigners = cosignerAccounts();

        signInAs("delegate");
        open("/congress/proposals");
        click(By.id("new-proposal"));
        waitFor(By.id("title")).sendKeys("关于在夜班食堂增设热菜窗口的建议");
        new Select(browser.findElement(By.id("category"))).selectByValue("LIVING");
        browser.findElement(By.id("reasons")).sendKeys("夜班职工反映食堂只有冷菜。");
        browser.findElement(By.id("measures")).sendKeys("增设一个热菜窗口，供应至凌晨两点。");
        browser.findElement(By.id("cosigners")).sendKeys(String.join(" ", employeeNos(cosigners)));
        click(By.id("save-proposal"));
        waitFor(By.id("submit-proposal"));
        long id = Long.parseLong(currentUrl().replaceAll(".*/congress/proposals/(\\d+).*", "$1"));
        click(By.id("submit-proposal"));
        waitForText(By.id("proposal-state"), "待附议");

        for (String cosigner : cosigners) {
            signIn(cosigner, DEMO_PASSWORD);
            // wait for the sign-in to land, or the next page may be opened before it and lost to its redirect
            waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.id("logout")));
            open("/congress/proposals/inbox");
            click(By.id("confirm-" + id));
            waitFor(By.id("notice"));
        }

        signInAs("union");
        open("/congress/proposals/" + id);
        waitForText(By.id("proposal-state"), "待审查");
        browser.findElement(By.id("lead-unit-code")).sendKeys(unitHeadUnitCode());
        setDate(browser.findElement(By.id("file-deadline")), LocalDate.now(clock).plusDays(30));
        click(By.id("file-proposal"));
        waitForText(By.id("proposal-state"), "办理中");

        signInAs("unithead");
        open("/congress/proposals/" + id);
        waitFor(By.id("answer-text")).sendKeys("已在夜班增设热菜窗口，供应至凌晨两点。");
        click(By.id("send-answer"));
        waitForText(By.id("proposal-state"), "已答复待审核");

        signInAs("union");
        open("/congress/proposals/" + id);
        new Select(waitFor(By.id("answer-class"))).selectByValue("A");
        click(By.id("accept-answer"));
        waitForText(By.id("proposal-state"), "待评价");

        signInAs("delegate");
        open("/congress/proposals/inbox");
        click(By.cssSelector("#rate-table a[href$='/congress/proposals/" + id + "']"));
        new Select(waitFor(By.id("rating"))).selectByValue("SATISFIED");
        click(By.id("rate-answer"));
        waitFor(By.id("ratings"));
        assertThat(browser.findElement(By.id("ratings")).getText()).contains("满意");
        assertThat(browser.findElement(By.id("proposal-class")).getText()).contains("A");
        assertThat(jdbc.sql("select action from congress_proposal_event where proposal_id = ? order by id").param(id)
                .query(String.class).list()).containsSubsequence("drafted", "submit_for_cosigning", "cosigned",
                "cosigned", "submit", "file", "answer", "accept", "rated.SATISFIED");
    }

    /** Two fellow delegates of the demo congress, each given an account to sign in with. */
    private List<String> cosignerAccounts() {
        List<Long> persons = jdbc.sql("""
                select d.person_id from congress_delegate d join people_person p on p.id = d.person_id
                where d.valid_to is null and p.status = 'ACTIVE'
                  and not exists (select 1 from identity_account a where a.person_id = d.person_id)
                order by d.id limit 2
                """).query(Long.class).list();
        return persons.stream().map(person -> {
            String username = "cosigner" + person;
            String name = jdbc.sql("select name from people_person where id = ?").param(person).query(String.class)
                    .single();
            long account = accounts.createAccount(username, name, DEMO_PASSWORD, person);
            accounts.grant(account, "DELEGATE", ScopeKind.SELF, null);
            return username;
        }).toList();
    }

    private List<String> employeeNos(List<String> usernames) {
        return usernames.stream().map(u -> jdbc.sql("""
                select p.employee_no from people_person p join identity_account a on a.person_id = p.id
                where a.username = ?
                """).param(u).query(String.class).single()).toList();
    }

    private String unitHeadUnitCode() {
        return jdbc.sql("""
                select u.code from identity_grant g join identity_account a on a.id = g.account_id
                join org_unit u on u.id = g.scope_unit_id where a.username = 'unithead' and g.scope_kind = 'UNIT'
                """).query(String.class).single();
    }
}
