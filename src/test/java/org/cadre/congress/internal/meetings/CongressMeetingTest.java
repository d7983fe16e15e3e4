package org.cadre.congress.internal.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.cadre.identity.Permissions;
import org.cadre.identity.ScopeKind;
import org.cadre.people.PeopleFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A congress term of nine delegates run through the pages: election, check-in to the quorum, counted votes decided
 * against all delegates, the delegate's own check-in by the venue's QR code, replacement with history, the all-or-
 * nothing import. Each test rolls back.
 */
@IntegrationTest
@Transactional
class CongressMeetingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.cadre.identity.AccountAdministration accounts;
    @Autowired
    org.cadre.ballots.Ballots ballots;

    PeopleFixtures people;
    CurrentUser union = TestUsers.withGrants("union-test", null, TestUsers.grant(ScopeKind.ALL, null,
            Permissions.CONGRESS_READ, Permissions.CONGRESS_MANAGE, Permissions.DISCLOSURE_MANAGE));
    List<Long> persons = new ArrayList<>();
    List<String> numbers = new ArrayList<>();
    long term;
    long delegation;
    long meeting;

    @BeforeEach
    void aTermWithNineDelegatesAndAMeetingInSession() throws Exception {
        people = new PeopleFixtures(jdbc);
        long unit = people.unit(people.unique("Plant"), null);
        for (int i = 0; i < 10; i++) {
            long id = people.person(people.unique("Delegate"), unit).create();
            persons.add(id);
            numbers.add(jdbc.sql("select employee_no from people_person where id = ?").param(id).query(String.class)
                    .single());
        }
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        int ordinal = 900 + (int) (Math.random() * 9000);
        mvc.perform(post("/congress/terms").with(user(union)).with(csrf()).param("ordinal", String.valueOf(ordinal))
                        .param("name", "测试届").param("startsOn", today.minusYears(1).toString())
                        .param("endsOn", today.plusYears(4).toString()))
                .andExpect(status().is3xxRedirection());
        term = jdbc.sql("select id from congress_term where ordinal = ?").param(ordinal).query(Long.class).single();
        delegation = jdbc.sql("insert into congress_delegation (term_id, name) values (?, '一车间代表团') returning id")
                .param(term).query(Long.class).single();
        for (int i = 0; i < 9; i++) {
            mvc.perform(post("/congress/terms/{id}/delegates", term).with(user(union)).with(csrf())
                            .param("employeeNo", numbers.get(i)).param("delegationId", String.valueOf(delegation))
                            .param("category", i < 5 ? "FRONT_LINE" : i < 8 ? "TECHNICAL" : "MANAGER")
                            .param("electedOn", today.minusYears(1).toString()))
                    .andExpect(flash().attribute("notice", "congress.delegate.added"));
        }
        mvc.perform(post("/congress/meetings").with(user(union)).with(csrf()).param("termId", String.valueOf(term))
                        .param("ordinal", "1").param("name", "第一次会议").param("startsOn", today.toString())
                        .param("endsOn", today.plusDays(1).toString()).param("mainVenue", "大礼堂"))
                .andExpect(status().is3xxRedirection());
        meeting = jdbc.sql("select id from congress_meeting where term_id = ?").param(term).query(Long.class).single();
        mvc.perform(post("/congress/meetings/{id}/state", meeting).with(user(union)).with(csrf()).param("to", "IN_SESSION"))
                .andExpect(flash().attribute("notice", "congress.meeting.stateChanged"));
    }

    long document(String title) throws Exception {
        mvc.perform(post("/congress/meetings/{id}/agenda", meeting).with(user(union)).with(csrf())
                .param("kind", "DOCUMENT_TO_ADOPT").param("title", title)).andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from congress_agenda_item where meeting_id = ? and title = ?").param(meeting)
                .param(title).query(Long.class).single();
    }

    void checkIn(List<String> employeeNos) throws Exception {
        mvc.perform(post("/congress/meetings/{id}/checkin", meeting).with(user(union)).with(csrf())
                        .param("employeeNos", String.join("\n", employeeNos)))
                .andExpect(flash().attribute("notice", "congress.checkin.done"));
    }

    long openCounted(long item) throws Exception {
        mvc.perform(post("/congress/agenda/{id}/vote", item).with(user(union)).with(csrf()).param("mode", "COUNTED"))
                .andExpect(flash().attribute("notice", "congress.vote.opened"));
        return jdbc.sql("select id from congress_vote where agenda_item_id = ?").param(item).query(Long.class).single();
    }

    @Test
    void a_vote_opens_only_with_two_thirds_present_and_adopts_with_more_than_half_of_all_delegates() throws Exception {
        long welfare = document("2027年职工福利方案");
        long leave = document("带薪休假制度修订");
        checkIn(numbers.subList(0, 5));
        mvc.perform(post("/congress/agenda/{id}/vote", welfare).with(user(union)).with(csrf()).param("mode", "COUNTED"))
                .andExpect(flash().attribute("failure", "congress.vote.noQuorum"));
        mvc.perform(get("/congress/meetings/{id}/quorum", meeting).with(user(union)))
                .andExpect(content().string(containsString("id=\"quorum-present\">5<")));

        checkIn(numbers.subList(5, 6)); // 6 of 9: two thirds
        long vote = openCounted(welfare);
        // 5 for of 6 present: more than half of all 9 delegates
        mvc.perform(post("/congress/votes/{id}/counts", vote).with(user(union)).with(csrf())
                        .param("votesFor", "5").param("votesAgainst", "0").param("abstentions", "1"))
                .andExpect(flash().attribute("notice", "congress.vote.adoptedNotice"));
        // 4 for, a majority of those voting, but not more than half of all 9
        long second = openCounted(leave);
        mvc.perform(post("/congress/votes/{id}/counts", second).with(user(union)).with(csrf())
                        .param("votesFor", "4").param("votesAgainst", "1").param("abstentions", "1"))
                .andExpect(flash().attribute("notice", "congress.vote.rejectedNotice"));
        mvc.perform(post("/congress/votes/{id}/counts", second).with(user(union)).with(csrf())
                        .param("votesFor", "6").param("votesAgainst", "0").param("abstentions", "0"))
                .andExpect(flash().attribute("failure", "congress.vote.decided"));

        mvc.perform(get("/congress/meetings/{id}/documents", meeting).with(user(union)).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("2027年职工福利方案")))
                .andExpect(content().string(containsString("5 for, 0 against, 1 abstained, of 9 delegates")))
                .andExpect(content().string(containsString("Counts entered (show of hands)")))
                .andExpect(content().string(containsString("Adopted with at least 5 votes for: more than half of all 9 delegates")))
                .andExpect(content().string(not(containsString("带薪休假制度修订"))));
        mvc.perform(get("/congress/votes/{id}/sheet", vote).with(user(union)).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("more than half of all 9 delegates")))
                .andExpect(content().string(containsString("id=\"ballot-sheet\"")));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'congress.vote.decided'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_counted_vote_has_its_show_of_hands_on_the_ballot_engine_published_with_the_entered_counts() throws Exception {
        long item = document("劳动合同管理办法");
        checkIn(numbers.subList(0, 6));
        long vote = openCounted(item);
        mvc.perform(post("/congress/votes/{id}/counts", vote).with(user(union)).with(csrf())
                        .param("votesFor", "4").param("votesAgainst", "1").param("abstentions", "0"))
                .andExpect(flash().attribute("notice", "congress.vote.rejectedNotice"));

        Long ballotId = jdbc.sql("select ballot_id from congress_vote where id = ?").param(vote).query(Long.class).single();
        org.cadre.ballots.BallotSummary ballot = ballots.find(ballotId).orElseThrow();
        assertThat(ballot.mode()).isEqualTo(org.cadre.ballots.BallotMode.COUNTED);
        assertThat(ballot.state()).isEqualTo(org.cadre.ballots.BallotState.PUBLISHED);
        assertThat(ballot.origin()).isEqualTo("congress-vote:" + item);
        assertThat(ballot.eligible()).isEqualTo(6);
        assertThat(ballot.voted()).isEqualTo(5);
        var question = ballots.results(ballotId).questions().get(0);
        assertThat(question.answer("FOR").total().intValue()).isEqualTo(4);
        assertThat(question.answer("AGAINST").total().intValue()).isEqualTo(1);
        assertThat(jdbc.sql("select votes_for from congress_vote where id = ?").param(vote).query(Integer.class).single())
                .isEqualTo(4);
    }

    @Test
    void the_delegation_secretary_is_appointed_through_the_api_with_the_former_secretary_kept_in_history()
            throws Exception {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        jdbc.sql("insert into congress_delegation_secretary (delegation_id, person_id, valid_from) values (?, ?, ?)")
                .params(delegation, persons.get(0), today.minusMonths(6)).update();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .put("/api/v1/congress/delegations/{id}/secretary", delegation).with(user(union)).with(csrf())
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"employeeNo\": \"" + numbers.get(1) + "\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/congress/terms/{id}/delegations", term).with(user(union)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .jsonPath("$[0].secretaryPersonId").value(persons.get(1)));
        assertThat(jdbc.sql("""
                select person_id || ':' || coalesce(valid_to::text, 'open') from congress_delegation_secretary
                where delegation_id = ? order by valid_from
                """).param(delegation).query(String.class).list())
                .containsExactly(persons.get(0) + ":" + today, persons.get(1) + ":open");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .put("/api/v1/congress/delegations/{id}/secretary", delegation).with(user(union)).with(csrf())
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"employeeNo\": \"NOBODY-1\"}"))
                .andExpect(status().is4xxClientError());
        assertThat(jdbc.sql("select count(*) from congress_delegation_secretary where delegation_id = ?")
                .param(delegation).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void a_secret_vote_opened_notifies_the_delegates_present_once_with_a_link_to_their_ballot_and_not_the_absent()
            throws Exception {
        long present = accounts.createAccount("present-" + System.nanoTime(), "Present", "Present-Delegate-2026",
                persons.get(0));
        long absent = accounts.createAccount("absent-" + System.nanoTime(), "Absent", "Absent-Delegate-2026",
                persons.get(8));
        long item = document("职工代表提案工作条例");
        checkIn(numbers.subList(0, 6));
        mvc.perform(post("/congress/agenda/{id}/vote", item).with(user(union)).with(csrf()).param("mode", "SECRET"))
                .andExpect(flash().attribute("notice", "congress.vote.opened"));
        Long ballot = jdbc.sql("select ballot_id from congress_vote where agenda_item_id = ?").param(item)
                .query(Long.class).single();

        assertThat(jdbc.sql("select url from notification_message where account_id = ? and message_key = ?")
                .params(present, "congress.reminder.voteOpened").query(String.class).list())
                .containsExactly("/my/ballots/" + ballot);
        assertThat(jdbc.sql("select count(*) from notification_message where account_id = ?").param(absent)
                .query(Long.class).single()).isZero();
    }

    @Test
    void counts_over_those_present_are_refused_and_change_nothing() throws Exception {
        long item = document("厂务公开实施细则");
        checkIn(numbers.subList(0, 6));
        long vote = openCounted(item);
        mvc.perform(post("/congress/votes/{id}/counts", vote).with(user(union)).with(csrf())
                        .param("votesFor", "6").param("votesAgainst", "1").param("abstentions", "0"))
                .andExpect(flash().attribute("failure", "congress.vote.countsOverPresent"));
        assertThat(jdbc.sql("select state from congress_vote where id = ?").param(vote).query(String.class).single())
                .isEqualTo("OPEN");
        Long ballotId = jdbc.sql("select ballot_id from congress_vote where id = ?").param(vote).query(Long.class).single();
        assertThat(ballots.find(ballotId).orElseThrow().state()).isEqualTo(org.cadre.ballots.BallotState.OPEN);
        assertThat(jdbc.sql("select count(*) from ballot_count where ballot_id = ?").param(ballotId).query(Long.class)
                .single()).isZero();
    }

    @Test
    void a_delegate_checks_in_once_by_the_venue_qr_code_and_an_officer_cannot_check_them_in_again() throws Exception {
        mvc.perform(get("/congress/meetings/{id}/checkin", meeting).with(user(union)))
                .andExpect(content().string(containsString("data:image/png;base64,")));
        String token = jdbc.sql("select token from congress_meeting_checkin where meeting_id = ?").param(meeting)
                .query(String.class).single();
        CurrentUser delegate = TestUsers.withGrants("delegate-test", persons.get(0),
                TestUsers.grant(ScopeKind.SELF, null, Permissions.CONGRESS_READ));
        mvc.perform(post("/congress/checkin/{t}", token).with(user(delegate)).with(csrf()))
                .andExpect(flash().attribute("notice", "congress.checkin.self"));
        mvc.perform(post("/congress/checkin/{t}", token).with(user(delegate)).with(csrf()))
                .andExpect(flash().attribute("failure", "congress.checkin.already"));
        mvc.perform(post("/congress/meetings/{id}/checkin", meeting).with(user(union)).with(csrf())
                        .param("employeeNos", numbers.get(0)))
                .andExpect(flash().attribute("failure", "congress.checkin.alreadyOne"));
        CurrentUser outsider = TestUsers.withGrants("outsider-test", persons.get(9),
                TestUsers.grant(ScopeKind.SELF, null, Permissions.CONGRESS_READ));
        mvc.perform(post("/congress/checkin/{t}", token).with(user(outsider)).with(csrf()))
                .andExpect(flash().attribute("failure", "congress.checkin.notDelegate"));
        // a reader may not check others in
        mvc.perform(post("/congress/meetings/{id}/checkin", meeting).with(user(delegate)).with(csrf())
                .param("employeeNos", numbers.get(1))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from congress_attendance where meeting_id = ?").param(meeting)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_replaced_delegate_keeps_their_ended_seat_with_the_reason_and_the_successor_sits_in_the_same_delegation()
            throws Exception {
        long seat = jdbc.sql("select id from congress_delegate where term_id = ? and person_id = ?").param(term)
                .param(persons.get(0)).query(Long.class).single();
        mvc.perform(post("/congress/delegates/{id}/replace", seat).with(user(union)).with(csrf())
                        .param("successor", numbers.get(9)).param("reason", ""))
                .andExpect(flash().attribute("failure", "congress.delegate.reasonRequired"));
        mvc.perform(post("/congress/delegates/{id}/replace", seat).with(user(union)).with(csrf())
                        .param("successor", numbers.get(9)).param("reason", "调离本公司"))
                .andExpect(flash().attribute("notice", "congress.delegate.replacedNotice"));
        long successor = jdbc.sql("select id from congress_delegate where replaces_delegate_id = ?").param(seat)
                .query(Long.class).single();
        assertThat(jdbc.sql("select delegation_id from congress_delegate where id = ?").param(successor)
                .query(Long.class).single()).isEqualTo(delegation);
        mvc.perform(get("/congress/delegates/{id}", successor).with(user(union)))
                .andExpect(content().string(containsString("调离本公司")));
        assertThat(jdbc.sql("select count(*) from congress_delegate where term_id = ? and valid_to is null").param(term)
                .query(Long.class).single()).isEqualTo(9);
    }

    @Test
    void an_import_with_one_bad_row_imports_nothing_and_names_the_row_and_column() throws Exception {
        jdbc.sql("delete from congress_delegate where term_id = ? and person_id = ?").param(term).param(persons.get(8))
                .update();
        byte[] bad = sheet(List.of(new String[] {numbers.get(9), "一车间代表团", "一工区", "一线职工"},
                new String[] {numbers.get(8), "不存在代表团", "", "FRONT_LINE"}));
        mvc.perform(multipart("/congress/terms/{id}/delegates/import", term)
                        .file(new MockMultipartFile("file", "d.xlsx", null, bad)).with(user(union)).with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No delegation &quot;不存在代表团&quot; in this term.")))
                .andExpect(content().string(containsString("<td>3</td>")));
        assertThat(jdbc.sql("select count(*) from congress_delegate where term_id = ?").param(term).query(Long.class)
                .single()).isEqualTo(8);
        byte[] good = sheet(List.<String[]>of(new String[] {numbers.get(9), "一车间代表团", "一工区", "一线职工"},
                new String[] {numbers.get(8), "一车间代表团", "", "TECHNICAL"}));
        mvc.perform(multipart("/congress/terms/{id}/delegates/import", term)
                        .file(new MockMultipartFile("file", "d.xlsx", null, good)).with(user(union)).with(csrf()))
                .andExpect(flash().attribute("notice", "congress.import.done"));
        assertThat(jdbc.sql("select count(*) from congress_delegate where term_id = ?").param(term).query(Long.class)
                .single()).isEqualTo(10);
        mvc.perform(get("/api/v1/congress/terms/{id}/delegates", term).param("constituency", "一工区").with(user(union)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.total").value(1))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.items[0].employeeNo")
                        .value(numbers.get(9)));
    }

    @Test
    void the_composition_shows_each_rule_met_or_violated_with_its_numbers() throws Exception {
        mvc.perform(get("/congress/terms/{id}/delegates", term).with(user(union)).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("5 of 9 (55.6 %)")))
                .andExpect(content().string(containsString("1 of 9 (11.1 %)")));
    }

    @Test
    void the_site_officer_marks_the_delegates_of_their_video_site_present_and_nobody_else_may() throws Exception {
        mvc.perform(post("/congress/meetings/{id}/venues", meeting).with(user(union)).with(csrf())
                        .param("name", "西部基地分会场").param("officer", numbers.get(9))
                        .param("delegationIds", String.valueOf(delegation)))
                .andExpect(flash().attribute("notice", "congress.venue.added"));
        long venue = jdbc.sql("select id from congress_venue where meeting_id = ? and not main").param(meeting)
                .query(Long.class).single();
        List<Long> seats = jdbc.sql("select id from congress_delegate where term_id = ? order by id").param(term)
                .query(Long.class).list();
        CurrentUser officer = TestUsers.withGrants("site-officer-test", persons.get(9),
                TestUsers.grant(ScopeKind.SELF, null, Permissions.CONGRESS_READ));
        CurrentUser delegate = TestUsers.withGrants("delegate-test", persons.get(0),
                TestUsers.grant(ScopeKind.SELF, null, Permissions.CONGRESS_READ));
        mvc.perform(get("/congress/meetings/{m}/sites/{v}", meeting, venue).with(user(officer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("site-delegate-" + seats.get(0))));
        mvc.perform(post("/congress/meetings/{m}/sites/{v}", meeting, venue).with(user(delegate)).with(csrf())
                .param("delegateIds", String.valueOf(seats.get(0)))).andExpect(status().isForbidden());
        mvc.perform(post("/congress/meetings/{m}/sites/{v}", meeting, venue).with(user(officer)).with(csrf())
                        .param("delegateIds", String.valueOf(seats.get(0)), String.valueOf(seats.get(1))))
                .andExpect(flash().attribute("notice", "congress.site.marked"));
        assertThat(jdbc.sql("select count(*) from congress_attendance where meeting_id = ? and method = 'SITE'")
                .param(meeting).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void every_page_and_the_json_view_of_the_congress_render_for_the_union() throws Exception {
        for (String page : List.of("/congress", "/congress/terms/new", "/congress/terms/" + term + "/edit",
                "/congress/meetings/new?term=" + term, "/congress/meetings/" + meeting + "/edit",
                "/congress/meetings/" + meeting, "/congress/meetings/" + meeting + "/screen",
                "/congress/meetings/" + meeting + "/checkin", "/congress/board", "/congress/board/new")) {
            mvc.perform(get(page).with(user(union))).andExpect(status().isOk());
        }
        String hub = mvc.perform(get("/congress").with(user(union))).andReturn().getResponse().getContentAsString();
        assertThat(hub).as("the hub links every part").contains("/congress/meetings/" + meeting + "\"",
                "/congress/meetings/" + meeting + "/documents", "/congress/terms/" + term + "/delegates",
                "/congress/proposals\"", "/congress/proposals/dashboard", "/congress/proposals/inbox",
                "/congress/proposals/breakouts", "/congress/proposals/new?kind=SUGGESTION", "/congress/board\"",
                "/congress/welfare\"");
        mvc.perform(get("/api/v1/congress/meetings/{id}", meeting).with(user(union)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.quorum.all")
                        .value(9));
    }

    @Test
    void a_meeting_outside_its_term_is_refused_on_the_form_with_what_was_typed_and_nothing_is_saved() throws Exception {
        LocalDate late = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusYears(6);
        mvc.perform(post("/congress/meetings").with(user(union)).with(csrf()).param("termId", String.valueOf(term))
                        .param("ordinal", "2").param("name", "第二次会议（拟）").param("startsOn", late.toString())
                        .param("endsOn", late.plusDays(1).toString()).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("the meeting must lie within the term")))
                .andExpect(content().string(containsString("value=\"第二次会议（拟）\"")));
        assertThat(jdbc.sql("select count(*) from congress_meeting where term_id = ?").param(term).query(Long.class)
                .single()).isEqualTo(1);
    }

    private static byte[] sheet(List<String[]> rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("代表");
            Row header = sheet.createRow(0);
            String[] titles = {"工号", "代表团", "选区", "代表类别"};
            for (int c = 0; c < titles.length; c++) {
                header.createCell(c).setCellValue(titles[c]);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).length; c++) {
                    row.createCell(c).setCellValue(rows.get(r)[c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
