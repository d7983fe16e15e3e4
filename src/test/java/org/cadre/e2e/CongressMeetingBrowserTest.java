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
import org.openqa.selenium.WindowType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The third meeting of the demo congress (150 delegates; a few fewer in the test's smaller company) in the hall: the union opens the session, a delegate checks
 * in by the venue's QR code on their phone, an officer checks in the rest of the quorum in bulk, the venue screen
 * follows; the 2027 welfare scheme is voted by secret ballot on phones (five in the browser, the rest through the
 * voting endpoint) and adopted with more than half of all delegates; the paid-leave revision, counted, is not.
 */
class CongressMeetingBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_meeting_of_150_delegates_checks_in_to_quorum_adopts_one_document_by_phones_and_rejects_another() throws Exception {
        long meeting = jdbc.sql("""
                select m.id from congress_meeting m join congress_term t on t.id = m.term_id
                where t.ordinal = 1 and m.ordinal = 3
                """).query(Long.class).single();
        long term = jdbc.sql("select term_id from congress_meeting where id = ?").param(meeting).query(Long.class).single();
        int all = jdbc.sql("select count(*) from congress_delegate where term_id = ? and valid_to is null").param(term)
                .query(Integer.class).single();
        assertThat(all).isBetween(140, 150); // 150 with the full demo company, a few fewer with the test's 400 people
        int needed = (2 * all + 2) / 3;
        String delegateNo = jdbc.sql("""
                select p.employee_no from identity_account a join people_person p on p.id = a.person_id
                where a.username = 'delegate'
                """).query(String.class).single();
        List<String> others = jdbc.sql("""
                select p.employee_no from congress_delegate d join people_person p on p.id = d.person_id
                where d.term_id = ? and d.valid_to is null and p.employee_no <> ? order by p.employee_no limit 120
                """).param(term).param(delegateNo).query(String.class).list();

        // the union opens the session
        signInAs("union");
        open("/congress");
        click(By.cssSelector("#meeting-" + meeting + " a"));
        waitForText(By.id("meeting-name"), "第三次会议");
        click(By.id("open-session"));
        confirm();
        waitForText(By.id("meeting-state"), "会议进行中");
        click(By.id("checkin-link"));
        assertThat(waitFor(By.id("checkin-qr")).getAttribute("src")).startsWith("data:image/png;base64,");
        String checkInUrl = browser.findElement(By.id("checkin-url")).getText();

        // a delegate scans the QR code on their phone, signed in
        phoneSized();
        signInAs("delegate");
        browser.get(checkInUrl);
        click(By.id("self-checkin"));
        waitFor(By.id("checked-in"));
        assertThat(absent(By.id("self-checkin"))).isTrue();
        assertThat(Boolean.TRUE.equals(script("return document.body.scrollWidth <= window.innerWidth + 1"))).isTrue();

        // the officer checks in all but one of the rest of the quorum, then the rest
        browser.manage().window().setSize(new Dimension(1366, 900));
        signInAs("union");
        open("/congress/meetings/" + meeting + "/checkin");
        script("arguments[0].value = arguments[1]", waitFor(By.id("employeeNos")), String.join("\n", others.subList(0, needed - 2)));
        submitAndWait(By.id("checkin-submit"));
        waitForText(By.id("notice"), "已签到 " + (needed - 2) + " 人");
        waitForText(By.id("quorum-present"), String.valueOf(needed - 1));
        // the quorum is polled every three seconds and replaced each time
        assertThat(textOf(By.id("quorum-state"))).isEqualTo("未达法定人数");

        // no vote without the quorum
        open("/congress/meetings/" + meeting);
        String welfare = item(meeting, "2027年职工福利方案");
        String leave = item(meeting, "带薪休假管理办法（修订）");
        click(By.cssSelector(welfare + " .open-secret"));
        waitForText(By.id("failure"), "未达法定人数");

        // the venue screen in a tab of its own follows the check-in
        String officerTab = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        open("/congress/meetings/" + meeting + "/screen");
        waitForText(By.id("screen-present"), String.valueOf(needed - 1));
        String screenTab = browser.getWindowHandle();
        browser.switchTo().window(officerTab);
        open("/congress/meetings/" + meeting + "/checkin");
        browser.findElement(By.id("employeeNos")).sendKeys(others.get(needed - 2) + " " + delegateNo);
        submitAndWait(By.id("checkin-submit"));
        waitForText(By.id("notice"), "已签到 1 人，1 人此前已签到");
        script("arguments[0].value = arguments[1]", waitFor(By.id("employeeNos")), String.join(",", others.subList(needed - 1, 120)));
        // the page being left polls the quorum too, and may show 121 before the answer arrives
        submitAndWait(By.id("checkin-submit"));
        waitForText(By.id("quorum-present"), "121");
        assertThat(textOf(By.id("quorum-state"))).isEqualTo("已达法定人数");
        browser.switchTo().window(screenTab);
        waitForText(By.id("screen-present"), "121");
        browser.switchTo().window(officerTab);

        // the welfare scheme: secret ballot, codes for the 121 present
        open("/congress/meetings/" + meeting);
        click(By.cssSelector(welfare + " .open-secret"));
        waitForText(By.id("notice"), "已开始表决");
        long ballot = jdbc.sql("""
                select v.ballot_id from congress_vote v join congress_agenda_item a on a.id = v.agenda_item_id
                where a.meeting_id = ? and a.title = '2027年职工福利方案'
                """).param(meeting).query(Long.class).single();
        click(By.cssSelector(welfare + " .slips-link"));
        List<String> codes = new ArrayList<>();
        // 60 slips a page, with a pager: 60, 60, 1
        waitFor(By.id("slips-pages"));
        for (int page = 0; page < 3; page++) {
            if (page > 0) {
                open("/ballots/" + ballot + "/slips?page=" + page);
            }
            List<WebElement> onPage = waitFor(By.id("slips")).findElements(By.cssSelector(".slip-code"));
            assertThat(onPage).hasSize(page < 2 ? 60 : 1);
            for (WebElement code : onPage) {
                codes.add(code.getText().replace("-", ""));
            }
        }
        assertThat(codes).hasSize(121).doesNotHaveDuplicates();

        // five delegates vote on their phones
        browser.manage().window().setSize(new Dimension(390, 844));
        for (int v = 0; v < 5; v++) {
            open("/vote/" + codes.get(v));
            WebElement question = waitFor(By.cssSelector("#paper-form fieldset.question"));
            click(By.cssSelector("label[for='" + question.getAttribute("id") + "-FOR']"));
            click(By.id("cast"));
            assertThat(waitFor(By.id("receipt")).getText()).matches("[2-9A-Z]{4}-[2-9A-Z]{4}");
        }
        browser.manage().window().setSize(new Dimension(1366, 900));
        // the rest through the voting endpoint: in favour just over half of all delegates, 25 against, the rest abstain
        int inFavour = all / 2 + 6;
        long question = jdbc.sql("select id from ballot_question where ballot_id = ?").param(ballot).query(Long.class)
                .single();
        HttpClient http = HttpClient.newHttpClient();
        for (int v = 5; v < codes.size(); v++) {
            String choice = v < inFavour ? "FOR" : v < inFavour + 25 ? "AGAINST" : "ABSTAIN";
            HttpResponse<String> cast = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/votes")))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + codes.get(v) + "\",\"answers\":{\""
                            + question + "\":{\"choice\":\"" + choice + "\"}}}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(cast.statusCode()).as(cast.body()).isEqualTo(201);
        }
        browser.switchTo().window(screenTab);
        waitForText(By.cssSelector("#screen-votes .vote-result"), "已投 121 / 121");
        browser.switchTo().window(officerTab);

        open("/congress/meetings/" + meeting);
        click(By.cssSelector(welfare + " .close-vote"));
        confirm();
        waitForText(By.id("notice"), "已通过：2027年职工福利方案");
        assertThat(waitFor(By.cssSelector(welfare + " .vote-outcome")).getText())
                .contains("赞成 %d、反对 25、弃权 %d（代表总数 %d）".formatted(inFavour, 121 - inFavour - 25, all));

        // the paid-leave revision, counted: half of all delegates in favour, rounded down, is not more than half
        click(By.cssSelector(leave + " .open-counted"));
        waitForText(By.id("notice"), "已开始表决");
        waitFor(By.cssSelector(leave + " [name=votesFor]")).sendKeys(String.valueOf(all / 2));
        browser.findElement(By.cssSelector(leave + " [name=votesAgainst]")).sendKeys("30");
        browser.findElement(By.cssSelector(leave + " [name=abstentions]")).sendKeys(String.valueOf(121 - all / 2 - 30));
        click(By.cssSelector(leave + " .save-counts"));
        waitForText(By.id("notice"), "未通过：带薪休假管理办法（修订）");

        // the screen shows both results; the sheet and the public list of adopted documents
        browser.switchTo().window(screenTab);
        waitForText(By.id("screen-votes"), "未通过");
        // the screen is polled every two seconds and replaced each time; one line a vote, its result at the end
        List<String> results = List.of(textOf(By.cssSelector("#screen-votes tbody")).split("\n"));
        assertThat(results).anySatisfy(r -> assertThat(r).startsWith("2027年职工福利方案").endsWith(" 通过"));
        assertThat(results).anySatisfy(r -> assertThat(r).startsWith("带薪休假管理办法（修订）").endsWith(" 未通过"));
        browser.switchTo().window(officerTab);
        click(By.cssSelector(welfare + " .sheet-link"));
        assertThat(waitFor(By.id("sheet-result")).getText()).isEqualTo("通过");
        assertThat(browser.findElement(By.id("sheet-all")).getText()).isEqualTo(String.valueOf(all));
        assertThat(browser.findElement(By.id("sheet-present")).getText()).isEqualTo("121");
        open("/congress/meetings/" + meeting + "/documents");
        assertThat(waitFor(By.id("documents-table")).getText()).contains("2027年职工福利方案")
                .doesNotContain("带薪休假管理办法");
    }

    /** The agenda row of an item, as a selector that survives the page being loaded again. */
    private String item(long meeting, String title) {
        return "#item-" + jdbc.sql("select id from congress_agenda_item where meeting_id = ? and title = ?")
                .param(meeting).param(title).query(Long.class).single();
    }
}
