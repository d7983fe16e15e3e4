package org.cadre.ballots.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadre.ballots.BallotMode;
import org.cadre.ballots.BallotResults;
import org.cadre.ballots.BallotResults.AnswerResult;
import org.cadre.ballots.BallotResults.GroupTally;
import org.cadre.ballots.BallotResults.NamedVote;
import org.cadre.ballots.BallotResults.QuestionResult;
import org.cadre.ballots.BallotState;
import org.cadre.ballots.PassRule;
import org.cadre.ballots.QuestionKind;
import org.cadre.ballots.Quorum;
import org.cadre.ballots.Scale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class ResultSheetTest {

    static final long LEADERS = 1;
    static final long STAFF = 2;
    static final ResultSheet.Heading HEADING = new ResultSheet.Heading("Cadre",
            OffsetDateTime.parse("2026-11-28T09:30:00Z"), OffsetDateTime.parse("2026-11-29T02:00:00Z"));

    final ResultSheet sheet = new ResultSheet(messages(),
            Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneId.of("Asia/Shanghai")));

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/ballots");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void the_chinese_sheet_states_the_rules_turnout_results_and_signature_lines() throws IOException {
        String text = pdfText(results(BallotMode.SECRET, false), Locale.SIMPLIFIED_CHINESE);

        assertThat(text).contains(flat("计票结果报告单", "Cadre", "2026 年度中层干部民主测评与推荐", "无记名投票", "已公布",
                "2026-11-28 17:30", "2026-11-29 10:00"));
        assertThat(text).contains(flat("赞成票超过应到人数的半数为通过。", "实到人数不少于应到人数的三分之二，投票有效。",
                "应到 49 人，实到 45 人，达到规定人数，投票有效。"));
        assertThat(text).contains(flat("领导班子", "职工代表", "对张三同志的民主测评", "优秀", "基本称职", "无法评价",
                "李四", "王五", "赵六", "另选他人", "同意", "弃权", "通过", "未通过", "67.22", "92.67"));
        assertThat(text).contains(flat("计票人", "监票人", "总监票人", "日期", "第 1 页，共"));
        assertThat(text).doesNotContain(flat("有测评组的投票人数过少"));
        // each group is named in the turnout table and in each question's table
        assertThat(occurrences(text, "职工代表")).isEqualTo(4);
    }

    @Test
    void the_english_sheet_uses_the_english_labels() throws IOException {
        String text = pdfText(results(BallotMode.SECRET, false), Locale.ENGLISH);

        assertThat(text).contains(flat("Ballot result sheet", "Secret ballot", "Published",
                "A question passes with more than half of all eligible voters in favour.",
                "The vote is valid when at least two thirds of eligible voters cast a ballot.",
                "Quorum met: 45 of 49 eligible voters cast a ballot.", "Excellent", "Basically competent",
                "Cannot judge", "Candidate", "(written in)", "Weighted %", "Total", "Passed", "Not passed",
                "Counted by", "Scrutineer", "Chief scrutineer", "Date", "Page 1 of"));
        assertThat(text).doesNotContain(flat("计票人", "优秀"));
    }

    @Test
    void with_the_groups_pooled_no_group_counts_nor_weights_appear_and_a_note_says_why() throws IOException {
        String chinese = pdfText(results(BallotMode.SECRET, true), Locale.SIMPLIFIED_CHINESE);
        assertThat(chinese).contains(flat("有测评组的投票人数过少", "不按各组权重加权", "65.91", "李四", "通过"))
                .doesNotContain(flat("67.22"));
        // the groups appear in the turnout table only, not as columns of the results
        assertThat(occurrences(chinese, "职工代表")).isEqualTo(1);
        assertThat(occurrences(chinese, "领导班子")).isEqualTo(1);

        String english = pdfText(results(BallotMode.SECRET, true), Locale.ENGLISH);
        assertThat(english).contains(flat("At least one rater group cast too few ballots", "Total"))
                .doesNotContain(flat("Weighted %"));
    }

    @Test
    void a_secret_ballot_with_too_few_ballots_in_all_warns_that_a_vote_may_be_recognisable() throws IOException {
        BallotResults r = results(BallotMode.SECRET, false);
        BallotResults few = new BallotResults(r.ballotId(), r.title(), r.mode(), r.state(), r.passRule(), r.quorum(),
                r.eligible(), 3, r.quorumMet(), r.breakdownHidden(), r.groups(), r.questions(), r.namedVotes(), true);
        assertThat(pdfText(few, Locale.ENGLISH)).contains(flat("Only 3 ballots were cast, too few to hide each vote"));
        assertThat(pdfText(few, Locale.SIMPLIFIED_CHINESE)).contains(flat("本次仅收回 3 张选票"));
        assertThat(pdfText(r, Locale.ENGLISH)).doesNotContain(flat("ballots were cast, too few"));
    }

    @Test
    void a_roll_call_vote_lists_who_voted_what() throws IOException {
        String text = pdfText(results(BallotMode.NAMED, false), Locale.SIMPLIFIED_CHINESE);

        assertThat(text).contains(flat("记名投票", "记名投票明细", "周一", "吴二", "第3题"));
        assertThat(text).contains(flat("李四、赵六（另选他人）"));
    }

    @Test
    void the_workbook_holds_the_same_numbers_as_numeric_cells() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sheet.xlsx(results(BallotMode.NAMED, false), HEADING, Locale.SIMPLIFIED_CHINESE, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet summary = workbook.getSheet("汇总");
            assertThat(summary.getRow(1).getCell(0).getStringCellValue()).isEqualTo("计票结果报告单");
            Row leaders = row(summary, "领导班子");
            assertThat(leaders.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(leaders.getCell(2).getNumericCellValue()).isEqualTo(9);
            assertThat(leaders.getCell(3).getNumericCellValue()).isEqualTo(8);
            assertThat(row(summary, "合计").getCell(4).getNumericCellValue()).isEqualTo(91.84);
            assertThat(row(summary, "计票人")).isNotNull();

            Sheet rating = workbook.getSheet("第1题");
            Row excellent = row(rating, "优秀");
            assertThat(excellent.getCell(1).getNumericCellValue()).isEqualTo(6); // 领导班子
            assertThat(excellent.getCell(2).getNumericCellValue()).isEqualTo(23); // 职工代表
            assertThat(excellent.getCell(3).getNumericCellValue()).isEqualTo(29);
            assertThat(excellent.getCell(4).getNumericCellValue()).isEqualTo(65.91);
            assertThat(excellent.getCell(5).getNumericCellValue()).isEqualTo(67.22);
            assertThat(row(rating, "加权得分（满分 100）").getCell(1).getNumericCellValue()).isEqualTo(92.67);

            Sheet pick = workbook.getSheet("第2题");
            assertThat(row(pick, "李四").getCell(3).getNumericCellValue()).isEqualTo(35);
            assertThat(row(pick, "李四").getCell(6).getStringCellValue()).isEqualTo("通过");
            assertThat(row(pick, "王五").getCell(6).getStringCellValue()).isEqualTo("未通过");

            Sheet vote = workbook.getSheet("第3题");
            assertThat(row(vote, "结果").getCell(1).getStringCellValue()).isEqualTo("通过");

            Sheet rollCall = workbook.getSheet("记名投票明细");
            assertThat(row(rollCall, "1").getCell(1).getStringCellValue()).isEqualTo("周一");
            assertThat(row(rollCall, "1").getCell(5).getStringCellValue()).isEqualTo("同意");
        }
    }

    @Test
    void the_workbook_with_the_groups_pooled_has_no_group_nor_weighted_columns() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sheet.xlsx(results(BallotMode.SECRET, true), HEADING, Locale.ENGLISH, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet rating = workbook.getSheet("Q1");
            Row header = row(rating, "Answer");
            assertThat(header.getLastCellNum()).isEqualTo((short) 3);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Total");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("%");
            assertThat(row(rating, "Excellent").getCell(1).getNumericCellValue()).isEqualTo(29);
            assertThat(row(rating, "Excellent").getCell(2).getNumericCellValue()).isEqualTo(65.91);
        }
    }

    private String pdfText(BallotResults results, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sheet.pdf(results, HEADING, locale, out);
        // kept for a look: target/result-sheets/SECRET-zh_CN-hidden.pdf
        Path file = Path.of("target/result-sheets", results.mode() + "-" + locale + (results.breakdownHidden()
                ? "-hidden" : "") + ".pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, out.toByteArray());
        PdfReader reader = new PdfReader(out.toByteArray());
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        // the extractor puts spaces where the font changes (Latin ↔ Chinese): compare without white space
        return flat(text.toString());
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String[] flat(String... parts) {
        return java.util.Arrays.stream(parts).map(ResultSheetTest::flat).toArray(String[]::new);
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static Row row(Sheet sheet, String firstCell) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(firstCell)) {
                return row;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------ a counted ballot

    /**
     * Two groups (leaders 8 of 9, staff 37 of 40): a rating of 张三, a recommendation with a write-in, and a vote on
     * the work report, by the rule "more than half of all eligible".
     */
    static BallotResults results(BallotMode mode, boolean hidden) {
        List<GroupTally> groups = List.of(
                new GroupTally(LEADERS, "领导班子", new BigDecimal("0.3"), 9, 8, hidden),
                new GroupTally(STAFF, "职工代表", new BigDecimal("0.7"), 40, 37, false));
        QuestionResult rating = new QuestionResult(100, 1, QuestionKind.RATING, "对张三同志的民主测评", 501L,
                Scale.COMPETENCE, List.of(
                answer(hidden, "EXCELLENT", "EXCELLENT", 6, 23, "65.91", "67.22", null),
                answer(hidden, "COMPETENT", "COMPETENT", 2, 11, "29.55", "28.89", null),
                answer(hidden, "BASICALLY_COMPETENT", "BASICALLY_COMPETENT", 0, 2, "4.55", "3.89", null),
                answer(hidden, "INCOMPETENT", "INCOMPETENT", 0, 0, "0.00", "0.00", null),
                answer(hidden, "CANNOT_JUDGE", "CANNOT_JUDGE", 0, 1, null, null, null)),
                new BigDecimal("92.67"), null);
        QuestionResult pick = new QuestionResult(200, 2, QuestionKind.PICK, "推荐副处长人选（1 名）", null, null,
                List.of(
                        answer(hidden, "option:11", "李四", 5, 30, "77.78", "75.49", true),
                        answer(hidden, "option:12", "王五", 3, 5, "17.78", "20.68", false),
                        answer(hidden, "person:601", "赵六", 0, 2, "4.44", "3.78", false)),
                null, null);
        QuestionResult vote = new QuestionResult(300, 3, QuestionKind.CHOICE, "关于《2026 年工作报告》的表决", null,
                Scale.AGREEMENT, List.of(
                answer(hidden, "AGREE", "AGREE", 7, 33, "88.89", "88.68", null),
                answer(hidden, "DISAGREE", "DISAGREE", 1, 2, "6.67", "7.53", null),
                answer(hidden, "ABSTAIN", "ABSTAIN", 0, 2, "4.44", "3.78", null)),
                new BigDecimal("88.68"), true);
        List<NamedVote> named = new ArrayList<>();
        if (mode == BallotMode.NAMED) {
            named.add(new NamedVote(701, "周一", "领导班子", ordered(100L, "EXCELLENT", 200L, "option:11, person:601",
                    300L, "AGREE")));
            named.add(new NamedVote(702, "吴二", "职工代表", ordered(100L, "COMPETENT", 200L, "option:12",
                    300L, "ABSTAIN")));
        }
        return new BallotResults(42, "2026 年度中层干部民主测评与推荐", mode, BallotState.PUBLISHED,
                PassRule.MORE_THAN_HALF_OF_ELIGIBLE, Quorum.TWO_THIRDS, 49, 45, true, hidden, groups,
                List.of(rating, pick, vote), named);
    }

    private static AnswerResult answer(boolean hidden, String key, String label, int leaders, int staff, String percent,
                                       String weighted, Boolean passed) {
        Long person = key.startsWith("person:") ? Long.valueOf(key.substring(7)) : null;
        if (hidden) {
            // pooled: all ballots as one box, so the "weighted" figure is the plain percentage
            BigDecimal pooled = percent == null ? null : new BigDecimal(percent);
            return new AnswerResult(key, label, person, BigDecimal.valueOf(leaders + staff), pooled, Map.of(), pooled,
                    passed);
        }
        return new AnswerResult(key, label, person, BigDecimal.valueOf(leaders + staff),
                percent == null ? null : new BigDecimal(percent),
                ordered(LEADERS, BigDecimal.valueOf(leaders), STAFF, BigDecimal.valueOf(staff)),
                weighted == null ? null : new BigDecimal(weighted), passed);
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<Long, V> ordered(Object... pairs) {
        Map<Long, V> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((Long) pairs[i], (V) pairs[i + 1]);
        }
        return map;
    }
}
