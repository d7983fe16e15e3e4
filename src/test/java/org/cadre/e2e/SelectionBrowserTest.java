package org.cadre.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.cadre.shared.WorkingDays;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A selection record (选拔任用纪实) as the organization department runs it in the demo company: the motion for a vacant
 * deputy post, two candidates, a democratic recommendation by show of hands on the ballot engine, inspection held
 * up by a missing mandatory check, the committee's decision, the public notice with an objection recorded and
 * resolved, and the appointment, which the roster and the person's profile then show.
 */
class SelectionBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    Clock clock;

    record Person(long id, String employeeNo, String name) {
    }

    record Post(long id, String title) {
    }

    @Test
    void orgdept_takes_a_selection_from_motion_through_a_recommendation_ballot_a_blocked_inspection_and_an_objection_to_the_appointment()
            throws Exception {
        Post post = jdbc.sql("""
                select p.id, p.title from org_post p
                where p.active and p.level = 'MID_DEPUTY'
                  and not exists (select 1 from cadre_selection s where s.post_id = p.id)
                order by (select count(*) from org_assignment a where a.post_id = p.id and a.valid_to is null)
                         - p.approved_count, p.id
                limit 1
                """).query(Post.class).single();
        List<Person> candidates = jdbc.sql("""
                select p.id, p.employee_no, p.name from people_person p
                join org_assignment a on a.person_id = p.id and a.valid_to is null and a.kind = 'PRIMARY'
                join org_post o on o.id = a.post_id and o.level in ('SUPERVISOR', 'STAFF')
                where p.status = 'ACTIVE'
                  and not exists (select 1 from cadre_selection_candidate c where c.person_id = p.id)
                order by p.employee_no limit 2
                """).query(Person.class).list();
        List<String> voters = jdbc.sql("""
                select employee_no from people_person where status = 'ACTIVE' and id <> all(:ids)
                order by employee_no desc limit 3
                """).param("ids", candidates.stream().map(Person::id).toArray(Long[]::new)).query(String.class).list();
        Person chosen = candidates.get(0);
        Person other = candidates.get(1);
        LocalDate today = LocalDate.now(clock);
        LocalDate noticeStart = today.minusDays(21);
        LocalDate noticeEnd = workingDays.calendar(noticeStart, today).endOfWorkingDays(noticeStart, 5);

        signInAs("orgdept");
        open("/cadres");
        click(By.id("area-selection"));
        click(By.id("new-selection"));
        waitFor(By.id("selection-form"));
        browser.findElement(By.id("title")).sendKeys("选拔" + post.title());
        new Select(browser.findElement(By.id("postId"))).selectByValue(String.valueOf(post.id()));
        new Select(browser.findElement(By.id("method"))).selectByValue("DEMOCRATIC_RECOMMENDATION");
        browser.findElement(By.id("documentNo")).sendKeys("组干动〔2026〕12号");
        click(By.id("selection-save"));
        waitForText(By.id("notice"), "已创建选拔任用纪实。");
        assertThat(browser.findElement(By.id("selection-state")).getText()).isEqualTo("动议");

        click(By.id("take-step"));
        waitForText(By.id("selection-state"), "推荐");
        browser.findElement(By.id("employeeNos")).sendKeys(chosen.employeeNo() + " " + other.employeeNo());
        click(By.id("add-candidates"));
        waitForText(By.id("notice"), "已添加 2 人。");
        assertThat(browser.findElement(By.id("blockers")).getText()).contains("尚未创建民主推荐投票。");

        // the recommendation by show of hands on the ballot engine: 3 of 3 for the first, 1 of 3 for the second
        new Select(browser.findElement(By.id("ballot-mode"))).selectByValue("COUNTED");
        browser.findElement(By.id("ballot-voters")).sendKeys(String.join(" ", voters));
        click(By.id("create-ballot"));
        waitForText(By.id("notice"), "投票已创建为草稿");
        String selectionPage = browser.getCurrentUrl().replaceAll("^https?://[^/]+", "");
        click(By.id("ballot-link"));
        click(By.id("open-ballot"));
        confirm();
        waitForText(By.id("notice"), "投票已开始");
        WebElement counts = waitFor(By.cssSelector("form[id^='counts-']"));
        counts.findElement(By.name("voted")).sendKeys("3");
        List<WebElement> agree = counts.findElements(By.cssSelector("input[name$='_AGREE']"));
        List<WebElement> disagree = counts.findElements(By.cssSelector("input[name$='_DISAGREE']"));
        List<WebElement> abstain = counts.findElements(By.cssSelector("input[name$='_ABSTAIN']"));
        agree.get(0).sendKeys("3");
        disagree.get(0).sendKeys("0");
        abstain.get(0).sendKeys("0");
        agree.get(1).sendKeys("1");
        disagree.get(1).sendKeys("2");
        abstain.get(1).sendKeys("0");
        script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'}); arguments[0].click();",
                counts.findElement(By.cssSelector("button[type='submit']")));
        // the page being left has a notice too (the ballot's opening) and the same close button
        waitForText(By.id("notice"), "票数已保存。");
        click(By.id("close-ballot"));
        confirm();
        waitForText(By.id("notice"), "已完成计票");
        click(By.id("publish-ballot"));
        confirm();
        waitForText(By.id("notice"), "结果已公布");

        open(selectionPage);
        WebElement table = waitFor(By.id("candidates-table"));
        assertThat(table.findElement(By.id("candidate-" + chosen.employeeNo())).getText()).contains("100%");
        assertThat(table.findElement(By.id("candidate-" + other.employeeNo())).getText())
                .contains("33.33%（同意 1，不同意 2，弃权 0，共 3 票）");

        // into inspection with the first candidate only
        click(By.id("inspect-" + other.employeeNo()));
        click(By.id("take-step"));
        waitForText(By.id("selection-state"), "考察");

        // the inspection's interview records attached to its step, beside the step's own document
        Path records = Files.createTempFile("interviews", ".pdf");
        Files.write(records, "%PDF-1.4 考察谈话记录".getBytes(StandardCharsets.UTF_8));
        click(By.id("attach-document-INSPECTION"));
        WebElement attach = waitFor(By.cssSelector("#step-INSPECTION .attach-document-form"));
        attach.findElement(By.name("title")).sendKeys("考察谈话情况汇总");
        attach.findElement(By.name("documentNo")).sendKeys("组干考〔2026〕12号");
        attach.findElement(By.name("file")).sendKeys(records.toAbsolutePath().toString());
        click(By.id("attach-INSPECTION"));
        waitForText(By.cssSelector("#step-INSPECTION .document-notice"), "已添加材料。");
        WebElement listed = browser.findElement(By.cssSelector("#step-INSPECTION .document"));
        assertThat(listed.getText()).contains("考察谈话情况汇总").contains("组干考〔2026〕12号").contains(".pdf（1 KB）");
        assertThat(listed.findElement(By.cssSelector("a.document-link")).getAttribute("href")).contains("/documents/");
        Files.delete(records);

        browser.findElement(By.id("team")).sendKeys("组织部 张伟、李娜");
        browser.findElement(By.id("interviewed")).sendKeys("28");
        click(By.id("check-DOSSIER"));
        click(By.id("check-PERSONAL_MATTERS"));
        click(By.id("check-COMPLAINTS"));
        browser.findElement(By.id("report")).sendKeys("政治素质好，业务能力强，群众基础较好。");
        click(By.id("save-inspection"));
        waitForText(By.id("notice"), "已保存。");
        assertThat(browser.findElement(By.id("blockers")).getText()).contains("必查事项未完成：纪检监察意见。");
        click(By.id("take-step"));
        assertThat(waitFor(By.id("failure")).getText()).isEqualTo("必查事项未完成：纪检监察意见。");
        assertThat(browser.findElement(By.id("selection-state")).getText()).isEqualTo("考察");
        click(By.id("check-DISCIPLINE_OPINION"));
        click(By.id("save-inspection"));
        waitForText(By.id("notice"), "已保存。");
        click(By.id("take-step"));
        waitForText(By.id("selection-state"), "讨论决定");

        // the committee: 7 of 9 present, 6 agree
        setDate(browser.findElement(By.id("meetingDate")), noticeStart.minusDays(1));
        browser.findElement(By.id("membersDue")).sendKeys("9");
        browser.findElement(By.id("membersPresent")).sendKeys("7");
        browser.findElement(By.id("agree-" + chosen.employeeNo())).sendKeys("6");
        click(By.id("save-decision"));
        waitForText(By.id("notice"), "已保存。");
        assertThat(browser.findElement(By.id("candidate-" + chosen.employeeNo())).getText()).contains("通过");

        // the public notice, already over, with an objection received while it ran
        setDate(browser.findElement(By.id("step-day")), noticeStart);
        setDate(browser.findElement(By.id("noticeStart")), noticeStart);
        setDate(browser.findElement(By.id("noticeEnd")), noticeEnd);
        click(By.id("take-step"));
        waitForText(By.id("selection-state"), "任前公示");
        setDate(browser.findElement(By.id("receivedOn")), noticeStart.plusDays(1));
        browser.findElement(By.id("handler")).sendKeys("王芳");
        browser.findElement(By.id("content")).sendKeys("反映其在项目验收中把关不严");
        click(By.id("add-objection"));
        waitForText(By.id("notice"), "已登记异议。");
        browser.findElement(By.id("appointment-documentNo")).sendKeys("党委〔2026〕30号");
        browser.findElement(By.id("overCountReason")).sendKeys("经党委研究同意");
        click(By.id("appoint"));
        assertThat(waitFor(By.id("failure")).getText()).contains("收到的异议尚未办结");
        WebElement resolve = waitFor(By.cssSelector(".resolve-form"));
        resolve.findElement(By.name("finding")).sendKeys("经核查，验收按规程进行，反映问题不属实");
        new Select(resolve.findElement(By.name("outcome"))).selectByValue("UNFOUNDED");
        script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'}); arguments[0].click();",
                resolve.findElement(By.cssSelector("button[type='submit']")));
        waitForText(By.id("notice"), "异议已办结。");
        assertThat(browser.findElement(By.cssSelector(".objection-resolved")).getText()).contains("查无实据");

        browser.findElement(By.id("appointment-documentNo")).sendKeys("党委〔2026〕30号");
        browser.findElement(By.id("overCountReason")).sendKeys("经党委研究同意");
        click(By.id("appoint"));
        waitForText(By.id("notice"), "已任职。");
        assertThat(browser.findElement(By.id("selection-state")).getText()).isEqualTo("任职");
        assertThat(browser.findElement(By.id("candidate-" + chosen.employeeNo())).getText())
                .contains("试用期至 " + today.plusYears(1));
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("党委〔2026〕30号");

        // the roster and the profile show the new post
        open("/people?text=" + chosen.employeeNo());
        assertThat(waitFor(By.tagName("main")).getText()).contains(post.title());
        open("/people/" + chosen.id());
        assertThat(waitFor(By.tagName("main")).getText()).contains(post.title());
        click(By.id("profile-link-selection-records"));
        assertThat(waitFor(By.id("selections-table")).getText()).contains("选拔" + post.title());
    }

    @Test
    void the_demo_company_has_a_notice_with_an_open_objection_a_probation_ending_and_a_scored_competition() {
        signInAs("orgdept");
        open("/cadres/selections?method=DEMOCRATIC_RECOMMENDATION&state=PUBLIC_NOTICE");
        click(By.cssSelector("#selections-table tbody tr a"));
        assertThat(waitFor(By.id("blockers")).getText()).contains("收到的异议尚未办结");
        assertThat(browser.findElements(By.cssSelector(".objection .resolve-form"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#step-INSPECTION .document"))).extracting(WebElement::getText)
                .anySatisfy(text -> assertThat(text).contains("个人有关事项报告核查结果")).hasSize(3);

        open("/cadres/selections?method=ORGANIZATION_NOMINATION&state=APPOINTED");
        click(By.cssSelector("#selections-table tbody tr a"));
        assertThat(waitFor(By.id("candidates-table")).getText()).contains("试用期至");

        open("/cadres/selections?method=OPEN_COMPETITION");
        click(By.cssSelector("#selections-table tbody tr a"));
        assertThat(waitFor(By.id("candidates-table")).getText()).contains("（第 1 名）").contains("工作年限不足 8 年");
        assertThat(browser.findElement(By.id("scoring-card")).getText()).contains("去掉一个最高分和一个最低分");
    }
}
