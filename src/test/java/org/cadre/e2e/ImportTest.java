package org.cadre.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ImportTest extends BrowserTest {

    private static final By PROBLEMS = By.id("import-problems");

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    @Test
    void a_file_with_a_bad_row_is_refused_whole_with_the_problem_located_in_either_language_and_a_good_one_applies()
            throws Exception {
        String good = "E2E-IMP-" + System.nanoTime() % 1_000_000_000;
        String alsoGood = good + "B";
        signInAs("orgdept");
        open("/people/import");
        assertThat(browser.findElement(By.id("import-template")).getAttribute("href")).endsWith("/people/import/template.xlsx");
        byte[] template = fetch("/people/import/template.xlsx");

        Path mixed = sheet(template, "mixed.xlsx", List.of(
                new String[] {good, "导入测试甲", "男", "1990-05-01", "JY-U02-D01"},
                new String[] {good + "X", "导入测试乙", "女", "1991-13-45", "JY-U02-D01"}));
        upload(mixed);
        assertThat(waitFor(By.id("import-rejected")).getText()).contains("未导入任何数据").contains("1 处问题");
        assertThat(problemRow()).containsExactly("人员", "3", "出生日期", "“1991-13-45”不是有效日期，请按 2024-03-01 格式填写。");
        assertThat(stored(good)).as("the good row was not applied either").isZero();

        useEnglish();
        open("/people/import");
        upload(mixed);
        waitFor(By.id("import-rejected"));
        assertThat(problemRow()).containsExactly("People", "3", "Birth date",
                "“1991-13-45” is not a date; write it as 2024-03-01.");
        assertThat(stored(good)).isZero();

        Path clean = sheet(template, "clean.xlsx", List.of(
                new String[] {good, "导入测试甲", "男", "1990-05-01", "JY-U02-D01"},
                new String[] {alsoGood, "导入测试乙", "女", "1991-02-15", "JY-U02-D02"}));
        upload(clean);
        assertThat(waitFor(By.id("import-done")).getText())
                .isEqualTo("Imported: 2 created, 0 updated, 0 unchanged, 0 appointments.");
        assertThat(stored(good) + stored(alsoGood)).isEqualTo(2);
    }

    /** The cells of the only problem listed: sheet, row, column, what is wrong. */
    private List<String> problemRow() {
        assertThat(browser.findElements(By.cssSelector("#import-problems tbody tr"))).hasSize(1);
        return browser.findElement(PROBLEMS).findElements(By.cssSelector("tbody td")).stream()
                .map(WebElement::getText).toList();
    }

    private void upload(Path file) {
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#import-form button[type=submit]")).click();
    }

    private long stored(String employeeNo) {
        return jdbc.sql("select count(*) from people_person where employee_no = ?").param(employeeNo)
                .query(Long.class).single();
    }

    /** A page's bytes as the signed-in browser would get them (downloads are awkward in headless Chromium). */
    private byte[] fetch(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Cookie", cookieHeader()).header("Accept-Language", "zh-CN,zh").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The template with these rows under the header of its people sheet (the first sheet after the instructions). */
    private Path sheet(byte[] template, String name, List<String[]> rows) throws IOException {
        Path file = folder.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
             OutputStream out = Files.newOutputStream(file)) {
            Sheet people = workbook.getSheetAt(1);
            assertThat(people.getRow(0).getCell(0).getStringCellValue()).isEqualTo("工号 *");
            for (int r = 0; r < rows.size(); r++) {
                Row row = people.createRow(r + 1);
                String[] cells = rows.get(r);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            workbook.write(out);
        }
        return file;
    }
}
