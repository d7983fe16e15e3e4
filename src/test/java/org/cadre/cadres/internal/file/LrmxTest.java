package org.cadre.cadres.internal.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The mapping between the approval form and LRMX XML. */
class LrmxTest {

    @Test
    void a_gbk_sample_is_read_with_its_chinese_text_family_rows_and_photo() throws Exception {
        Lrmx.Parsed parsed = Lrmx.read(sample());

        assertThat(parsed.get("XingMing")).isEqualTo("林振华");
        assertThat(parsed.get("ChuShengNianYue")).isEqualTo("198203");
        assertThat(parsed.get("JianLi").split("\n")).hasSize(4)
                .startsWith("2000.09--2004.07  中南大学冶金工程专业学习");
        assertThat(parsed.family()).hasSize(4);
        assertThat(parsed.family().get(0)).containsEntry("ChengWei", "妻子").containsEntry("XingMing", "陈静")
                .containsEntry("ChuShengRiQi", "198406");
        assertThat(parsed.get("ZhaoPian")).startsWith("/9j/");
    }

    @Test
    void a_form_written_as_lrmx_reads_back_the_same_element_by_element() throws Exception {
        FormData form = new FormData(1, "林振华", "男", LocalDate.of(1982, 3, 15), 43, "汉族", "湖南长沙", "湖南浏阳",
                LocalDate.of(2004, 6, 1), LocalDate.of(2004, 7, 1), "健康", "高级工程师", "锂电正极材料工艺",
                new FormData.Education("大学本科", "工学学士", "中南大学冶金工程", "中南大学冶金工程"),
                FormData.Education.none(), "正极材料事业部副总经理", "正极材料事业部总经理", "正极材料事业部副总经理",
                List.of("2000.09--2004.07  中南大学冶金工程专业学习", "2016.08--  江源新能源材料股份有限公司"),
                List.of("2018.12  被评为优秀共产党员（公司党委）"), "2024年度考核优秀", "工作需要", "公司党委",
                LocalDate.of(2025, 11, 30), LocalDate.of(2025, 11, 30), "周敏", "99010119820315003X",
                new FormData.Photo("image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, 1, 2, 3}),
                List.of(new FormData.Family("妻子", "陈静", LocalDate.of(1984, 6, 1), 41, "中共党员", "长沙市第一中学教师")),
                true);
        Lrmx.Parsed written = Lrmx.elements(form);

        Lrmx.Parsed read = Lrmx.read(Lrmx.write(written));

        for (String element : Lrmx.FIELDS) {
            assertThat(read.get(element)).as(element).isEqualTo(written.get(element));
        }
        assertThat(read.family()).isEqualTo(written.family());
        assertThat(read.get("ChuShengNianYue")).isEqualTo("198203");
        assertThat(read.get("JiSuanNianLingShiJian")).isEqualTo("20251130");
        assertThat(read.get("XingBie")).isEqualTo("男");
    }

    @Test
    void a_file_whose_root_is_not_person_is_refused() {
        assertThatThrownBy(() -> Lrmx.read("<Cadre><XingMing>张三</XingMing></Cadre>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(Lrmx.Unreadable.class)
                .satisfies(e -> assertThat(((Lrmx.Unreadable) e).messageKey).isEqualTo("cadres.file.lrmx.error.root"));
    }

    @Test
    void a_file_with_a_doctype_is_refused_so_that_no_external_entity_is_read() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Person [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Person><XingMing>&x;</XingMing></Person>";
        assertThatThrownBy(() -> Lrmx.read(xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(Lrmx.Unreadable.class);
    }

    static byte[] sample() throws IOException {
        try (InputStream in = LrmxTest.class.getResourceAsStream("/lrmx/lin-zhenhua.lrmx")) {
            return in.readAllBytes();
        }
    }
}
