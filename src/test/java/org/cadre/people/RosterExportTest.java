package org.cadre.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadre.IntegrationTest;
import org.cadre.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class RosterExportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long unit;

    @BeforeEach
    void people() {
        PeopleFixtures fixtures = new PeopleFixtures(jdbc);
        unit = fixtures.unit("Export Unit", null);
        fixtures.person("Older", unit).born(LocalDate.of(1965, 1, 1)).political("CPC_MEMBER").create();
        fixtures.person("Younger", unit).born(LocalDate.of(1995, 1, 1)).create();
        fixtures.person("Youngest", unit).born(LocalDate.of(1998, 1, 1)).female().create();
    }

    byte[] export(String lang, String... params) throws Exception {
        var request = get("/people/export.xlsx").param("unit", String.valueOf(unit)).param("lang", lang);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request.with(user(TestUsers.orgDept())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void the_export_holds_the_filtered_rows_in_the_roster_order_with_headers_in_the_users_language() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                export("en", "ageTo", "40", "sort", "BIRTH_DATE", "desc", "true")))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Name");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row first = sheet.getRow(1);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Youngest");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Female");
            assertThat(first.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(1998, 1, 1));
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("Export Unit");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Younger");
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                export("zh_CN", "political", "CPC_MEMBER")))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("姓名");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("中共党员");
        }
    }

    @Test
    void every_export_is_audited_with_its_filters_and_row_count() throws Exception {
        export("en", "gender", "F");
        assertThat(jdbc.sql("""
                select summary from audit_entry where action = 'people.exported' order by id desc limit 1
                """).query(String.class).single()).startsWith("1 rows").contains("gender=F").contains("unit=" + unit);
    }

    @Test
    void exporting_needs_the_export_permission() throws Exception {
        var reader = TestUsers.employee(1L);
        mvc.perform(get("/people/export.xlsx").with(user(reader))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people/export.xlsx").with(user(reader))).andExpect(status().isForbidden());
    }
}
