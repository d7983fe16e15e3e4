package org.cadre.congress.internal.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.cadre.IntegrationTest;
import org.cadre.TestUsers;
import org.cadre.congress.AnswerClass;
import org.cadre.congress.ProposalCategory;
import org.cadre.congress.ProposalKind;
import org.cadre.congress.ProposalState;
import org.cadre.congress.Rating;
import org.cadre.identity.CurrentUser;
import org.cadre.identity.Permissions;
import org.cadre.identity.ScopeKind;
import org.cadre.shared.BusinessRuleException;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** A proposal through its whole handling, on the database; each test rolls back. */
@IntegrationTest
@Transactional
class ProposalHandlingTest {

    @Autowired
    ProposalCommands commands;
    @Autowired
    ProposalViews views;
    @Autowired
    HandlingReport report;
    @Autowired
    OverdueChaser chaser;
    @Autowired
    Breakouts breakouts;
    @Autowired
    org.cadre.congress.internal.meetings.Delegates delegates;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    org.cadre.identity.AccountAdministration accounts;

    CongressFixtures congress;
    LocalDate today;
    long proposer;
    long first;
    long second;
    long leadUnit;
    long coUnit;
    CurrentUser union;
    CurrentUser lead;
    CurrentUser co;

    @BeforeEach
    void aCongressTakingProposalsWithThreeDelegatesAndTwoDepartments() {
        today = LocalDate.now(clock);
        congress = new CongressFixtures(jdbc, today);
        proposer = congress.delegate();
        first = congress.delegate();
        second = congress.delegate();
        leadUnit = congress.people.unit(congress.people.unique("后勤部"), null);
        coUnit = congress.people.unit(congress.people.unique("人力资源部"), null);
        union = TestUsers.withGrants("union-t", null, TestUsers.grant(ScopeKind.ALL, null, Permissions.CONGRESS_READ,
                Permissions.CONGRESS_MANAGE));
        lead = TestUsers.withGrants("lead-t", null, TestUsers.grant(ScopeKind.UNIT, leadUnit, Permissions.CONGRESS_READ,
                Permissions.PROPOSAL_ANSWER));
        co = TestUsers.withGrants("co-t", null, TestUsers.grant(ScopeKind.UNIT, coUnit, Permissions.CONGRESS_READ,
                Permissions.PROPOSAL_ANSWER));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_proposal_goes_from_draft_through_cosigning_filing_answer_and_countersigning_to_rated_and_closed() {
        long id = submittedAndCosigned();
        as(union, () -> {
            commands.file(id, leadUnit, List.of(coUnit), today.plusDays(30), null);
            return null;
        });
        assertThat(as(lead, () -> commands.answer(id, "已在夜班增设热菜窗口。"))).isEqualTo(ProposalState.COUNTERSIGNING);
        assertThat(as(co, () -> commands.countersign(id, coUnit, "同意"))).isEqualTo(ProposalState.ANSWERED);
        assertThat(as(union, () -> commands.review(id, true, AnswerClass.A, null))).isEqualTo(ProposalState.RATING);
        assertThat(as(delegate(proposer), () -> commands.rate(id, Rating.SATISFIED, null))).isEqualTo(ProposalState.RATING);
        assertThat(as(delegate(first), () -> commands.rate(id, Rating.BASICALLY_SATISFIED, null))).isEqualTo(ProposalState.RATING);
        assertThat(as(delegate(second), () -> commands.rate(id, Rating.SATISFIED, null))).isEqualTo(ProposalState.CLOSED);

        assertThat(jdbc.sql("select action from congress_proposal_event where proposal_id = ? order by id").param(id)
                .query(String.class).list()).containsSubsequence("drafted", "submit_for_cosigning", "cosigned", "cosigned",
                "submit", "file", "draft_answer", "countersigned", "answer", "accept", "rated.SATISFIED", "close");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'congress_proposal' and entity_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isGreaterThanOrEqualTo(12);
        var figures = report.figures(congress.meeting, today);
        assertThat(figures.filingRate()).isEqualByComparingTo("100");
        assertThat(figures.satisfactionRate()).isEqualByComparingTo("100");
        assertThat(figures.solvedShare()).isEqualByComparingTo("100");
        assertThat(figures.onTimeRate()).isEqualByComparingTo("100");
    }

    @Test
    void a_proposal_without_enough_cosigners_cannot_be_submitted_and_a_declined_cosignature_keeps_it_waiting() {
        long id = as(delegate(proposer), () -> commands.draft(ProposalKind.PROPOSAL, spec("关于增开通勤班车的建议",
                List.of(congress.employeeNo(first)))));
        assertThatThrownBy(() -> as(delegate(proposer), () -> commands.submit(id)))
                .isInstanceOf(BusinessRuleException.class).hasMessage("proposal.cosigners.tooFew");
        long other = as(delegate(proposer), () -> commands.draft(ProposalKind.PROPOSAL, spec("关于增开通勤班车的建议",
                List.of(congress.employeeNo(first), congress.employeeNo(second)))));
        as(delegate(proposer), () -> commands.submit(other));
        assertThat(as(delegate(first), () -> commands.cosign(other, false))).isEqualTo(ProposalState.AWAITING_COSIGNERS);
        assertThat(as(delegate(second), () -> commands.cosign(other, true))).isEqualTo(ProposalState.AWAITING_COSIGNERS);
        assertThatThrownBy(() -> as(delegate(first), () -> commands.cosign(other, true)))
                .hasMessage("proposal.cosign.notInvited");
    }

    @Test
    void an_employee_who_is_not_a_delegate_submits_a_suggestion_but_not_a_proposal() {
        long employee = congress.person();
        assertThatThrownBy(() -> as(delegate(employee), () -> commands.draft(ProposalKind.PROPOSAL,
                spec("关于开设技能培训班的建议", List.of())))).hasMessage("proposal.notDelegate");
        long id = as(delegate(employee), () -> commands.draft(ProposalKind.SUGGESTION, spec("关于开设技能培训班的建议",
                List.of())));
        assertThat(as(delegate(employee), () -> commands.submit(id))).isEqualTo(ProposalState.SUBMITTED);
    }

    @Test
    void an_unsatisfied_rating_sends_the_answer_back_to_the_lead_for_another_round() {
        long id = answeredAndAccepted(AnswerClass.B);
        assertThat(as(delegate(first), () -> commands.rate(id, Rating.UNSATISFIED, "仍未落实")))
                .isEqualTo(ProposalState.IN_HANDLING);
        assertThat(jdbc.sql("select round from congress_proposal where id = ?").param(id).query(Integer.class).single())
                .isEqualTo(2);
        assertThat(as(lead, () -> commands.answer(id, "第二次答复"))).isEqualTo(ProposalState.ANSWERED);
    }

    @Test
    void class_d_needs_a_reason_and_a_department_answers_only_within_its_scope() {
        long id = submittedAndCosigned();
        as(union, () -> {
            commands.file(id, leadUnit, List.of(), today.plusDays(30), null);
            return null;
        });
        assertThatThrownBy(() -> as(co, () -> commands.answer(id, "不是我们的"))).isInstanceOf(AccessDeniedException.class);
        as(lead, () -> commands.answer(id, "暂无条件"));
        assertThatThrownBy(() -> as(union, () -> commands.review(id, true, AnswerClass.D, " ")))
                .hasMessage("proposal.class.reasonForD");
        assertThat(as(union, () -> commands.review(id, true, AnswerClass.D, "资金未列入今年预算")))
                .isEqualTo(ProposalState.RATING);
    }

    @Test
    void the_lead_may_ask_for_reassignment_only_within_the_allowed_days() {
        long id = submittedAndCosigned();
        as(union, () -> {
            commands.file(id, leadUnit, List.of(), today.plusDays(30), null);
            return null;
        });
        jdbc.sql("update congress_proposal set assigned_on = ? where id = ?")
                .params(today.minusDays(commands.reassignmentDays() + 1), id).update();
        assertThatThrownBy(() -> as(lead, () -> {
            commands.requestReassignment(id, "不属于本部门职责");
            return null;
        })).hasMessage("proposal.reassign.late");
        jdbc.sql("update congress_proposal set assigned_on = ? where id = ?").params(today.minusDays(1), id).update();
        as(lead, () -> {
            commands.requestReassignment(id, "不属于本部门职责");
            return null;
        });
        as(union, () -> {
            commands.reassign(id, coUnit, null, null);
            return null;
        });
        assertThat(jdbc.sql("select lead_unit_id from congress_proposal where id = ?").param(id).query(Long.class).single())
                .isEqualTo(coUnit);
    }

    @Test
    void a_reworded_proposal_shows_the_reviewer_its_earlier_twin_from_the_previous_meeting() {
        long earlier = jdbc.sql("""
                insert into congress_proposal (meeting_id, kind, title, category, reasons, proposer_person_id, state)
                values (?, 'PROPOSAL', '关于改善夜班职工食堂伙食的建议', 'LIVING', '夜班职工反映食堂伙食单一、热菜少。', ?, 'CLOSED')
                returning id
                """).params(congress.earlierMeeting, first).query(Long.class).single();
        jdbc.sql("""
                insert into congress_proposal (meeting_id, kind, title, category, reasons, proposer_person_id, state)
                values (?, 'PROPOSAL', '关于增开通勤班车线路的建议', 'LIVING', '新园区距离市区远。', ?, 'CLOSED')
                """).params(congress.earlierMeeting, first).update();
        long id = submittedAndCosigned("建议改善职工食堂夜班伙食质量", "夜班时食堂伙食单一，热菜太少。");
        var similar = as(union, () -> views.detail(id).similar());
        assertThat(similar).extracting(ProposalViews.SimilarItem::id).containsExactly(earlier);
    }

    @Test
    void a_chase_of_an_overdue_proposal_notifies_the_lead_departments_handler_once_and_not_other_departments() {
        long handler = accounts.createAccount("lead-handler-" + System.nanoTime(), "Handler", "Lead-Handler-2026", null);
        accounts.grant(handler, "UNIT_HEAD", ScopeKind.UNIT, leadUnit);
        long otherHandler = accounts.createAccount("co-handler-" + System.nanoTime(), "Other", "Co-Handler-2026", null);
        accounts.grant(otherHandler, "UNIT_HEAD", ScopeKind.UNIT, coUnit);
        long id = submittedAndCosigned();
        as(union, () -> {
            commands.file(id, leadUnit, List.of(), today.plusDays(30), null);
            return null;
        });
        jdbc.sql("update congress_proposal set deadline = ? where id = ?").params(today.minusDays(1), id).update();

        chaser.chase(today);
        chaser.chase(today.plusDays(1));

        assertThat(jdbc.sql("""
                select url from notification_message where account_id = ? and message_key = 'proposal.reminder.notification'
                """).param(handler).query(String.class).list()).containsExactly("/congress/proposals/" + id);
        assertThat(jdbc.sql("select count(*) from notification_message where account_id = ?").param(otherHandler)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'proposal.reminded' and entity_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void the_proposal_list_offers_the_departments_open_today_to_filter_by_and_filters_by_the_one_picked() throws Exception {
        String leadCode = jdbc.sql("select code from org_unit where id = ?").param(leadUnit).query(String.class).single();
        long id = submittedAndCosigned();
        as(union, () -> {
            commands.file(id, leadUnit, List.of(), today.plusDays(30), null);
            return null;
        });
        mvc.perform(get("/congress/proposals").with(user(union)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<select class=\"form-select form-select-sm\" id=\"unit\" name=\"unit\">")))
                .andExpect(content().string(Matchers.containsString("<option value=\"" + leadCode + "\">")));
        mvc.perform(get("/congress/proposals").param("unit", leadCode).with(user(union)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/congress/proposals/" + id + "\"")));
        String otherCode = jdbc.sql("select code from org_unit where id = ?").param(coUnit).query(String.class).single();
        mvc.perform(get("/congress/proposals").param("unit", otherCode).with(user(union)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("/congress/proposals/" + id + "\""))));
        mvc.perform(get("/congress/proposals/{id}", id).with(user(union)))
                .andExpect(content().string(Matchers.containsString("<datalist id=\"open-units\">")));
    }

    @Test
    void a_draft_is_its_proposers_alone_the_union_does_not_see_it_and_another_delegate_guessing_its_id_gets_not_found()
            throws Exception {
        long id = as(delegate(proposer), () -> commands.draft(ProposalKind.PROPOSAL, spec("关于延长午休时间的建议",
                List.of(congress.employeeNo(first), congress.employeeNo(second)))));
        mvc.perform(get("/api/v1/congress/proposals/{id}", id).with(user(union))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/congress/proposals").with(user(union)))
                .andExpect(jsonPath("$.items[?(@.proposal.id == " + id + ")]").isEmpty());
        long stranger = congress.delegate();
        mvc.perform(post("/api/v1/congress/proposals/{id}/submit", id).with(user(delegate(stranger))).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/congress/proposals/{id}/submit", id).with(user(delegate(second))).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/congress/proposals/{id}", id).with(user(delegate(proposer)))).andExpect(status().isOk());
        assertThat(jdbc.sql("select state from congress_proposal where id = ?").param(id).query(String.class).single())
                .isEqualTo("DRAFT");
    }

    @Test
    void filing_without_a_lead_department_is_refused_naming_the_field_and_changes_nothing() throws Exception {
        long id = submittedAndCosigned();
        mvc.perform(post("/congress/proposals/{id}/file", id).with(user(union)).with(csrf())
                        .param("leadUnit", "").param("deadline", today.plusDays(30).toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("failure", "proposal.unit.required"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("failureField", "leadUnit"));
        assertThat(jdbc.sql("select state from congress_proposal where id = ?").param(id).query(String.class).single())
                .isEqualTo("SUBMITTED");
    }

    @Test
    void overdue_answers_are_chased_with_escalating_reminders_once_a_day() throws Exception {
        long id = submittedAndCosigned();
        as(union, () -> {
            commands.file(id, leadUnit, List.of(), today.plusDays(30), null);
            return null;
        });
        jdbc.sql("update congress_proposal set deadline = ? where id = ?").params(today.minusDays(8), id).update();
        assertThat(chaser.chase(today)).isGreaterThanOrEqualTo(1);
        int again = chaser.chase(today);
        assertThat(jdbc.sql("select level from congress_proposal_reminder where proposal_id = ?").param(id)
                .query(String.class).list()).containsExactly("UNION");
        assertThat(again).isZero();
        jdbc.sql("update congress_proposal set deadline = ? where id = ?").params(today.minusDays(3), id).update();
        chaser.chase(today.plusDays(0).plusDays(1));
        assertThat(jdbc.sql("select level from congress_proposal_reminder where proposal_id = ? order by day").param(id)
                .query(String.class).list()).containsExactly("UNION", "UNIT_HEAD");
        var owed = as(union, () -> views.owed(congress.meeting, null, null, true, org.cadre.shared.PageRequest.of(0, 20)));
        assertThat(owed.items()).extracting(l -> l.proposal().id()).contains(id);
        mvc.perform(get("/congress/proposals/{id}", id).with(user(union))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"reminders\"")));
        mvc.perform(get("/congress/proposals/dashboard").param("overdue", "true").with(user(lead)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("owed-" + id)));
    }

    @Test
    void the_pages_show_the_proposal_its_timeline_and_the_dashboard_to_who_may_see_them() throws Exception {
        long id = submittedAndCosigned();
        mvc.perform(get("/congress/proposals/{id}", id).with(user(union))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("file-proposal")));
        mvc.perform(get("/congress/proposals/{id}", id).with(user(lead))).andExpect(status().isNotFound());
        mvc.perform(get("/congress/proposals").param("meeting", String.valueOf(congress.meeting)).with(user(union)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("proposal-" + id)));
        mvc.perform(get("/congress/proposals/inbox").with(user(delegate(proposer)))).andExpect(status().isOk());
        mvc.perform(get("/congress/proposals/dashboard").with(user(union))).andExpect(status().isOk());
        mvc.perform(get("/congress/proposals/breakouts").with(user(union))).andExpect(status().isOk());
        mvc.perform(get("/congress/proposals/new").with(user(delegate(proposer)))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/congress/proposals").param("mine", "true").with(user(delegate(first))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/congress/proposals/figures").param("meeting", String.valueOf(congress.meeting))
                        .with(user(union)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.submitted").value(1))
                .andExpect(jsonPath("$.filingRate").value(0.0));
        mvc.perform(get("/congress/proposals/report.pdf").param("meeting", String.valueOf(congress.meeting))
                .with(user(union))).andExpect(status().isOk());
    }

    @Test
    void over_json_a_delegate_drafts_and_submits_and_bad_input_is_refused_with_a_localized_problem() throws Exception {
        String body = """
                {"kind": "PROPOSAL", "title": "关于增设职工健身房的建议", "category": "LIVING", "reasons": "下班后缺少锻炼场所。",
                 "cosignerEmployeeNos": ["%s", "%s"]}
                """.formatted(congress.employeeNo(first), congress.employeeNo(second));
        String created = mvc.perform(post("/api/v1/congress/proposals").with(user(delegate(proposer))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(post("/api/v1/congress/proposals/{id}/submit", id).with(user(delegate(proposer))).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("AWAITING_COSIGNERS"));
        mvc.perform(post("/api/v1/congress/proposals").with(user(delegate(proposer))).with(csrf())
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"PROPOSAL\", \"title\": \" \", \"category\": \"LIVING\", \"reasons\": \"x\"}"))
                .andExpect(status().is4xxClientError()).andExpect(content().string(Matchers.containsString("Required")));
        assertThat(jdbc.sql("select count(*) from congress_proposal where proposer_person_id = ?").param(proposer)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_delegation_secretary_appointed_on_the_delegations_page_records_an_opinion_that_is_answered_like_a_proposal()
            throws Exception {
        long secretary = congress.person();
        as(union, () -> {
            delegates.setSecretary(congress.delegation, congress.employeeNo(secretary));
            return null;
        });
        assertThat(as(union, () -> breakouts.secretaries(congress.meeting))).extracting(Breakouts.Secretary::personId)
                .containsExactly(secretary);
        // one place to appoint: the breakouts page shows the delegation secretary and sends the union to the delegations
        mvc.perform(get("/congress/proposals/breakouts").param("meeting", String.valueOf(congress.meeting))
                        .with(user(union))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/congress/terms/" + congress.term + "/delegates")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/congress/proposals/breakouts/secretaries"))));
        assertThatThrownBy(() -> as(delegate(proposer), () -> breakouts.recordOpinion(congress.meeting,
                congress.delegation, "意见", ProposalCategory.SAFETY, "内容"))).isInstanceOf(AccessDeniedException.class);
        long id = as(delegate(secretary), () -> breakouts.recordOpinion(congress.meeting, congress.delegation,
                "代表团建议增加安全投入", ProposalCategory.SAFETY, "多名代表提出安全培训经费不足。"));
        as(union, () -> {
            commands.file(id, leadUnit, List.of(), today.plusDays(30), null);
            return null;
        });
        as(lead, () -> commands.answer(id, "明年安全培训经费增加两成。"));
        assertThat(as(union, () -> commands.review(id, true, AnswerClass.B, null))).isEqualTo(ProposalState.CLOSED);
    }

    @Test
    void the_committee_returns_one_for_revision_which_comes_back_edited_and_merges_converts_or_declines_others() {
        long returned = submittedAndCosigned();
        as(union, () -> {
            commands.returnForRevision(returned, "请补充具体的窗口数量和时间");
            return null;
        });
        int version = jdbc.sql("select version from congress_proposal where id = ?").param(returned)
                .query(Integer.class).single();
        as(delegate(proposer), () -> {
            commands.edit(returned, spec("关于在夜班食堂增设两个热菜窗口的建议", List.of()), version);
            return null;
        });
        assertThat(as(delegate(proposer), () -> commands.submit(returned))).isEqualTo(ProposalState.SUBMITTED);

        long twin = submittedAndCosigned();
        long suggestion = submittedAndCosigned();
        long declined = submittedAndCosigned();
        as(union, () -> {
            commands.merge(twin, returned, "内容相同");
            commands.convert(suggestion, null);
            commands.decline(declined, "属于个人诉求");
            return null;
        });
        assertThat(jdbc.sql("select state || ' ' || kind from congress_proposal where id = any(?) order by id")
                .param(new Long[] {twin, suggestion, declined}).query(String.class).list())
                .containsExactly("MERGED PROPOSAL", "SUBMITTED SUGGESTION", "DECLINED PROPOSAL");
        assertThatThrownBy(() -> as(union, () -> {
            commands.decline(twin, "再次");
            return null;
        })).hasMessage("proposal.step.refused");
    }

    long submittedAndCosigned() {
        return submittedAndCosigned("关于改善夜班职工食堂伙食的建议", "夜班职工反映食堂伙食单一。");
    }

    long submittedAndCosigned(String title, String reasons) {
        long id = as(delegate(proposer), () -> commands.draft(ProposalKind.PROPOSAL, new ProposalCommands.ProposalSpec(
                title, ProposalCategory.LIVING, reasons, "增设夜班热菜窗口",
                List.of(congress.employeeNo(first), congress.employeeNo(second)))));
        as(delegate(proposer), () -> commands.submit(id));
        as(delegate(first), () -> commands.cosign(id, true));
        as(delegate(second), () -> commands.cosign(id, true));
        return id;
    }

    long answeredAndAccepted(AnswerClass answerClass) {
        long id = submittedAndCosigned();
        as(union, () -> {
            commands.file(id, leadUnit, List.of(), today.plusDays(30), null);
            return null;
        });
        as(lead, () -> commands.answer(id, "答复"));
        as(union, () -> commands.review(id, true, answerClass, null));
        return id;
    }

    ProposalCommands.ProposalSpec spec(String title, List<String> cosigners) {
        return new ProposalCommands.ProposalSpec(title, ProposalCategory.LIVING, "理由", null, cosigners);
    }

    CurrentUser delegate(long personId) {
        return TestUsers.withGrants("person" + personId, personId, TestUsers.grant(ScopeKind.SELF, null,
                Permissions.CONGRESS_READ));
    }

    <T> T as(CurrentUser user, Callable<T> action) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
