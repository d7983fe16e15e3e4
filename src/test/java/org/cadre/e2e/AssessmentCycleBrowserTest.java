package org.cadre.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The annual assessment of mid-level cadres as the organization department runs it: settings with weights and an
 * Excellent quota, appraisees by employee number, scores imported from the Excel template and corrected on the
 * page, calibration against the quota (refused while exceeded, an override needs its reason), finalizing, the
 * committee's decisions on the consequences, the report with its chart and exports, and the result on the cadre's
 * profile next to the demo's 2025 cycle. And a unit head, who reads only their unit's appraisees and sets up nothing.
 */
class AssessmentCycleBrowserTest extends BrowserTest {

    static final String DEMO_CYCLE = "2025 年度中层干部综合考核评价";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    JdbcClient jdbc;

    record Cadre(long id, String employeeNo, String name) {
    }

    @Test
    void orgdept_runs_an_annual_cycle_through_scores_calibration_against_the_quota_and_consequences_and_the_result_reaches_the_profile()
            throws Exception {
        // Excellent in 2024 (registered) and 2025 (the demo cycle): a third Excellent year earns promotion priority
        Cadre star = jdbc.sql("""
                select p.id, p.employee_no, p.name from assessment_appraisee a
                join assessment_cycle c on c.id = a.cycle_id and c.title = :title
                join assessment_past_result r on r.person_id = a.person_id and r.year = 2024 and r.grade = 'EXCELLENT'
                join people_person p on p.id = a.person_id and p.status = 'ACTIVE'
                where a.final_grade = 'EXCELLENT' order by p.employee_no limit 1
                """).param("title", DEMO_CYCLE).query(Cadre.class).single();
        List<Cadre> others = jdbc.sql("""
                select distinct p.id, p.employee_no, p.name from people_person p
                join org_assignment a on a.person_id = p.id and a.valid_to is null and a.kind = 'PRIMARY'
                join org_post o on o.id = a.post_id and o.level in ('MID_PRINCIPAL', 'MID_DEPUTY')
                where p.status = 'ACTIVE' and p.id <> :star order by p.employee_no limit 4
                """).param("star", star.id()).query(Cadre.class).list();
        assertThat(others).hasSize(4);
        Cadre runnerUp = others.get(0);
        List<Cadre> everyone = new ArrayList<>(List.of(star));
        everyone.addAll(others);
        // business, democratic, superior, Party building: 95 and 92 are Excellent (2 of 5, the quota allows 1),
        // 85 and 80 Competent, 70 Basically Competent
        Map<String, Double> scores = Map.of(star.employeeNo(), 95.0, runnerUp.employeeNo(), 92.0,
                others.get(1).employeeNo(), 85.0, others.get(2).employeeNo(), 80.0, others.get(3).employeeNo(), 70.0);

        signInAs("orgdept");
        open("/assessment");
        click(By.id("new-cycle"));
        waitFor(By.id("cycle-form"));
        new Select(browser.findElement(By.id("kind"))).selectByValue("ANNUAL");
        type(By.id("year"), "2026");
        String title = "2026 年度中层干部综合考核评价";
        type(By.id("title"), title);
        type(By.id("businessWeight"), "40");
        type(By.id("democraticWeight"), "30");
        type(By.id("superiorWeight"), "20");
        type(By.id("customName"), "党建工作");
        type(By.id("customWeight"), "10");
        type(By.id("excellentQuota"), "20");
        click(By.id("save-cycle"));
        waitForText(By.id("notice"), "已创建考核“" + title + "”。");
        long cycleId = idIn(browser.getCurrentUrl(), "/assessment/cycles/(\\d+)");
        assertThat(browser.findElement(By.id("cycle-state")).getText()).isEqualTo("草稿");
        assertThat(column(By.id("components-table"), 1)).containsExactly("经营业绩", "民主测评", "上级评价", "党建工作");
        assertThat(column(By.id("components-table"), 2)).containsExactly("40%", "30%", "20%", "10%");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("比例控制：优秀不超过每类的 20%");

        // the appraisees by employee number, counted in one category for the quota
        browser.findElement(By.id("employeeNos")).sendKeys(String.join(" ",
                everyone.stream().map(Cadre::employeeNo).toList()));
        browser.findElement(By.id("category")).sendKeys("中层干部");
        click(By.id("add-appraisees-button"));
        waitForText(By.id("notice"), "已添加 5 名被考核人。");
        // the cathode unit's leadership team is appraised too, on the same ballot
        browser.findElement(By.id("team-units")).sendKeys("JY-U01");
        click(By.id("add-teams-button"));
        waitForText(By.id("notice"), "已添加 1 个领导班子。");
        assertThat(browser.findElement(By.id("teams-table")).getText()).contains("正极材料事业部领导班子");
        assertThat(column(By.id("appraisees-table"), 1))
                .containsExactlyInAnyOrderElementsOf(everyone.stream().map(Cadre::employeeNo).toList());

        click(By.id("start-collecting"));
        waitForText(By.id("cycle-state"), "采集分数");

        // the template, filled in Excel but for the runner-up's Party building score
        byte[] template = fetch(browser.findElement(By.id("score-template")).getAttribute("href"), XLSX);
        Path filled = Files.createTempFile("assessment-scores-", ".xlsx");
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(format.formatCellValue(c)));
            assertThat(header).containsExactly("工号 *", "姓名", "职务", "经营业绩", "民主测评", "上级评价", "党建工作");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String no = format.formatCellValue(row.getCell(0));
                for (int c = 3; c <= 6; c++) {
                    if (!(no.equals(runnerUp.employeeNo()) && c == 6)) {
                        row.createCell(c).setCellValue(scores.get(no));
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(filled)) {
                workbook.write(out);
            }
        }
        browser.findElement(By.id("score-file")).sendKeys(filled.toAbsolutePath().toString());
        click(By.id("import-scores-button"));
        waitForText(By.id("notice"), "已导入 19 个分数。");
        Files.deleteIfExists(filled);

        // the missing score, typed on the page
        WebElement missing = waitFor(By.cssSelector("input[aria-label='" + runnerUp.name() + " 党建工作']"));
        assertThat(missing.getDomProperty("value")).isEmpty();
        missing.sendKeys("92");
        click(By.id("save-scores"));
        waitForText(By.id("notice"), "已保存 1 个分数。");

        click(By.id("start-calibration"));
        waitForText(By.id("cycle-state"), "等次校准");
        assertThat(browser.getCurrentUrl()).endsWith("/assessment/cycles/" + cycleId + "/calibration");

        // the distribution against the quota: 2 Excellent where 20% of 5 allows 1
        List<WebElement> categories = browser.findElements(By.cssSelector("#distribution-table tbody tr"));
        assertThat(categories).hasSize(1);
        assertThat(cells(categories.get(0))).containsExactly("中层干部", "5", "2", "2", "1", "0",
                "优秀：2 人，至多 1 人（20%）");
        assertThat(browser.findElement(By.id("quota-exceeded")).getText()).isEqualTo("有 1 项比例超限：调整等次后才能确定。");
        long runnerUpAppraisee = jdbc.sql("select id from assessment_appraisee where cycle_id = ? and person_id = ?")
                .params(cycleId, runnerUp.id()).query(Long.class).single();
        assertThat(browser.findElement(By.id("final-" + runnerUpAppraisee)).getText()).isEqualTo("优秀");

        click(By.id("finalize-cycle"));
        confirm();
        assertThat(waitFor(By.id("failure")).getText())
                .isEqualTo("不能确定考核等次：类别“中层干部”中 5 名被考核人有 2 名为优秀，而 20% 的比例只允许 1 名。");
        assertThat(browser.findElement(By.id("cycle-state")).getText()).isEqualTo("等次校准");

        // an override needs its reason
        By adjust = By.id("adjust-" + runnerUpAppraisee);
        new Select(browser.findElement(adjust).findElement(By.name("grade"))).selectByValue("COMPETENT");
        click(By.cssSelector("#adjust-" + runnerUpAppraisee + " button[type='submit']"));
        waitForText(By.id("failure"), "调整等次须说明理由。");
        assertThat(browser.findElement(By.id("final-" + runnerUpAppraisee)).getText()).isEqualTo("优秀");
        new Select(browser.findElement(adjust).findElement(By.name("grade"))).selectByValue("COMPETENT");
        String reason = "按优秀比例控制，综合得分低于同类第一名";
        browser.findElement(adjust).findElement(By.name("reason")).sendKeys(reason);
        click(By.cssSelector("#adjust-" + runnerUpAppraisee + " button[type='submit']"));
        waitForText(By.id("notice"), "已调整" + runnerUp.name() + "的等次。");
        assertThat(browser.findElement(By.id("final-" + runnerUpAppraisee)).getText()).isEqualTo("称职");
        assertThat(cells(browser.findElement(By.cssSelector("#grade-changes tbody tr"))))
                .containsSubsequence("orgdept", "优秀 → 称职", reason);
        assertThat(absent(By.id("quota-exceeded"))).isTrue();

        click(By.id("finalize-cycle"));
        confirm();
        waitForText(By.id("cycle-state"), "已确定");
        String finalized = browser.findElement(By.id("notice")).getText();
        Matcher proposed = Pattern.compile("考核等次已确定；(\\d+) 条结果运用建议待委员会决定。").matcher(finalized);
        assertThat(proposed.matches()).as(finalized).isTrue();
        List<WebElement> recommendations = browser.findElements(By.cssSelector("#recommendations-table tbody tr"));
        assertThat(recommendations).hasSize(Integer.parseInt(proposed.group(1)));
        // every appraisee's pay coefficient, and the star's three Excellent years with their scores
        assertThat(recommendations.stream().filter(r -> cells(r).get(1).startsWith("绩效薪酬系数"))).hasSize(5);
        WebElement promotion = recommendation(star, "优先提拔");
        assertThat(cells(promotion).get(2)).matches(
                "2024年优秀（\\d+\\.\\d+）, 2025年优秀（\\d+\\.\\d+）, 2026年优秀（95\\.00） → 连续3年优秀 → 优先提拔");
        WebElement runnerUpPay = recommendation(runnerUp, "绩效薪酬系数");
        assertThat(cells(runnerUpPay).subList(1, 3))
                .containsExactly("绩效薪酬系数 1.00", "2026年称职（92.00） → 称职 → 绩效薪酬系数 1.00");
        assertThat(cells(recommendation(star, "绩效薪酬系数")).subList(1, 3))
                .containsExactly("绩效薪酬系数 1.20", "2026年优秀（95.00） → 优秀 → 绩效薪酬系数 1.20");

        long promotionId = idIn(promotion.getAttribute("id"), "recommendation-(\\d+)");
        browser.findElement(By.cssSelector("#decide-" + promotionId + " input[name='note']")).sendKeys("列入 2027 年提拔人选");
        click(By.id("accept-" + promotionId));
        waitForText(By.id("notice"), "已采纳该建议并记入本人档案。");
        assertThat(cells(browser.findElement(By.id("recommendation-" + promotionId))))
                .containsSubsequence("已采纳", "列入 2027 年提拔人选");
        long payId = idIn(recommendation(runnerUp, "绩效薪酬系数").getAttribute("id"), "recommendation-(\\d+)");
        browser.findElement(By.cssSelector("#decide-" + payId + " input[name='note']")).sendKeys("待薪酬方案调整后执行");
        click(By.id("reject-" + payId));
        waitForText(By.id("notice"), "已不采纳该建议。");
        assertThat(cells(browser.findElement(By.id("recommendation-" + payId))))
                .containsSubsequence("不采纳", "待薪酬方案调整后执行");

        // the report, its chart and exports
        click(By.id("tab-report"));
        waitFor(By.id("report-table"));
        assertThat(browser.findElement(By.id("report-chart")).isDisplayed()).isTrue();
        waiting().until(d -> Boolean.TRUE.equals(script("return typeof window.echarts !== 'undefined'")));
        waiting().until(d -> !browser.findElements(By.cssSelector("#report-chart canvas")).isEmpty());
        assertThat(cells(browser.findElement(By.cssSelector("#report-categories tbody tr"))))
                .containsExactly("中层干部", "5", "1", "3", "1", "0");
        byte[] report = fetch(browser.findElement(By.id("report-xlsx")).getAttribute("href"), XLSX);
        assertThat(cellTexts(report)).contains(star.name(), runnerUp.name());
        byte[] pdf = fetch(browser.findElement(By.id("report-pdf")).getAttribute("href"), "application/pdf");
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");

        // the star's profile leads to their results across years: this cycle, the demo's 2025, the registered ones
        open("/people/" + star.id());
        click(By.id("profile-link-assessment-results"));
        waitForText(By.id("person-results-title"), star.name() + "的考核结果");
        List<String> years = column(By.id("person-results"), 1);
        List<String> cycles = column(By.id("person-results"), 2);
        List<String> grades = column(By.id("person-results"), 6);
        assertThat(years).containsSubsequence("2026", "2025", "2024", "2023");
        assertThat(cycles.get(years.indexOf("2026"))).isEqualTo(title);
        assertThat(cycles.get(years.indexOf("2025"))).isEqualTo(DEMO_CYCLE);
        assertThat(cycles.get(years.indexOf("2024"))).isEqualTo("登记的以往结果");
        assertThat(grades.get(years.indexOf("2026"))).isEqualTo("优秀");
        assertThat(grades.get(years.indexOf("2025"))).isEqualTo("优秀");
        assertThat(column(By.id("person-records"), 2)).containsExactly("优先提拔");
        assertThat(column(By.id("person-records"), 4)).containsExactly("列入 2027 年提拔人选");
    }

    @Test
    void a_unit_head_reads_only_the_appraisees_of_their_unit_and_cannot_set_up_a_cycle() {
        long demoCycle = jdbc.sql("select id from assessment_cycle where title = ?").param(DEMO_CYCLE)
                .query(Long.class).single();
        List<String> inUnit = jdbc.sql("""
                with recursive within(id) as (
                    select id from org_unit where code = 'JY-U01'
                    union
                    select v.unit_id from org_unit_version v join within w on v.parent_id = w.id where v.valid_to is null
                )
                select a.employee_no from assessment_appraisee a
                where a.cycle_id = ? and a.unit_id in (select id from within) order by a.employee_no
                """).param(demoCycle).query(String.class).list();
        String outsider = jdbc.sql("""
                with recursive within(id) as (
                    select id from org_unit where code = 'JY-U01'
                    union
                    select v.unit_id from org_unit_version v join within w on v.parent_id = w.id where v.valid_to is null
                )
                select a.employee_no from assessment_appraisee a
                where a.cycle_id = ? and a.unit_id not in (select id from within) order by a.employee_no limit 1
                """).param(demoCycle).query(String.class).single();
        assertThat(inUnit).isNotEmpty();

        signInAs("unithead");
        open("/assessment");
        waitFor(By.id("cycle-" + demoCycle));
        assertThat(absent(By.id("new-cycle"))).isTrue();

        open("/assessment/cycles/" + demoCycle);
        List<String> listed = column(By.id("appraisees-table"), 1);
        assertThat(listed).isNotEmpty().isSubsetOf(inUnit).doesNotContain(outsider);
        assertThat(absent(By.id("add-appraisees"))).isTrue();
        assertThat(absent(By.id("save-scores"))).isTrue();

        // looked for by number, someone of another unit is not there
        WebElement text = browser.findElement(By.id("filter-text"));
        text.sendKeys(outsider);
        click(By.id("appraisee-search"));
        waitForUrl("text=" + outsider);
        waitFor(By.id("no-appraisees"));
        text = browser.findElement(By.id("filter-text"));
        text.clear();
        text.sendKeys(inUnit.get(0));
        click(By.id("appraisee-search"));
        waitForUrl("text=" + inUnit.get(0));
        waitForText(By.id("appraisees-table"), inUnit.get(0));

        // the report counts the unit's appraisees only
        open("/assessment/cycles/" + demoCycle + "/report");
        int counted = column(By.id("report-table"), 2).stream().mapToInt(Integer::parseInt).sum();
        assertThat(counted).isEqualTo(inUnit.size());

        open("/assessment/cycles/new");
        assertThat(waitFor(By.id("error-message")).getText()).isEqualTo("您没有查看此内容的权限，或它不在您的数据范围内。");
        assertThat(absent(By.id("cycle-form"))).isTrue();
    }

    private void type(By field, String value) {
        WebElement input = browser.findElement(field);
        input.clear();
        input.sendKeys(value);
    }

    private static long idIn(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

    /** The recommendation row of a person whose consequence column starts with the text. */
    private WebElement recommendation(Cadre cadre, String consequence) {
        return browser.findElements(By.cssSelector("#recommendations-table tbody tr")).stream()
                .filter(r -> cells(r).get(0).equals(cadre.name()) && cells(r).get(1).startsWith(consequence))
                .findFirst().orElseThrow(() -> new AssertionError("no " + consequence + " for " + cadre.name()));
    }

    /** Fetches a download as the browser would (its session, its language), checking status and content type. */
    private byte[] fetch(String href, String contentType) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookieHeader()).header("Accept-Language", "zh-CN,zh").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(href).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).as(href).hasValueSatisfying(
                v -> assertThat(v).startsWith(contentType));
        return response.body();
    }

    private static Set<String> cellTexts(byte[] xlsx) throws Exception {
        Set<String> texts = new HashSet<>();
        DataFormatter format = new DataFormatter();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        texts.add(format.formatCellValue(cell));
                    }
                }
            }
        }
        return texts;
    }
}
