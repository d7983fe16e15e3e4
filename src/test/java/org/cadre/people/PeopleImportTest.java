package org.cadre.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadre.IntegrationTest;
import org.cadre.TestUsers;
import org.cadre.identity.CurrentUser;
import org.cadre.people.internal.TestNationalIds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class PeopleImportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    PeopleFixtures fixtures;
    long unit;
    String unitCode;
    CurrentUser orgDept = TestUsers.orgDept();

    @BeforeEach
    void aUnit() {
        fixtures = new PeopleFixtures(jdbc);
        unit = fixtures.unit("Import Unit", null);
        unitCode = fixtures.unitCode(unit);
    }

    /** The template as the user downloads it, with rows filled into its People and Assignments sheets. */
    byte[] file(String lang, List<String[]> people, List<String[]> assignments) throws Exception {
        byte[] template = mvc.perform(get("/people/import/template.xlsx").param("lang", lang).with(user(orgDept)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            fill(book.getSheetAt(1), people);
            fill(book.getSheetAt(2), assignments);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    static void fill(Sheet sheet, List<String[]> rows) {
        int r = 1;
        for (String[] cells : rows) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < cells.length; c++) {
                if (cells[c] != null) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
        }
    }

    /** employee no, name, gender, birth date, unit code, national ID; then optional columns up to status. */
    static String[] person(String no, String name, String gender, String born, String unitCode, String nationalId,
                           String... more) {
        String[] row = new String[26];
        String[] first = {no, name, gender, born, unitCode, nationalId};
        System.arraycopy(first, 0, row, 0, first.length);
        System.arraycopy(more, 0, row, 6, more.length);
        return row;
    }

    ResultActions upload(byte[] file, String lang) throws Exception {
        return mvc.perform(multipart("/people/import").file(new MockMultipartFile("file", "people.xlsx",
                "application/octet-stream", file)).param("lang", lang).with(user(orgDept)).with(csrf()));
    }

    long count(String employeeNo) {
        return jdbc.sql("select count(*) from people_person where employee_no = ?").param(employeeNo)
                .query(Long.class).single();
    }

    @Test
    void the_template_has_headers_in_the_users_language_and_instructions_that_say_existing_numbers_update()
            throws Exception {
        byte[] zh = mvc.perform(get("/people/import/template.xlsx").param("lang", "zh_CN").with(user(orgDept)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(zh))) {
            assertThat(book.getSheetName(0)).isEqualTo("填写说明");
            assertThat(book.getSheetName(1)).isEqualTo("人员");
            assertThat(book.getSheetName(2)).isEqualTo("任职");
            assertThat(book.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("工号 *");
            assertThat(book.getSheetAt(2).getRow(0).getCell(8).getStringCellValue()).isEqualTo("超职数任职理由");
        }
        byte[] en = mvc.perform(get("/people/import/template.xlsx").param("lang", "en").with(user(orgDept)))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(en))) {
            StringBuilder text = new StringBuilder();
            book.getSheetAt(0).forEach(row -> text.append(row.getCell(0).getStringCellValue()).append('\n'));
            assertThat(text).contains("already exists UPDATES that person").contains("Male / Female");
            assertThat(book.getSheetAt(1).getRow(0).getCell(1).getStringCellValue()).isEqualTo("Name *");
        }
    }

    List<String[]> oneBadRowAmongGoodOnes(String prefix) {
        LocalDate born = LocalDate.of(1988, 8, 8);
        List<String[]> rows = new ArrayList<>();
        rows.add(person(prefix + "1", "Good One", "Male", "1988-08-08", unitCode,
                TestNationalIds.unique(born, Gender.M)));
        rows.add(person(prefix + "2", "Bad Row", "Unknown", "1988-13-40", "NO-SUCH-UNIT", "110105194912310021",
                "Han", null, null, "Pirate"));
        rows.add(person(prefix + "1", "", "F", "1990-01-01", unitCode, null));
        rows.add(person(prefix + "4", "Good Two", "女", "1990/1/2", unitCode, null));
        return rows;
    }

    @Test
    void one_bad_row_applies_nothing_and_every_bad_cell_is_reported_with_row_and_column_in_english() throws Exception {
        String prefix = fixtures.unique("IMP");
        upload(file("en", oneBadRowAmongGoodOnes(prefix), List.of()), "en")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing was imported: the file has 7 problem(s).")))
                .andExpect(content().string(containsString("<td>3</td>")))
                .andExpect(content().string(containsString("Gender")))
                .andExpect(content().string(containsString("“Unknown” is not one of: Male / Female.")))
                .andExpect(content().string(containsString("“1988-13-40” is not a date")))
                .andExpect(content().string(containsString("There is no unit with the code NO-SUCH-UNIT.")))
                .andExpect(content().string(containsString("The check digit of this national ID is wrong")))
                .andExpect(content().string(containsString("“Pirate” is not one of:")))
                .andExpect(content().string(containsString(prefix + "1 appears already in row 2 of this file.")))
                .andExpect(content().string(containsString("<td>4</td>")));
        assertThat(count(prefix + "1") + count(prefix + "4")).isZero();
    }

    @Test
    void the_same_file_is_reported_in_chinese_to_a_chinese_user() throws Exception {
        String prefix = fixtures.unique("IMZ");
        upload(file("zh_CN", oneBadRowAmongGoodOnes(prefix), List.of()), "zh_CN")
                .andExpect(content().string(containsString("未导入任何数据：文件中有 7 处问题")))
                .andExpect(content().string(containsString("性别")))
                .andExpect(content().string(containsString("“Unknown”不是可选值之一：男 / 女。")))
                .andExpect(content().string(containsString("不存在代码为 NO-SUCH-UNIT 的单位。")))
                .andExpect(content().string(containsString("必填。")));
        assertThat(count(prefix + "1")).isZero();
    }

    @Test
    void the_api_answers_422_listing_every_problem_with_row_and_column() throws Exception {
        String prefix = fixtures.unique("IMA");
        mvc.perform(multipart("/api/v1/people/import").file(new MockMultipartFile("file", "people.xlsx",
                        "application/octet-stream", file("en", oneBadRowAmongGoodOnes(prefix), List.of())))
                        .header("Accept-Language", "zh-CN").with(user(orgDept)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("people.import.rejected"))
                .andExpect(jsonPath("$.errorCount").value(7))
                .andExpect(jsonPath("$.errors[0].sheet").value("人员"))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("性别"))
                .andExpect(jsonPath("$.errors[0].field").value("gender"))
                .andExpect(jsonPath("$.errors[0].code").value("people.import.badChoice"));
        assertThat(count(prefix + "1")).isZero();
    }

    @Test
    void good_rows_create_new_people_and_update_existing_ones_with_audit() throws Exception {
        String prefix = fixtures.unique("IMG");
        long other = fixtures.unit("Other Unit", null);
        long existing = fixtures.person("Old Name", unit).employeeNo(prefix + "OLD").title("Engineer").create();
        List<String[]> rows = List.of(
                person(prefix + "NEW", "New Person", "F", "1991-02-03", unitCode, null, "Han", null, null,
                        "CPC member", "2015-07-01", "2013-07-01", "2014-03-01"),
                person(prefix + "OLD", "New Name", "M", "1980-01-01", fixtures.unitCode(other), null));

        mvc.perform(multipart("/api/v1/people/import").file(new MockMultipartFile("file", "people.xlsx",
                        "application/octet-stream", file("zh_CN", rows, List.of()))).with(user(orgDept)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.updated").value(1));

        assertThat(jdbc.sql("""
                select name || ' ' || political_affiliation || ' ' || company_join_date || ' ' || unit_id
                from people_person where employee_no = ?
                """).param(prefix + "NEW").query(String.class).single())
                .isEqualTo("New Person CPC_MEMBER 2014-03-01 " + unit);
        assertThat(jdbc.sql("select name || ' ' || professional_title || ' ' || unit_id from people_person where id = ?")
                .param(existing).query(String.class).single()).isEqualTo("New Name Engineer " + other);
        String audit = jdbc.sql("""
                select before_state::text || after_state::text from audit_entry
                where action = 'person.updated' and entity_id = ?
                """).param(String.valueOf(existing)).query(String.class).single();
        assertThat(audit).contains("Old Name").contains("New Name");

        upload(file("en", rows, List.of()), "en")
                .andExpect(content().string(containsString("Imported: 0 created, 0 updated, 2 unchanged")));
    }

    @Test
    void assignments_are_appointed_through_the_organization_after_the_people_of_the_same_file() throws Exception {
        String prefix = fixtures.unique("IMP");
        fixtures.post(unit, "Workshop Director", "MID_PRINCIPAL");
        long elsewhere = fixtures.unit("Elsewhere", null);
        long existing = fixtures.person("Already Here", elsewhere).create();
        String existingNo = jdbc.sql("select employee_no from people_person where id = ?").param(existing)
                .query(String.class).single();
        List<String[]> people = List.<String[]>of(person(prefix + "A", "Appointee", "M", "1979-09-09", unitCode, null));
        List<String[]> assignments = List.<String[]>of(
                new String[] {prefix + "A", unitCode, "Workshop Director", "Primary post", "2024-01-01",
                        "Party committee", "2023-12-20", "Doc [2023] 12", null},
                new String[] {existingNo, unitCode, "Workshop Director", "兼职", "2024-02-01", null, null, null, null});

        upload(file("en", people, assignments), "en")
                .andExpect(content().string(containsString("Imported: 1 created, 0 updated, 0 unchanged, 2 appointments.")));
        assertThat(jdbc.sql("""
                select count(*) from org_assignment a join people_person p on p.id = a.person_id
                where p.employee_no in (?, ?) and a.document_no is not distinct from a.document_no
                """).params(prefix + "A", existingNo).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select unit_id from people_person where id = ?").param(existing).query(Long.class)
                .single()).isEqualTo(elsewhere);
    }

    @Test
    void an_unknown_post_or_person_in_the_assignments_is_reported_and_nothing_is_applied() throws Exception {
        String prefix = fixtures.unique("IMQ");
        List<String[]> people = List.<String[]>of(person(prefix + "B", "Would Be", "M", "1979-09-09", unitCode, null));
        List<String[]> assignments = List.<String[]>of(
                new String[] {prefix + "B", unitCode, "No Such Post", "Primary", "2024-01-01", null, null, null, null},
                new String[] {prefix + "ZZ", unitCode, "No Such Post", "Primary", "someday", null, null, null, null});
        upload(file("en", people, assignments), "en")
                .andExpect(content().string(containsString("The unit " + unitCode + " has no post titled No Such Post.")))
                .andExpect(content().string(containsString("There is no person with the employee number " + prefix + "ZZ")))
                .andExpect(content().string(containsString("“someday” is not a date")));
        assertThat(count(prefix + "B")).isZero();
    }

    @Test
    void a_failure_while_applying_rolls_everything_back_and_reports_the_row() throws Exception {
        String prefix = fixtures.unique("IMR");
        jdbc.sql("""
                insert into org_post (unit_id, title, level, track, approved_count) values (?, 'Full Post', 'STAFF',
                'MANAGEMENT', 0)
                """).param(unit).update();
        List<String[]> people = List.<String[]>of(person(prefix + "C", "Beyond Count", "M", "1979-09-09", unitCode, null));
        List<String[]> assignments = List.<String[]>of(
                new String[] {prefix + "C", unitCode, "Full Post", "Primary", "2024-01-01", null, null, null, null});
        upload(file("en", people, assignments), "en")
                .andExpect(content().string(containsString("Nothing was imported")))
                .andExpect(content().string(containsString("<td>2</td>")));
        assertThat(count(prefix + "C")).isZero();
    }

    @Test
    void a_file_that_is_not_excel_or_not_the_template_is_refused_with_a_clear_message() throws Exception {
        upload("name,gender\nLi,M\n".getBytes(), "en")
                .andExpect(content().string(containsString("The file is not an Excel (.xlsx) file, or it is damaged.")));
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("Sheet1");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            upload(out.toByteArray(), "en")
                    .andExpect(content().string(containsString("The file has no sheet named People")));
        }
    }

    @Test
    void the_import_page_offers_the_template_and_refuses_a_file_beyond_the_size_limit() throws Exception {
        mvc.perform(get("/people/import").param("lang", "en").with(user(orgDept)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/people/import/template.xlsx")))
                .andExpect(content().string(containsString("at most 10 MB")));
        upload(new byte[10 * 1024 * 1024 + 1], "en")
                .andExpect(content().string(containsString("The file is larger than 10 MB.")));
        mvc.perform(multipart("/api/v1/people/import").file(new MockMultipartFile("file", "big.xlsx",
                        "application/octet-stream", new byte[10 * 1024 * 1024 + 1])).with(user(orgDept)).with(csrf()))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.code").value("people.import.tooLarge"));
    }

    @Test
    void importing_needs_the_import_permission() throws Exception {
        mvc.perform(get("/people/import").with(user(TestUsers.unitHead(unit)))).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/people/import").file(new MockMultipartFile("file", new byte[] {1}))
                .with(user(TestUsers.unitHead(unit))).with(csrf())).andExpect(status().isForbidden());
    }
}
