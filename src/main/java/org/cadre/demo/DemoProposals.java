package org.cadre.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

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
 * The demo congress's proposals and member welfare, on top of {@link DemoCongress}: the second meeting's 40 proposals
 * (filed, answered, rated; two declined, one merged; a few answered late, two still owed long after their deadline),
 * three employees' suggestions and four breakout opinions; the third meeting's ten proposals in its open window (three
 * still awaiting co-signers, one of them asking the demo {@code delegate}); the demo delegate as their delegation's secretary; and this year's
 * welfare items with applications and payments. Plain SQL like the congress base (see package-info); the handling
 * report test checks the figures this plan gives: 43 submitted, 40 filed, 35 of 40 answered on time, 95 of 96
 * ratings content, 21 of 36 classed answers solved (class A).
 */
@Component
@Order(42)
class DemoProposals implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProposals.class);
    private static final ZoneOffset SHANGHAI = ZoneOffset.ofHours(8);

    /** Title, category and the lead department's code (null: the cathode materials unit, where the demo unit head is). */
    private record Matter(String title, String category, String lead) {
    }

    private static final List<Matter> SECOND_MEETING = List.of(
            new Matter("关于改善夜班职工食堂伙食的建议", "LIVING", "JY-HQ-D01"),
            new Matter("关于提高高温岗位津贴标准的建议", "PAY_WELFARE", "JY-HQ-D02"),
            new Matter("关于为一线班组配发新型防护手套的建议", "SAFETY", "JY-HQ-D06"),
            new Matter("关于增开新园区通勤班车线路的建议", "LIVING", "JY-HQ-D01"),
            new Matter("关于完善夜班津贴发放办法的建议", "PAY_WELFARE", "JY-HQ-D02"),
            new Matter("关于开展班组长管理能力培训的建议", "TRAINING", "JY-HQ-D02"),
            new Matter("关于烧结车间增设通风除尘设施的建议", "SAFETY", null),
            new Matter("关于职工宿舍加装热水器的建议", "LIVING", "JY-HQ-D01"),
            new Matter("关于推行厂务公开电子屏的建议", "DEMOCRATIC_MANAGEMENT", "JY-HQ-D07"),
            new Matter("关于优化正极材料窑炉巡检路线的建议", "PRODUCTION", null),
            new Matter("关于建立职工技能等级与薪酬挂钩机制的建议", "PAY_WELFARE", "JY-HQ-D02"),
            new Matter("关于更新老旧劳保鞋的建议", "SAFETY", "JY-HQ-D06"),
            new Matter("关于在园区增设职工电动车充电桩的建议", "LIVING", "JY-HQ-D01"),
            new Matter("关于开设数字化操作技能培训班的建议", "TRAINING", "JY-HQ-D02"),
            new Matter("关于食堂延长晚餐供应时间的建议", "LIVING", "JY-HQ-D01"),
            new Matter("关于完善职工体检项目的建议", "PAY_WELFARE", "JY-HQ-D07"),
            new Matter("关于改进原料仓库叉车通道安全标识的建议", "SAFETY", "JY-HQ-D06"),
            new Matter("关于设立合理化建议奖励基金的建议", "DEMOCRATIC_MANAGEMENT", "JY-HQ-D07"),
            new Matter("关于降低前驱体工序能耗的建议", "PRODUCTION", null),
            new Matter("关于为倒班职工提供班前热饮的建议", "LIVING", "JY-HQ-D01"),
            new Matter("关于新员工师带徒补贴的建议", "TRAINING", "JY-HQ-D02"),
            new Matter("关于规范加班审批与调休的建议", "PAY_WELFARE", "JY-HQ-D02"),
            new Matter("关于增设车间休息室空调的建议", "LIVING", "JY-HQ-D01"),
            new Matter("关于开展有限空间作业应急演练的建议", "SAFETY", "JY-HQ-D06"),
            new Matter("关于职代会代表巡视制度化的建议", "DEMOCRATIC_MANAGEMENT", "JY-HQ-D07"),
            new Matter("关于改进包装工序自动化的建议", "PRODUCTION", null),
            new Matter("关于提高职工子女助学金标准的建议", "PAY_WELFARE", "JY-HQ-D07"),
            new Matter("关于开展安全技能比武的建议", "TRAINING", "JY-HQ-D06"),
            new Matter("关于建设职工书屋的建议", "LIVING", "JY-HQ-D07"),
            new Matter("关于通勤班车增设夜班专线的建议", "LIVING", "JY-HQ-D01"),
            new Matter("关于提高一线岗位夜班补贴的建议", "PAY_WELFARE", "JY-HQ-D02"),
            new Matter("关于为检修班组配备气体检测仪的建议", "SAFETY", "JY-HQ-D06"),
            new Matter("关于优化电解液灌装工艺的建议", "PRODUCTION", null),
            new Matter("关于开展职工心理健康讲座的建议", "TRAINING", "JY-HQ-D07"),
            new Matter("关于改造厂区道路照明的建议", "SAFETY", "JY-HQ-D01"),
            new Matter("关于食堂增加清真窗口的建议", "LIVING", "JY-HQ-D01"),
            new Matter("关于完善绩效考核申诉渠道的建议", "DEMOCRATIC_MANAGEMENT", "JY-HQ-D02"),
            new Matter("关于改善夜班食堂饭菜质量的建议", "LIVING", "JY-HQ-D01"),
            new Matter("关于为全体职工增加年休假的建议", "PAY_WELFARE", "JY-HQ-D02"),
            new Matter("关于在总部大楼建设游泳池的建议", "LIVING", "JY-HQ-D01"));

    private static final List<Matter> THIRD_MEETING = List.of(
            new Matter("关于提高夜班职工食堂伙食质量的建议", "LIVING", "JY-HQ-D01"),
            new Matter("关于增开通勤班车周末班次的建议", "LIVING", "JY-HQ-D01"),
            new Matter("关于为高温岗位配发降温背心的建议", "SAFETY", "JY-HQ-D06"),
            new Matter("关于建立技能人才职业发展通道的建议", "TRAINING", "JY-HQ-D02"),
            new Matter("关于完善倒班职工轮休制度的建议", "PAY_WELFARE", "JY-HQ-D02"),
            new Matter("关于推进车间现场5S管理的建议", "PRODUCTION", null),
            new Matter("关于增加职工体检女性专项的建议", "PAY_WELFARE", "JY-HQ-D07"),
            new Matter("关于设立职工创新工作室的建议", "TRAINING", "JY-HQ-D07"),
            new Matter("关于改进化学品仓库防泄漏设施的建议", "SAFETY", "JY-HQ-D06"),
            new Matter("关于食堂推行网上订餐的建议", "LIVING", "JY-HQ-D01"));

    private final CadreProperties properties;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoProposals(CadreProperties properties, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled()
                || jdbc.sql("select count(*) from congress_term").query(Long.class).single() == 0
                || jdbc.sql("select count(*) from congress_proposal").query(Long.class).single() > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> load(LocalDate.now(clock)));
    }

    void load(LocalDate today) {
        Random random = new Random(DemoCompanyLoader.SEED);
        long term = jdbc.sql("select id from congress_term order by ordinal limit 1").query(Long.class).single();
        Map<String, Object> second = jdbc.sql("select * from congress_meeting where term_id = ? and ordinal = 2")
                .param(term).query().singleRow();
        Map<String, Object> third = jdbc.sql("select * from congress_meeting where term_id = ? and ordinal = 3")
                .param(term).query().singleRow();
        List<long[]> seats = jdbc.sql("""
                select person_id, delegation_id from congress_delegate where term_id = ? and valid_to is null order by id
                """).param(term).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        Long delegate = jdbc.sql("select person_id from identity_account where username = 'delegate'")
                .query(Long.class).optional().orElse(null);
        Long cathode = jdbc.sql("""
                select unit_id from org_unit_version where name = '正极材料事业部' and valid_to is null limit 1
                """).query(Long.class).optional().orElse(null);

        long secondId = ((Number) second.get("id")).longValue();
        LocalDate secondStarts = (LocalDate) date(second.get("starts_on"));
        LocalDate secondOpen = (LocalDate) date(second.get("proposals_open_on"));
        LocalDate filed = secondStarts.plusDays(7);
        LocalDate deadline = filed.plusDays(60);
        List<Long> proposals = new ArrayList<>();
        for (int i = 0; i < SECOND_MEETING.size(); i++) {
            Matter m = SECOND_MEETING.get(i);
            long[] seat = seat(seats, i, delegate, i == 0 || i == 30);
            long[] first = other(seats, i * 7 + 3, seat[0], -1);
            long[] other = other(seats, i * 7 + 5, seat[0], first[0]);
            LocalDate submitted = secondOpen.plusDays(i % 30);
            long id = proposal(secondId, "PROPOSAL", m, seat[0], seat[1], submitted);
            proposals.add(id);
            cosigner(id, first[0], "CONFIRMED", submitted);
            cosigner(id, other[0], "CONFIRMED", submitted);
            event(id, submitted, "drafted", null, "DRAFT");
            event(id, submitted, "submit_for_cosigning", "DRAFT", "AWAITING_COSIGNERS");
            event(id, submitted.plusDays(1), "submit", "AWAITING_COSIGNERS", "SUBMITTED");
            if (i >= 38) {
                decline(id, filed, i == 38 ? "属于个人诉求，已转相关部门个别答复。" : "超出企业现有条件，建议作为长期目标研究。");
                continue;
            }
            if (i == 37) {
                jdbc.sql("update congress_proposal set state = 'MERGED', merged_into_id = ? where id = ?")
                        .params(proposals.get(0), id).update();
                event(id, filed, "merge", "SUBMITTED", "MERGED", "与第一件提案内容相同，并案办理。");
                continue;
            }
            long lead = lead(m, cathode);
            file(id, lead, filed, deadline);
            if ("PAY_WELFARE".equals(m.category())) {
                jdbc.sql("insert into congress_proposal_codept (proposal_id, unit_id, countersigned_at, countersigned_by) "
                        + "values (?, ?, ?, 'demo') on conflict do nothing")
                        .params(id, lead(new Matter("", "", "JY-HQ-D03"), cathode), at(deadline.minusDays(15))).update();
            }
            if (i >= 35) {
                if (i == 36) {
                    answer(id, deadline.minusDays(5), m);
                    accept(id, "B", deadline);
                    rate(id, 1, seat[0], "UNSATISFIED", deadline.plusDays(5));
                    rate(id, 1, first[0], "SATISFIED", deadline.plusDays(5));
                    rate(id, 1, other[0], "BASICALLY_SATISFIED", deadline.plusDays(6));
                    jdbc.sql("""
                            update congress_proposal set state = 'IN_HANDLING', round = 2, answered_on = null,
                                   answer_class = null, deadline = ? where id = ?
                            """).params(deadline.plusDays(60), id).update();
                    event(id, deadline.plusDays(6), "handle_again", "RATING", "IN_HANDLING", "食堂夜班菜品仍未改善。");
                }
                continue;
            }
            boolean late = i == 7 || i == 14 || i == 21;
            LocalDate answered = late ? deadline.plusDays(12) : deadline.minusDays(10 + i % 20);
            answer(id, answered, m);
            if (i >= 33) {
                continue;
            }
            String answerClass = i < 18 ? "A" : i < 24 || i >= 30 ? "B" : i < 28 ? "C" : "D";
            accept(id, answerClass, answered.plusDays(5));
            if (i >= 30) {
                continue;
            }
            LocalDate ratedOn = answered.plusDays(12);
            if (i == 5) {
                rate(id, 1, seat[0], "UNSATISFIED", ratedOn);
                event(id, ratedOn, "handle_again", "RATING", "IN_HANDLING", "补贴标准仍偏低。");
                jdbc.sql("update congress_proposal set round = 2 where id = ?").param(id).update();
                event(id, ratedOn.plusDays(20), "answer", "IN_HANDLING", "ANSWERED", null);
                event(id, ratedOn.plusDays(25), "accept", "ANSWERED", "RATING", null);
                ratedOn = ratedOn.plusDays(30);
            }
            int round = i == 5 ? 2 : 1;
            rate(id, round, seat[0], "D".equals(answerClass) || i % 5 == 1 ? "BASICALLY_SATISFIED" : "SATISFIED", ratedOn);
            rate(id, round, first[0], "SATISFIED", ratedOn);
            rate(id, round, other[0], i % 4 == 2 ? "BASICALLY_SATISFIED" : "SATISFIED", ratedOn);
            jdbc.sql("update congress_proposal set state = 'CLOSED', closed_on = ? where id = ?").params(ratedOn, id)
                    .update();
            event(id, ratedOn, "close", "RATING", "CLOSED");
        }

        // Three employees' suggestions and four breakout opinions of the second meeting, all answered.
        List<Long> employees = jdbc.sql("""
                select p.id from people_person p where p.status = 'ACTIVE'
                  and not exists (select 1 from congress_delegate d where d.person_id = p.id)
                order by p.employee_no limit 3
                """).query(Long.class).list();
        String[] suggestions = {"关于车间工具柜定置管理的合理化建议", "关于回收包装桶再利用的合理化建议", "关于优化领料流程的合理化建议"};
        for (int i = 0; i < employees.size(); i++) {
            Matter m = new Matter(suggestions[i], "PRODUCTION", null);
            long id = proposal(secondId, "SUGGESTION", m, employees.get(i), null, secondOpen.plusDays(3 + i));
            event(id, secondOpen.plusDays(3 + i), "submit", "DRAFT", "SUBMITTED");
            file(id, lead(m, cathode), filed, deadline);
            answer(id, deadline.minusDays(20), m);
            accept(id, "A", deadline.minusDays(15));
            rate(id, 1, employees.get(i), "SATISFIED", deadline.minusDays(5));
            jdbc.sql("update congress_proposal set state = 'CLOSED', closed_on = ? where id = ?")
                    .params(deadline.minusDays(5), id).update();
        }
        List<long[]> delegations = jdbc.sql("""
                select id, coalesce(
                  (select s.person_id from congress_delegation_secretary s where s.delegation_id = g.id
                    and s.valid_to is null),
                  (select person_id from congress_delegate d where d.delegation_id = g.id order by d.id limit 1))
                from congress_delegation g where term_id = ? order by sort_order, id
                """).param(term).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        String[] opinions = {"代表团建议加快新园区职工食堂建设进度", "代表团建议工作报告增加安全生产投入的具体数字",
                "代表团建议福利方案增加困难职工帮扶比例", "代表团建议明确技能人才培养经费来源"};
        String[] opinionCategories = {"LIVING", "SAFETY", "PAY_WELFARE", "TRAINING"};
        for (int i = 0; i < opinions.length && i < delegations.size(); i++) {
            Matter m = new Matter(opinions[i], opinionCategories[i], "JY-HQ-D01");
            long id = proposal(secondId, "OPINION", m, delegations.get(i)[1], delegations.get(i)[0], secondStarts);
            event(id, secondStarts, "opinion.recorded", null, "SUBMITTED");
            file(id, lead(m, cathode), filed, deadline);
            answer(id, deadline.minusDays(25), m);
            accept(id, i % 2 == 0 ? "A" : "B", deadline.minusDays(20));
            jdbc.sql("update congress_proposal set state = 'CLOSED', closed_on = ? where id = ?")
                    .params(deadline.minusDays(20), id).update();
        }

        // The third meeting: ten proposals in the open window, three still awaiting co-signers.
        long thirdId = ((Number) third.get("id")).longValue();
        LocalDate thirdOpen = (LocalDate) date(third.get("proposals_open_on"));
        for (int i = 0; i < THIRD_MEETING.size(); i++) {
            long[] seat = seats.get((i * 11 + 17) % seats.size());
            if (delegate != null && seat[0] == delegate) {
                seat = seats.get((i * 11 + 18) % seats.size());
            }
            LocalDate submitted = thirdOpen.plusDays(Math.min(i * 2, (int) java.time.temporal.ChronoUnit.DAYS
                    .between(thirdOpen, today)));
            long id = proposal(thirdId, "PROPOSAL", THIRD_MEETING.get(i), seat[0], seat[1], submitted);
            event(id, submitted, "drafted", null, "DRAFT");
            event(id, submitted, "submit_for_cosigning", "DRAFT", "AWAITING_COSIGNERS");
            long[] first = other(seats, i * 5 + 40, seat[0], delegate == null ? -1 : delegate);
            long[] other = i == 7 && delegate != null ? new long[] {delegate, 0}
                    : other(seats, i * 5 + 41, seat[0], first[0]);
            if (i >= 7) {
                jdbc.sql("update congress_proposal set state = 'AWAITING_COSIGNERS' where id = ?").param(id).update();
                cosigner(id, first[0], "CONFIRMED", submitted);
                cosigner(id, other[0], "INVITED", null);
                continue;
            }
            cosigner(id, first[0], "CONFIRMED", submitted);
            cosigner(id, other[0], "CONFIRMED", submitted);
            jdbc.sql("update congress_proposal set state = 'SUBMITTED' where id = ?").param(id).update();
            event(id, submitted.plusDays(1), "submit", "AWAITING_COSIGNERS", "SUBMITTED");
        }
        // The demo delegate becomes their delegation's secretary (history kept: the first secretary's period ends),
        // so they record the delegation's breakout opinions.
        if (delegate != null) {
            seats.stream().filter(s -> s[0] == delegate).findFirst().ifPresent(s -> {
                jdbc.sql("""
                        update congress_delegation_secretary set valid_to = ?
                        where delegation_id = ? and valid_to is null and valid_from < ? and person_id <> ?
                        """).params(today, s[1], today, delegate).update();
                jdbc.sql("""
                        insert into congress_delegation_secretary (delegation_id, person_id, valid_from)
                        select ?, ?, ? where not exists (select 1 from congress_delegation_secretary
                          where delegation_id = ? and valid_to is null)
                        """).params(s[1], delegate, today, s[1]).update();
            });
        }
        int applications = welfare(today, random);
        log.info("Demo proposals loaded: {} items in two meetings, {} welfare applications",
                jdbc.sql("select count(*) from congress_proposal").query(Long.class).single(), applications);
    }

    private int welfare(LocalDate today, Random random) {
        int year = today.getYear();
        record Item(String name, String kind, int amount, int years, String statuses, Integer limit) {
        }
        List<Item> items = List.of(new Item("春节慰问", "HOLIDAY", 300, 0, "ACTIVE", 300),
                new Item("生日慰问", "BIRTHDAY", 200, 0, "ACTIVE", 200),
                new Item("结婚慰问", "MARRIAGE", 600, 0, "ACTIVE", null),
                new Item("生育慰问", "CHILDBIRTH", 500, 0, "ACTIVE", null),
                new Item("住院慰问", "ILLNESS", 500, 0, "ACTIVE,RETIRED", 1000),
                new Item("丧葬慰问", "BEREAVEMENT", 1000, 0, "ACTIVE,RETIRED", null),
                new Item("退休纪念", "RETIREMENT", 800, 10, "ACTIVE,RETIRED", 800),
                new Item("困难职工帮扶", "HARDSHIP", 2000, 1, "ACTIVE", 4000));
        List<Long> itemIds = new ArrayList<>();
        for (Item item : items) {
            itemIds.add(jdbc.sql("""
                    insert into congress_welfare_item (year, name, event_kind, standard_amount, min_service_years,
                                                       eligible_statuses, yearly_limit)
                    values (?, ?, ?, ?, ?, ?, ?) returning id
                    """).params(year, item.name(), item.kind(), BigDecimal.valueOf(item.amount()), item.years(),
                    item.statuses(), item.limit() == null ? null : BigDecimal.valueOf(item.limit()))
                    .query(Long.class).single());
        }
        List<long[]> people = jdbc.sql("""
                select id, unit_id from people_person where status = 'ACTIVE' order by employee_no limit 400
                """).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        if (people.isEmpty()) {
            return 0;
        }
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        int count = 0;
        for (int i = 0; i < 36; i++) {
            long[] person = people.get(random.nextInt(people.size()));
            int itemIndex = 1 + i % 5;
            long item = itemIds.get(itemIndex);
            if (jdbc.sql("select count(*) from congress_welfare_application where item_id = ? and person_id = ?")
                    .params(item, person[0]).query(Long.class).single() > 0) {
                continue;
            }
            LocalDate event = today.minusDays(5 + random.nextInt(200));
            if (event.isBefore(yearStart)) {
                event = yearStart;
            }
            String state = i % 9 == 8 ? "REJECTED" : i % 6 == 5 ? "SUBMITTED" : i % 4 == 3 ? "APPROVED" : "PAID";
            long id = jdbc.sql("""
                    insert into congress_welfare_application (item_id, person_id, unit_id, event_date, amount, reason,
                        state, applied_by, applied_at, decided_by, decided_at, reject_reason)
                    values (?, ?, ?, ?, ?, ?, ?, 'union', ?, ?, ?, ?) returning id
                    """).params(item, person[0], person[1], event, BigDecimal.valueOf(items.get(itemIndex).amount()),
                    "按福利方案申请", state, at(event.plusDays(1)),
                    "SUBMITTED".equals(state) ? null : "union", "SUBMITTED".equals(state) ? null : at(event.plusDays(3)),
                    "REJECTED".equals(state) ? "事由发生在上一年度，不符合本年度方案。" : null).query(Long.class).single();
            if ("PAID".equals(state)) {
                jdbc.sql("""
                        insert into congress_welfare_payment (application_id, amount, paid_on, reference, recorded_by, recorded_at)
                        values (?, ?, ?, ?, 'union', ?)
                        """).params(id, BigDecimal.valueOf(items.get(itemIndex).amount()),
                        min(event.plusDays(7), today), "GH-%d-%04d".formatted(year, id), at(min(event.plusDays(7), today)))
                        .update();
            }
            jdbc.sql("""
                    insert into congress_welfare_budget (item_id, unit_id, amount) values (?, ?, ?)
                    on conflict do nothing
                    """).params(item, person[1], BigDecimal.valueOf(items.get(itemIndex).amount() * 10L)).update();
            count++;
        }
        return count;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static Object date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : value;
    }

    private long[] seat(List<long[]> seats, int i, Long delegate, boolean theDemoDelegate) {
        if (theDemoDelegate && delegate != null) {
            for (long[] s : seats) {
                if (s[0] == delegate) {
                    return s;
                }
            }
        }
        long[] seat = seats.get((i * 7) % seats.size());
        return delegate != null && seat[0] == delegate ? seats.get((i * 7 + 1) % seats.size()) : seat;
    }

    /** The first seat from the index on whose person is neither of the two given. */
    private static long[] other(List<long[]> seats, int from, long not, long norThis) {
        for (int k = 0; k < seats.size(); k++) {
            long[] s = seats.get((from + k) % seats.size());
            if (s[0] != not && s[0] != norThis) {
                return s;
            }
        }
        throw new IllegalStateException("too few delegates");
    }

    private long lead(Matter m, Long cathode) {
        if (m.lead() == null && cathode != null) {
            return cathode;
        }
        String code = m.lead() == null ? "JY-HQ-D01" : m.lead();
        return jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("select unit_id from org_unit_version where valid_to is null order by unit_id limit 1")
                        .query(Long.class).single());
    }

    private long proposal(long meeting, String kind, Matter m, long proposer, Long delegation, LocalDate submitted) {
        return jdbc.sql("""
                insert into congress_proposal (meeting_id, kind, title, category, reasons, measures, proposer_person_id,
                                               delegation_id, state, submitted_on, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?) returning id
                """).params(meeting, kind, m.title(), m.category(),
                        "职工反映：" + m.title().replace("关于", "").replace("的建议", "").replace("的合理化建议", "")
                                + "问题已存在较长时间，影响职工工作和生活，希望公司予以重视。",
                        "建议相关部门调研后制定具体措施，明确时间表并向职工公开。", proposer, delegation, submitted,
                        at(submitted)).query(Long.class).single();
    }

    private void cosigner(long proposal, long person, String state, LocalDate on) {
        jdbc.sql("insert into congress_proposal_cosigner (proposal_id, person_id, state, answered_at) values (?, ?, ?, ?) "
                + "on conflict do nothing").params(proposal, person, state, on == null ? null : at(on)).update();
    }

    private void decline(long id, LocalDate on, String reason) {
        jdbc.sql("update congress_proposal set state = 'DECLINED', review_comment = ?, closed_on = ? where id = ?")
                .params(reason, on, id).update();
        event(id, on, "decline", "SUBMITTED", "DECLINED", reason);
    }

    private void file(long id, long lead, LocalDate on, LocalDate deadline) {
        jdbc.sql("""
                update congress_proposal set state = 'IN_HANDLING', lead_unit_id = ?, assigned_on = ?, filed_on = ?,
                       deadline = ? where id = ?
                """).params(lead, on, on, deadline, id).update();
        event(id, on, "file", "SUBMITTED", "IN_HANDLING");
    }

    private void answer(long id, LocalDate on, Matter m) {
        jdbc.sql("update congress_proposal set state = 'ANSWERED', answer = ?, answered_on = ? where id = ?")
                .params("经研究，" + m.title().replace("关于", "").replace("的建议", "").replace("的合理化建议", "")
                        + "一事已列入部门年度重点工作，具体措施及完成时间已向提案人当面沟通。", on, id).update();
        event(id, on, "answer", "IN_HANDLING", "ANSWERED");
    }

    private void accept(long id, String answerClass, LocalDate on) {
        jdbc.sql("""
                update congress_proposal set state = 'RATING', answer_class = ?, class_reason = ? where id = ?
                """).params(answerClass, "D".equals(answerClass) ? "受场地和资金条件限制，暂不具备实施条件，列入中长期规划研究。"
                : null, id).update();
        event(id, on, "accept", "ANSWERED", "RATING");
    }

    private void rate(long id, int round, long person, String rating, LocalDate on) {
        jdbc.sql("""
                insert into congress_proposal_rating (proposal_id, round, person_id, rating, rated_at)
                values (?, ?, ?, ?, ?) on conflict do nothing
                """).params(id, round, person, rating, at(on)).update();
        event(id, on, "rated." + rating, "RATING", "RATING");
    }

    private void event(long id, LocalDate on, String action, String from, String to) {
        event(id, on, action, from, to, null);
    }

    private void event(long id, LocalDate on, String action, String from, String to, String note) {
        jdbc.sql("""
                insert into congress_proposal_event (proposal_id, occurred_at, actor, action, from_state, to_state, note)
                values (?, ?, 'demo', ?, ?, ?, ?)
                """).params(id, at(on), action, from, to, note).update();
    }

    private static OffsetDateTime at(LocalDate day) {
        return OffsetDateTime.of(day, LocalTime.of(10, 0), SHANGHAI);
    }
}
