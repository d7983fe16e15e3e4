package org.cadre.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The organization department's day: the work-queue panel on the home page, the queue behind it, the notifications
 * sent from it reaching the bell, and the structure analysis of the demo company's cadre team with its charts and
 * its Excel export. A unit head gets no panel.
 */
class CadreWorkAndStructureBrowserTest extends BrowserTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void orgdept_sees_the_work_queue_on_the_home_page_sends_it_as_notifications_and_reads_the_cadre_structure()
            throws Exception {
        signInAs("orgdept");
        open("/");
        waitFor(By.id("work-panel"));
        // the demo sent the queue once when it was loaded
        assertThat(Integer.parseInt(browser.findElement(By.id("notification-count")).getText())).isPositive();
        click(By.id("work-panel-open"));
        waitForUrl("/cadres/work");
        waitFor(By.id("work-groups"));
        assertThat(browser.findElements(By.id("work-items")).size() + browser.findElements(By.id("work-empty")).size())
                .isEqualTo(1);

        click(By.id("work-notify"));
        waitFor(By.id("work-sent"));
        click(By.id("notification-bell"));
        waitForUrl("/notifications");
        waitFor(By.id("notifications"));
        // the list and the bell's count are on the page before the answer too: wait for the page to be replaced
        submitAndWait(By.id("notifications-read-all"));
        waitFor(By.id("notifications"));
        assertThat(absent(By.id("notification-count"))).isTrue();

        open("/cadres/structure");
        waitFor(By.id("structure-summary"));
        assertThat(Integer.parseInt(browser.findElement(By.id("structure-total")).getText())).isPositive();
        waiting().until(ExpectedConditions.attributeToBe(By.id("chart-AGE"), "data-rendered", "true"));
        assertThat(browser.findElement(By.id("chart-FLOWS")).getAttribute("data-rendered")).isEqualTo("true");
        assertThat(browser.findElements(By.cssSelector("#chart-AGE canvas"))).isNotEmpty();

        String href = browser.findElement(By.id("structure-xlsx")).getAttribute("href");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                        .header("Cookie", cookieHeader()).header("Accept-Language", "zh-CN,zh").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(XLSX));
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(response.body()))) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).contains("概况", "年龄", "最高学历", "性别", "现岗位任职年限", "职级", "单位");
        }
    }

    @Test
    void a_unit_head_has_no_work_queue_panel_but_reads_the_structure_of_their_unit() {
        signInAs("unithead");
        open("/");
        waitFor(By.id("logout"));
        assertThat(absent(By.id("work-panel"))).isTrue();
        open("/cadres/structure");
        waitFor(By.id("structure-summary"));
        assertThat(absent(By.id("structure-xlsx"))).isFalse();
    }
}
