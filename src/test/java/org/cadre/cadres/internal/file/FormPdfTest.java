package org.cadre.cadres.internal.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The approval form's PDF and Word document: Latin text is printed too (the CJK font alone has no Latin glyphs), and a
 * résumé too long for its cell goes on in a continuation sheet (续表) after the two standard pages.
 */
class FormPdfTest {

    static final FormLabels CHINESE = new FormLabels(messages(), Locale.SIMPLIFIED_CHINESE);
    static final FormLabels ENGLISH = new FormLabels(messages(), Locale.ENGLISH);

    @Test
    void the_english_form_prints_its_latin_labels_and_values_on_two_pages() throws Exception {
        FormData form = new FormData(1, "Lin Zhenhua", "Male", LocalDate.of(1982, 3, 15), 43, "Han", "Changsha",
                "Liuyang", LocalDate.of(2004, 6, 1), LocalDate.of(2004, 7, 1), "Good", "Senior engineer",
                "Cathode materials", new FormData.Education("Bachelor", "BEng", "Central South University", ""),
                FormData.Education.none(), "Deputy general manager", "General manager", "Deputy general manager",
                List.of("2000.09--2004.07  Central South University, metallurgy"), List.of(), "2024 excellent",
                "Work needs", "Party committee", LocalDate.of(2025, 11, 30), LocalDate.of(2025, 11, 30), "Zhou Min",
                "", null, List.of(new FormData.Family("Wife", "Chen Jing", LocalDate.of(1984, 6, 1), 41, "CPC member",
                        "Teacher")), true);

        byte[] pdf = FormPdf.write(form, ENGLISH);

        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/approval-form-sample-en.pdf"), pdf);
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor text = new PdfTextExtractor(reader);
        assertThat(reader.getNumberOfPages()).isEqualTo(2);
        assertThat(text.getTextFromPage(1)).contains("Lin Zhenhua", "1982.03", "Central South University",
                "General manager", "2000.09--2004.07").doesNotContain("continued");
        assertThat(text.getTextFromPage(2)).contains("Chen Jing", "41", "Teacher", "Zhou Min", "2025.11.30");
    }

    @Test
    void a_short_resume_keeps_the_two_standard_pages_with_no_continuation_mark() throws Exception {
        byte[] pdf = FormPdf.write(form(resume(12)), CHINESE);

        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor text = new PdfTextExtractor(reader);
        assertThat(reader.getNumberOfPages()).isEqualTo(2);
        assertThat(compact(text.getTextFromPage(1))).endsWith(compact(resume(12).get(11)))
                .doesNotContain("续见附页");
        assertThat(text.getTextFromPage(2)).doesNotContain("续表");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(FormDocx.write(form(resume(12)), CHINESE)))) {
            assertThat(doc.getTables()).hasSize(2);
            assertThat(resumeCell(doc.getTables().get(0))).containsExactlyElementsOf(resume(12));
        }
    }

    @Test
    void a_long_resume_fills_its_cell_on_page_1_and_goes_on_in_a_continuation_sheet_after_page_2() throws Exception {
        List<String> resume = resume(40);
        byte[] pdf = FormPdf.write(form(resume), CHINESE);

        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/approval-form-sample-long.pdf"), pdf);
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor text = new PdfTextExtractor(reader);
        assertThat(reader.getNumberOfPages()).isEqualTo(3);
        String first = compact(text.getTextFromPage(1));
        String second = compact(text.getTextFromPage(2));
        String third = compact(text.getTextFromPage(3));
        // page 1: the standard first page, its résumé cell ending with the mark
        assertThat(first).startsWith("干部任免审批表姓名林振华").endsWith("（续见附页）").doesNotContain("续表");
        // page 2: the standard second page, with nothing of the résumé
        assertThat(second).contains("奖惩情况", "陈静", "周敏", "2025.11.30").doesNotContain("--");
        // page 3: titled as the continuation, the name again, then the rest of the résumé
        assertThat(third).startsWith("干部任免审批表（续表）姓名林振华简历（续）");
        String onFirst = first.substring(first.indexOf(compact(resume.get(0))), first.length() - "（续见附页）".length());
        String onThird = third.substring("干部任免审批表（续表）姓名林振华简历（续）".length());
        assertThat(onFirst).isNotEmpty();
        assertThat(onThird).isNotEmpty().doesNotContain("续见");
        // every entry once, in order, and none split between the sheets
        assertThat(onFirst + onThird).isEqualTo(compact(String.join("", resume)));
        int onPage1 = (int) IntStream.range(0, resume.size())
                .filter(i -> onFirst.contains(compact(resume.get(i)))).count();
        assertThat(onFirst).endsWith(compact(resume.get(onPage1 - 1)));

        byte[] docx = FormDocx.write(form(resume), CHINESE);
        Files.write(Path.of("target/approval-form-sample-long.docx"), docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            // one table a page: the two standard pages, then the continuation sheet under its title
            assertThat(doc.getTables()).hasSize(3);
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText))
                    .containsSubsequence("干部任免审批表", "干部任免审批表（续表）");
            // the same split as the PDF: Word's lines are the PDF's entries
            List<String> page1 = resumeCell(doc.getTables().get(0));
            assertThat(page1).hasSize(onPage1 + 1).endsWith("（续见附页）");
            XWPFTable sheet = doc.getTables().get(2);
            assertThat(sheet.getRow(0).getTableCells().stream().map(XWPFTableCell::getText))
                    .containsExactly("姓名", "林振华");
            assertThat(sheet.getRow(1).getCell(0).getText()).contains("简", "历", "（续）");
            List<String> all = new ArrayList<>(page1.subList(0, onPage1));
            all.addAll(resumeCell(sheet));
            assertThat(all).containsExactlyElementsOf(resume);
        }
    }

    @Test
    void a_resume_longer_than_a_continuation_sheet_goes_on_to_another_each_ending_with_a_mark_but_the_last()
            throws Exception {
        List<String> resume = resume(120);
        List<List<String>> sheets = FormLayout.sheets(resume, "（续见附页）", "（续见下页）");

        assertThat(sheets.size()).isGreaterThan(2);
        assertThat(sheets.get(0)).last().isEqualTo("（续见附页）");
        sheets.subList(1, sheets.size() - 1).forEach(s -> assertThat(s).last().isEqualTo("（续见下页）"));
        assertThat(sheets.get(sheets.size() - 1)).last().isEqualTo(resume.get(119));
        assertThat(sheets.stream().flatMap(List::stream).filter(l -> !l.startsWith("（续见")))
                .containsExactlyElementsOf(resume);
        // each sheet, drawn whole, is no taller than its cell
        float width = FormLayout.width(1, 6);
        assertThat(FormPdf.resumeHeight(String.join("\n", sheets.get(0)), width))
                .isLessThanOrEqualTo(FormLayout.RESUME_HEIGHT);
        sheets.subList(1, sheets.size()).forEach(s -> assertThat(FormPdf.resumeHeight(String.join("\n", s), width))
                .isLessThanOrEqualTo(FormLayout.CONTINUED_HEIGHT));
        PdfReader reader = new PdfReader(FormPdf.write(form(resume), CHINESE));
        assertThat(reader.getNumberOfPages()).isEqualTo(2 + sheets.size() - 1);
        for (int page = 3; page <= reader.getNumberOfPages(); page++) {
            assertThat(compact(new PdfTextExtractor(reader).getTextFromPage(page))).startsWith("干部任免审批表（续表）姓名林振华");
        }
    }

    @Test
    void a_tall_label_is_written_top_to_bottom_with_its_remark_whole_on_the_last_line() {
        assertThat(FormLayout.vertical("简历")).isEqualTo("简\n\n\n历");
        assertThat(FormLayout.vertical("简历（续）")).isEqualTo("简\n\n\n历\n\n\n（续）");
        assertThat(FormLayout.vertical("Résumé (continued)")).isEqualTo("Résumé (continued)");
    }

    /** {@code count} entries a year apart, every third long enough to wrap, each told apart by its dates. */
    static List<String> resume(int count) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int year = 1980 + i;
            String text = i % 3 == 0
                    ? "湘江锂业有限公司正极材料事业部生产技术部副部长（主持工作），兼任质量管理办公室主任、第" + (i + 1) + "党支部书记"
                    : "湘江锂业有限公司第" + (i + 1) + "车间主任";
            lines.add("%d.07--%d.06  %s".formatted(year, year + 1, text));
        }
        return lines;
    }

    static FormData form(List<String> resume) {
        return new FormData(1, "林振华", "男", LocalDate.of(1982, 3, 15), 43, "汉族", "湖南长沙", "湖南浏阳",
                LocalDate.of(2004, 6, 1), LocalDate.of(2004, 7, 1), "健康", "高级工程师", "正极材料",
                new FormData.Education("大学", "工学学士", "中南大学冶金工程专业", ""), FormData.Education.none(),
                "正极材料事业部总经理", "公司副总经理", "正极材料事业部总经理", resume, List.of("2018.12  优秀共产党员（公司党委）"),
                "2024年度考核优秀", "工作需要", "公司党委", LocalDate.of(2025, 11, 30), LocalDate.of(2025, 11, 30), "周敏",
                "", null, List.of(new FormData.Family("妻子", "陈静", LocalDate.of(1984, 6, 1), 41, "中共党员",
                        "长沙市第一中学教师")), true);
    }

    /** The résumé cell's paragraphs: the last row's second cell of a page's table. */
    private static List<String> resumeCell(XWPFTable table) {
        XWPFTableRow last = table.getRow(table.getNumberOfRows() - 1);
        return last.getCell(1).getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    /** The text without the line breaks and spaces that wrapping and extraction put in. */
    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/cadres-file", "messages/shared");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
