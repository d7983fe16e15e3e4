package org.cadre.cadres.internal.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cadre.organization.AssignmentRecord;
import org.cadre.organization.PostLevel;
import org.junit.jupiter.api.Test;

class ResumeTest {

    @Test
    void recorded_lines_and_assignments_are_merged_in_order_of_their_start() {
        List<Line> recorded = List.of(line(2, "2004-07-01", "2010-03-01", "湘江锂业有限公司技术员"),
                line(1, "2000-09-01", "2004-07-01", "中南大学冶金工程专业学习"));
        List<AssignmentRecord> assignments = List.of(
                assignment("2016-08-01", null, "正极材料事业部", "总经理", "PRIMARY"),
                assignment("2010-03-01", "2016-08-01", "技术中心", "副主任", "PRIMARY"),
                assignment("2012-01-01", "2014-01-01", "党委办公室", "主任", "CONCURRENT"));

        List<Resume.Entry> merged = Resume.merge(recorded, assignments);

        assertThat(merged).extracting(Resume.Entry::formatted).containsExactly(
                "2000.09--2004.07  中南大学冶金工程专业学习",
                "2004.07--2010.03  湘江锂业有限公司技术员",
                "2010.03--2016.08  技术中心副主任",
                "2012.01--2014.01  党委办公室主任（兼）",
                "2016.08--  正极材料事业部总经理");
        assertThat(merged.get(0).lineId()).isEqualTo(1L);
        assertThat(merged.get(2).lineId()).isNull();
    }

    @Test
    void a_recorded_line_comes_before_an_assignment_starting_the_same_month() {
        List<Resume.Entry> merged = Resume.merge(List.of(line(7, "2010-03-20", null, "挂职锻炼")),
                List.of(assignment("2010-03-01", null, "技术中心", "主任", "PRIMARY")));

        assertThat(merged).extracting(Resume.Entry::text).containsExactly("挂职锻炼", "技术中心主任");
    }

    @Test
    void a_line_of_the_form_is_read_back_with_its_period_and_text() {
        assertThat(Resume.parse("2004.07--2010.03  湘江锂业有限公司技术员")).hasValueSatisfying(e -> {
            assertThat(e.from()).isEqualTo(LocalDate.of(2004, 7, 1));
            assertThat(e.to()).isEqualTo(LocalDate.of(2010, 3, 1));
            assertThat(e.text()).isEqualTo("湘江锂业有限公司技术员");
        });
        assertThat(Resume.parse("2016.08--  正极材料事业部总经理")).hasValueSatisfying(e -> {
            assertThat(e.to()).isNull();
            assertThat(e.text()).isEqualTo("正极材料事业部总经理");
        });
        assertThat(Resume.parse("1998年09月至2002年07月 某大学学习")).hasValueSatisfying(e ->
                assertThat(e.from()).isEqualTo(LocalDate.of(1998, 9, 1)));
    }

    @Test
    void a_line_without_a_period_or_ending_before_it_starts_is_not_read() {
        assertThat(Resume.parse("在某大学学习")).isEmpty();
        assertThat(Resume.parse("2010.03--2004.07  倒序")).isEmpty();
        assertThat(Resume.parse("2010.13--2011.01  没有十三月")).isEmpty();
    }

    private static Line line(long id, String from, String to, String text) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("dateFrom", LocalDate.parse(from));
        values.put("dateTo", to == null ? null : LocalDate.parse(to));
        values.put("text", text);
        return new Line(id, values);
    }

    private static AssignmentRecord assignment(String from, String to, String unit, String post, String kind) {
        return new AssignmentRecord(1, 1, 1, post, PostLevel.MID_PRINCIPAL, 1, unit, kind, LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), null, null, null, null, null, null, null);
    }
}
