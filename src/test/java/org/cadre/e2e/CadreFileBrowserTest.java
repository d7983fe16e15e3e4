package org.cadre.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The cadre file of a demo mid-level principal, from the profile to the approval form. */
class CadreFileBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void orgdept_opens_a_cadres_file_from_the_profile_adds_a_reward_and_downloads_the_approval_form() throws Exception {
        long principal = jdbc.sql("""
                select a.person_id from org_assignment a join org_post p on p.id = a.post_id
                where p.level = 'MID_PRINCIPAL' and a.valid_to is null order by a.person_id desc limit 1
                """).query(Long.class).single();
        String text = "荣获公司质量标兵" + principal;
        signInAs("orgdept");

        open("/people/" + principal);
        click(By.id("profile-link-cadre-file"));
        waitFor(By.id("file-title"));
        click(By.id("tab-family"));
        assertThat(waitFor(By.id("table-family")).findElements(By.cssSelector("tbody tr")))
                .as("the demo family members").hasSizeBetween(2, 4);
        assertThat(waitFor(By.id("tab-resume")).isDisplayed()).isTrue();
        click(By.id("tab-reward"));
        setDate(waitFor(By.id("reward-day")), LocalDate.of(2025, 12, 1));
        new Select(browser.findElement(By.id("reward-kind"))).selectByValue("REWARD");
        browser.findElement(By.id("reward-issuer")).sendKeys("江源新能源材料股份有限公司");
        browser.findElement(By.id("reward-text")).sendKeys(text);
        click(By.id("save-reward"));
        waitForHtmx();

        waitForText(By.id("table-reward"), text);
        assertThat(waitFor(By.id("notice-reward")).getText()).isEqualTo("已添加。");

        String pdfUrl = waitFor(By.id("download-pdf")).getAttribute("href");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfUrl))
                .header("Cookie", cookieHeader()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(Arrays.copyOf(pdf.body(), 5))).isEqualTo("%PDF-");

        jdbc.sql("delete from cadre_file_reward where person_id = ? and text = ?").params(principal, text).update();
    }
}
