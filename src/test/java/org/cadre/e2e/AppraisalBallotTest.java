package org.cadre.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The annual democratic appraisal as it happens in the hall: the organization department prepares a secret ballot of
 * five leaders rated by three weighted rater groups, prints the codes, twenty voters vote on their phones while the
 * projector shows the turnout rising, and the officer closes, publishes and downloads the result sheet.
 */
class AppraisalBallotTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_appraisal_of_five_leaders_by_three_groups_is_voted_on_phones_watched_on_the_projector_and_published() throws Exception {
        List<String> leaders = jdbc.sql("""
                select distinct p.employee_no from people_person p
                join org_assignment a on a.person_id = p.id and a.valid_to is null
                join org_post o on o.id = a.post_id and o.level in ('COMPANY_LEADER', 'MID_PRINCIPAL')
                order by p.employee_no limit 5
                """).query(String.class).list();
        List<String> voters = jdbc.sql("""
                select p.employee_no from people_person p
                where not exists (select 1 from org_assignment a where a.person_id = p.id and a.valid_to is null)
                order by p.employee_no limit 20
                """).query(String.class).list();
        assertThat(leaders).hasSize(5);
        assertThat(voters).hasSize(20);

        signInAs("orgdept");
        open("/ballots");
        click(By.id("new-ballot"));
        waitFor(By.id("title")).sendKeys("2026 年度领导班子成员民主测评");
        // left blank: a company-wide ballot, which the company-wide officer may create
        assertThat(browser.findElement(By.id("unitCode")).getAttribute("value")).isEmpty();
        browser.findElement(By.id("firstGroup")).sendKeys("公司领导");
        browser.findElement(By.id("firstWeight")).clear();
        browser.findElement(By.id("firstWeight")).sendKeys("0.4");
        click(By.id("create-ballot"));
        waitForText(By.id("notice"), "已创建");
        String ballotPage = browser.getCurrentUrl();

        addGroup("中层干部", "0.3");
        addGroup("职工代表", "0.3");
        for (int i = 0; i < leaders.size(); i++) {
            // the notice of the last question reads the same but for its title: wait for the page that answers
            new Select(browser.findElement(By.id("q-kind"))).selectByValue("RATING");
            browser.findElement(By.id("q-title")).sendKeys("被测评人 " + (i + 1));
            new Select(browser.findElement(By.id("q-scale"))).selectByValue("COMPETENCE");
            browser.findElement(By.id("q-subject")).sendKeys(leaders.get(i));
            submitAndWait(By.id("add-question"));
            waitForText(By.id("notice"), "已添加题目“被测评人 " + (i + 1) + "”");
        }
        assertThat(browser.findElements(By.cssSelector("#questions-list > li"))).hasSize(5);
        addVoters("公司领导", voters.subList(0, 6));
        addVoters("中层干部", voters.subList(6, 13));
        addVoters("职工代表", voters.subList(13, 20));
        assertThat(browser.findElement(By.id("turnout-total")).getText()).isEqualTo("0 / 20");

        click(By.id("open-ballot"));
        confirm();
        waitForText(By.id("notice"), "投票已开始");

        // the codes, as printed
        click(By.id("print-codes"));
        List<String> codes = new ArrayList<>();
        for (WebElement code : waitFor(By.id("slips")).findElements(By.cssSelector(".slip-code"))) {
            codes.add(code.getText());
        }
        assertThat(codes).hasSize(20).allMatch(c -> c.matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}"));
        assertThat(browser.findElements(By.cssSelector("#slips img.slip-qr"))).hasSize(20);

        // the projector in a tab of its own
        String officerTab = browser.getWindowHandle();
        browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        browser.get(ballotPage + "/room");
        waitForText(By.id("room-voted"), "0");
        String projectorTab = browser.getWindowHandle();

        // twenty voters on phones, in a third tab with no sign-in needed
        browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        browser.manage().window().setSize(new Dimension(390, 844));
        String[] answers = {"EXCELLENT", "COMPETENT", "EXCELLENT", "BASICALLY_COMPETENT", "CANNOT_JUDGE"};
        for (int v = 0; v < codes.size(); v++) {
            open("/vote");
            waitFor(By.id("code")).sendKeys(codes.get(v).toLowerCase().replace("-", ""));
            click(By.id("code-submit"));
            waitFor(By.id("paper-form"));
            List<WebElement> questions = browser.findElements(By.cssSelector("#paper-form fieldset.question"));
            assertThat(questions).hasSize(5);
            for (WebElement question : questions) {
                String answer = answers[(v + questions.indexOf(question)) % answers.length];
                click(By.cssSelector("label[for='" + question.getAttribute("id") + "-" + answer + "']"));
            }
            click(By.id("cast"));
            assertThat(waitFor(By.id("receipt")).getText()).matches("[2-9A-Z]{4}-[2-9A-Z]{4}");
            if (v == 9) {
                browser.switchTo().window(projectorTab);
                waitForText(By.id("room-voted"), "10");
                browser.switchTo().window(browser.getWindowHandles().stream()
                        .filter(h -> !h.equals(projectorTab) && !h.equals(officerTab)).findFirst().orElseThrow());
            }
        }
        // the same code again is refused
        open("/vote/" + codes.get(0).replace("-", ""));
        assertThat(waitFor(By.id("vote-error")).getText()).contains("该票已投出");
        assertThat(Boolean.TRUE.equals(script("return document.body.scrollWidth <= window.innerWidth + 1"))).isTrue();

        browser.switchTo().window(projectorTab);
        waitForText(By.id("room-voted"), "20");
        assertThat(browser.findElements(By.cssSelector(".room-group .group-voted")).stream().map(WebElement::getText))
                .containsExactly("6", "7", "7");

        // the officer closes and publishes; the projector follows
        browser.switchTo().window(officerTab);
        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get(ballotPage);
        click(By.id("close-ballot"));
        confirm();
        waitForText(By.id("notice"), "已完成计票");
        click(By.id("publish-ballot"));
        confirm();
        waitForText(By.id("notice"), "结果已公布");
        browser.switchTo().window(projectorTab);
        waitFor(By.id("room-results"));
        assertThat(browser.findElements(By.cssSelector("#room-results .weighted-score"))).hasSize(5);
        browser.switchTo().window(officerTab);

        click(By.id("show-results"));
        assertThat(waitFor(By.id("cast-total")).getText()).isEqualTo("20");
        String pdfUrl = browser.findElement(By.id("result-pdf")).getAttribute("href");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfUrl))
                .header("Cookie", cookieHeader()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");

        // a colleague who neither runs the ballot nor is on its roll finds no such ballot, nor its projector page
        signInAs("unithead");
        browser.get(ballotPage + "/results");
        waitFor(By.id("error-message"));
        browser.get(ballotPage + "/room");
        waitFor(By.id("error-message"));
        assertThat(browser.findElements(By.id("room-results"))).isEmpty();
    }

    private void addGroup(String name, String weight) {
        browser.findElement(By.id("group-name")).sendKeys(name);
        browser.findElement(By.id("group-weight")).clear();
        browser.findElement(By.id("group-weight")).sendKeys(weight);
        submitAndWait(By.id("add-group"));
        waitForText(By.id("notice"), name);
    }

    private void addVoters(String group, List<String> employeeNos) {
        new Select(browser.findElement(By.id("v-group"))).selectByVisibleText(group);
        browser.findElement(By.id("v-numbers")).sendKeys(String.join(" ", employeeNos));
        // the last two groups get the same notice (7 people each): wait for the page, not for the text
        submitAndWait(By.id("add-voters"));
        waitForText(By.id("notice"), "已将 " + employeeNos.size() + " 人加入名单");
    }
}
