package org.cadre.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import java.math.BigDecimal;

import org.cadre.ballots.BallotMode;
import org.cadre.ballots.BallotSpec;
import org.cadre.ballots.Ballots;
import org.cadre.ballots.PassRule;
import org.cadre.ballots.Quorum;
import org.cadre.ballots.Scale;
import org.cadre.shared.CadreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo congress's meetings on top of {@link DemoCongress}: meeting 3 (two weeks ahead) with its agenda — the work
 * report, the 2027 welfare scheme and the paid-leave rules revision to adopt, the honors — their materials and the
 * West base's video site; meeting 2 (a year ago) closed with its attendance and its adopted documents and votes; a
 * secretary per delegation; the transparency board's categories and items, one required disclosure overdue. Plain
 * SQL like {@link DemoCongress} (see package-info); loads only while the congress's agenda and board are empty.
 */
@Component
@Order(31)
class DemoCongressMeetings implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCongressMeetings.class);

    private final CadreProperties properties;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Ballots ballots;

    DemoCongressMeetings(CadreProperties properties, JdbcClient jdbc, TransactionTemplate transaction, Clock clock,
                         Ballots ballots) {
        this.properties = properties;
        this.ballots = ballots;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled()
                || jdbc.sql("select count(*) from congress_term").query(Long.class).single() == 0
                || jdbc.sql("select count(*) from congress_agenda_item").query(Long.class).single() > 0
                || jdbc.sql("select count(*) from congress_disclosure_category").query(Long.class).single() > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> load(LocalDate.now(clock)));
    }

    void load(LocalDate today) {
        long term = jdbc.sql("select id from congress_term where ordinal = 1").query(Long.class).single();
        jdbc.sql("insert into congress_composition_rule (term_id) values (?) on conflict do nothing").param(term).update();
        long second = meetingId(term, 2);
        long third = meetingId(term, 3);
        String venue = "公司总部职工活动中心大礼堂";
        long mainSecond = venue(second, venue, true, null);
        venue(third, venue, true, null);

        // the West base's video site, with its site officer and the base's delegations
        Long westOfficer = jdbc.sql("""
                select p.id from people_person p join org_unit u on u.id = p.unit_id
                where u.code = 'JY-XB-D01' and p.status = 'ACTIVE' order by p.employee_no limit 1
                """).query(Long.class).optional().orElse(null);
        long site = venue(third, "西部生产基地视频分会场", false, westOfficer);
        jdbc.sql("""
                insert into congress_venue_delegation (venue_id, delegation_id)
                select :site, g.id from congress_delegation g
                join org_unit_version v on v.unit_id = g.unit_id and v.valid_to is null
                join org_unit b on b.id = v.parent_id
                where g.term_id = :term and b.code = 'JY-XB'
                """).param("site", site).param("term", term).update();

        // a secretary per delegation: its first technical or front-line delegate
        jdbc.sql("""
                insert into congress_delegation_secretary (delegation_id, person_id, valid_from)
                select distinct on (d.delegation_id) d.delegation_id, d.person_id, t.starts_on
                from congress_delegate d join congress_term t on t.id = d.term_id
                where d.term_id = ? and d.valid_to is null
                order by d.delegation_id, (d.category = 'TECHNICAL') desc, d.id
                """).param(term).update();

        // meeting 3: the agenda and its materials
        item(third, 1, "REPORT", "公司工作报告", "总经理", "公司2026年工作报告（征求意见稿）.txt",
                "一、2026年工作回顾\n二、2027年工作安排\n三、重点任务");
        item(third, 2, "DOCUMENT_TO_ADOPT", "2027年职工福利方案", "工会主席", "2027年职工福利方案（草案）.txt",
                "一、节日慰问\n二、健康体检\n三、困难职工帮扶\n四、文体活动经费");
        item(third, 3, "DOCUMENT_TO_ADOPT", "带薪休假管理办法（修订）", "人力资源部部长", "带薪休假管理办法（修订草案）.txt",
                "第一条 为保障职工休息休假权利……\n第五条 年休假可分段安排……");
        item(third, 4, "HONORS", "表彰2026年度先进集体和先进个人", "党委副书记", null, null);

        // meeting 2: closed, with attendance and its votes
        item(second, 1, "REPORT", "公司工作报告", "总经理", null, null);
        long welfare = item(second, 2, "DOCUMENT_TO_ADOPT", "2026年职工福利方案", "工会主席", "2026年职工福利方案.txt",
                "2026年职工福利方案（经职代会审议通过）");
        long contract = item(second, 3, "DOCUMENT_TO_ADOPT", "集体合同（2026—2028年）", "工会主席", "集体合同.txt",
                "集体合同（经职代会审议通过）");
        LocalDate held = jdbc.sql("select starts_on from congress_meeting where id = ?").param(second)
                .query(LocalDate.class).single();
        OffsetDateTime at = held.atTime(8, 30).atZone(clock.getZone()).toOffsetDateTime();
        int present = jdbc.sql("""
                insert into congress_attendance (meeting_id, delegate_id, venue_id, method, checked_in_at, recorded_by)
                select :m, d.id, :v, 'OFFICER', :at, 'union' from congress_delegate d
                where d.term_id = :term and d.valid_from <= :day and (d.valid_to is null or d.valid_to > :day)
                order by d.id offset 12
                """).param("m", second).param("v", mainSecond).param("at", at).param("term", term).param("day", held)
                .update();
        int all = jdbc.sql("""
                select count(*) from congress_delegate
                where term_id = :term and valid_from <= :day and (valid_to is null or valid_to > :day)
                """).param("term", term).param("day", held).query(Integer.class).single();
        List<Long> roll = jdbc.sql("""
                select d.person_id from congress_attendance a join congress_delegate d on d.id = a.delegate_id
                where a.meeting_id = ? order by d.id
                """).param(second).query(Long.class).list();
        String meetingName = jdbc.sql("select name from congress_meeting where id = ?").param(second)
                .query(String.class).single();
        vote(welfare, "2026年职工福利方案", meetingName, roll, all, present, present - 9, 5, 4, at.plusHours(3));
        vote(contract, "集体合同（2026—2028年）", meetingName, roll, all, present, present - 14, 8, 6,
                at.plusHours(3).plusMinutes(20));

        board(today);
        log.info("Demo congress meetings loaded: agendas, materials, a video site, meeting 2's votes, the board");
    }

    private long meetingId(long term, int ordinal) {
        return jdbc.sql("select id from congress_meeting where term_id = ? and ordinal = ?").param(term).param(ordinal)
                .query(Long.class).single();
    }

    private long venue(long meeting, String name, boolean main, Long officer) {
        return jdbc.sql("""
                insert into congress_venue (meeting_id, name, main, officer_person_id) values (?, ?, ?, ?) returning id
                """).param(meeting).param(name).param(main).param(officer).query(Long.class).single();
    }

    private long item(long meeting, int position, String kind, String title, String presenter, String file,
                      String text) {
        long id = jdbc.sql("""
                insert into congress_agenda_item (meeting_id, position, kind, title, presenter)
                values (?, ?, ?, ?, ?) returning id
                """).param(meeting).param(position).param(kind).param(title).param(presenter).query(Long.class).single();
        if (file != null) {
            byte[] content = text.getBytes(StandardCharsets.UTF_8);
            jdbc.sql("""
                    insert into congress_material (agenda_item_id, file_name, content_type, size_bytes, content, uploaded_by)
                    values (?, ?, 'text/plain; charset=UTF-8', ?, ?, 'union')
                    """).param(id).param(file).param(content.length).param(content).update();
        }
        return id;
    }

    /**
     * A show of hands of meeting 2, as the congress enters it: its ballot on the engine (COUNTED, the delegates
     * present on the roll) with the counts, closed and published, dated to the meeting.
     */
    private void vote(long item, String title, String meetingName, List<Long> roll, int all, int present,
                      int votesFor, int against, int abstain, OffsetDateTime at) {
        long ballot = ballots.create(new BallotSpec(title, meetingName, BallotMode.COUNTED, PassRule.NONE, Quorum.NONE,
                1, "congress-vote:" + item, List.of(new BallotSpec.GroupSpec("到会职工代表", BigDecimal.ONE, roll)),
                List.of(BallotSpec.QuestionSpec.choice(title, Scale.FOR_AGAINST))));
        ballots.open(ballot);
        ballots.enterCounts(ballot, ballots.groupIds(ballot).get(0), votesFor + against + abstain,
                Map.of(ballots.questionIds(ballot).get(0), Map.of("FOR", votesFor, "AGAINST", against, "ABSTAIN",
                        abstain)));
        ballots.close(ballot);
        ballots.publish(ballot);
        jdbc.sql("update ballot set created_at = ?, opened_at = ?, closed_at = ?, published_at = ? where id = ?")
                .params(at.minusMinutes(10), at.minusMinutes(10), at, at, ballot).update();
        jdbc.sql("""
                insert into congress_vote (agenda_item_id, mode, ballot_id, state, all_delegates, present, votes_for,
                                           votes_against, abstentions, adopted, opened_at, opened_by, decided_at,
                                           decided_by)
                values (?, 'COUNTED', ?, 'DECIDED', ?, ?, ?, ?, ?, ?, ?, 'union', ?, 'union')
                """).param(item).param(ballot).param(all).param(present).param(votesFor).param(against).param(abstain)
                .param(3L * present >= 2L * all && 2L * votesFor > all).param(at.minusMinutes(10)).param(at).update();
    }

    private void board(LocalDate today) {
        Map<String, Long> categories = new java.util.LinkedHashMap<>();
        Object[][] defs = {
                {"财务预算", "YEARLY", true}, {"业务招待费", "QUARTERLY", true}, {"职工福利", "QUARTERLY", true},
                {"评先评优", "PER_EVENT", false}, {"干部选拔", "PER_EVENT", false}, {"安全生产", "MONTHLY", true}};
        int order = 1;
        for (Object[] d : defs) {
            categories.put((String) d[0], jdbc.sql("""
                    insert into congress_disclosure_category (name, period, required, sort_order, created_at)
                    values (?, ?, ?, ?, ?) returning id
                    """).param(d[0]).param(d[1]).param(d[2]).param(order++)
                    .param(today.minusYears(2).atStartOfDay(clock.getZone()).toOffsetDateTime())
                    .query(Long.class).single());
        }
        Long west = jdbc.sql("select id from org_unit where code = 'JY-XB'").query(Long.class).optional().orElse(null);
        // 业务招待费 is quarterly and required, its last disclosure five months ago: overdue
        List<Object[]> items = List.of(
                new Object[] {"财务预算", null, "公司2026年度财务预算执行情况", 40},
                new Object[] {"财务预算", null, "公司2025年度财务决算报告", 300},
                new Object[] {"业务招待费", null, "2026年第一季度业务招待费使用情况", 240},
                new Object[] {"业务招待费", null, "2026年第二季度业务招待费使用情况", 150},
                new Object[] {"职工福利", null, "2026年第三季度职工福利费使用情况", 30},
                new Object[] {"职工福利", null, "2026年职工健康体检安排", 120},
                new Object[] {"职工福利", west, "西部基地2026年防暑降温费发放情况", 110},
                new Object[] {"评先评优", null, "2026年度先进集体和先进个人评选结果公示", 6},
                new Object[] {"评先评优", null, "2026年度劳动模范推荐人选公示", 60},
                new Object[] {"干部选拔", null, "中层管理人员竞争上岗拟任人选公示", 12},
                new Object[] {"干部选拔", null, "2026年度后备干部推荐结果公示", 90},
                new Object[] {"安全生产", null, "2026年10月安全生产情况通报", 35},
                new Object[] {"安全生产", null, "2026年11月安全生产情况通报", 5},
                new Object[] {"安全生产", west, "西部基地11月安全隐患排查整改情况", 8},
                new Object[] {"安全生产", null, "2026年9月安全生产情况通报", 65});
        long first = 0;
        for (Object[] i : items) {
            long id = jdbc.sql("""
                    insert into congress_disclosure_item (category_id, unit_id, title, body, published_on, published_by)
                    values (?, ?, ?, ?, ?, 'union') returning id
                    """).param(categories.get((String) i[0])).param(i[1]).param(i[2])
                    .param(i[2] + "。\n\n详见附件。如有意见建议，请在下方留言或向公司工会反映。")
                    .param(today.minusDays((Integer) i[3])).query(Long.class).single();
            if (first == 0) {
                first = id;
            }
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into congress_disclosure_comment (item_id, author, author_name, body, created_at)
                values (?, 'employee', '职工', '预算执行情况很清楚，建议下季度增加分项说明。', ?)
                """).param(first).param(now.minusDays(3)).update();
        jdbc.sql("""
                insert into congress_disclosure_comment (item_id, author, author_name, body, created_at, hidden_reason,
                                                         hidden_by, hidden_at)
                values (?, 'employee', '职工', '（与公开事项无关的广告内容）', ?, '与公开事项无关', 'union', ?)
                """).param(first).param(now.minusDays(2)).param(now.minusDays(1)).update();
        jdbc.sql("""
                insert into congress_disclosure_read (item_id, account_id, first_read)
                select ?, id, ? from identity_account
                """).param(first).param(now.minusDays(2)).update();
    }
}
