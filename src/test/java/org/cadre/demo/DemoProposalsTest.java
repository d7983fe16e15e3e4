package org.cadre.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.cadre.IntegrationTest;
import org.cadre.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class DemoProposalsTest {

    @Autowired
    DemoCompanyGenerator generator;
    @Autowired
    DemoCongress congress;
    @Autowired
    DemoProposals proposals;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Test
    void the_handling_report_of_the_demo_congress_second_meeting_gives_the_figures_of_its_plan() throws Exception {
        LocalDate today = LocalDate.now(clock);
        generator.generate(400, DemoCompanyLoader.SEED, today);
        congress.load(today);
        proposals.load(today);
        long meeting = jdbc.sql("select id from congress_meeting where ordinal = 2").query(Long.class).single();

        byte[] xlsx = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/congress/proposals/report.xlsx").param("meeting", String.valueOf(meeting))
                        .header("Accept-Language", "en")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user(TestUsers.orgDept())))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var figures = workbook.getSheetAt(0);
            assertThat(row(figures, 1)).containsExactly("Filing rate", "93.0%", "40 / 43");
            assertThat(row(figures, 2)).containsExactly("On-time answer rate", "87.5%", "35 / 40");
            assertThat(row(figures, 3)).containsExactly("Satisfaction rate", "99.0%", "95 / 96");
            assertThat(row(figures, 4)).containsExactly("Share solved (class A)", "58.3%", "21 / 36");
            var byState = workbook.getSheetAt(1);
            java.util.Map<String, String> states = new java.util.HashMap<>();
            for (int r = 1; r <= byState.getLastRowNum(); r++) {
                states.put(byState.getRow(r).getCell(0).getStringCellValue(),
                        byState.getRow(r).getCell(1).getStringCellValue());
            }
            assertThat(states).containsEntry("Closed", "37").containsEntry("Declined", "2").containsEntry("Merged", "1")
                    .containsEntry("With the department", "2").containsEntry("Answered, under review", "2")
                    .containsEntry("Awaiting ratings", "3");
        }
        byte[] pdf = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/congress/proposals/report.pdf").param("meeting", String.valueOf(meeting))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user(TestUsers.orgDept())))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(jdbc.sql("""
                select count(*) from congress_proposal p join congress_meeting m on m.id = p.meeting_id
                where m.ordinal = 3 and p.state = 'AWAITING_COSIGNERS'
                """).query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from congress_welfare_payment").query(Long.class).single()).isPositive();
    }

    private static java.util.List<String> row(org.apache.poi.ss.usermodel.Sheet sheet, int r) {
        var row = sheet.getRow(r);
        return java.util.List.of(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue(),
                row.getCell(2).getStringCellValue());
    }
}
