package org.cadre.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
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
 * The demo company's terms of office, contracts and deployment events, written with plain SQL (see the package):
 * a term for every company leader and mid-level cadre on their post (renewed every 3 years since they took it, the
 * earlier term kept as ended; some end within 90 days), leadership-team terms of the units, a post agreement and a
 * 2026 annual performance contract for each mid-level principal (results in for most, a few below the exit
 * threshold with their recommendation), and the deployment events of 2024–2026 read from the assignment history
 * (appointments, promotions from senior manager, transfers, concurrent posts), so that the ledger counts what the
 * roster shows, and two exits: a mid-level deputy's retirement and another's resignation, each ending the person's
 * posts and term and changing their status on the roster (退休 / 离职, with its status history). Deterministic for a seed; loaded once, into a
 * database without terms.
 */
@Component
@Order(43)
class DemoTenure implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTenure.class);
    static final String PARTY_COMMITTEE = "中共江源新能源材料股份有限公司委员会";
    private static final List<String> CADRE_LEVELS = List.of("COMPANY_LEADER", "MID_PRINCIPAL", "MID_DEPUTY",
            "SENIOR_MANAGER", "CHIEF_ENGINEER", "DEPUTY_CHIEF_ENGINEER");
    /** Rank of each cadre level across both tracks (0 the highest): a chief engineer ranks with a principal. */
    private static final java.util.Map<String, Integer> RANK = java.util.Map.of("COMPANY_LEADER", 0, "MID_PRINCIPAL", 1,
            "CHIEF_ENGINEER", 1, "MID_DEPUTY", 2, "DEPUTY_CHIEF_ENGINEER", 2, "SENIOR_MANAGER", 3);

    private final CadreProperties properties;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoTenure(CadreProperties properties, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled()
                || jdbc.sql("select count(*) from people_person").query(Long.class).single() == 0
                || jdbc.sql("select count(*) from cadre_term").query(Long.class).single() > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            Loaded loaded = load(DemoCompanyLoader.SEED, LocalDate.now(clock));
            log.info("Demo tenure loaded: {} terms, {} contracts, {} deployment events", loaded.terms(),
                    loaded.contracts(), loaded.events());
        });
    }

    record Loaded(int terms, int contracts, int events) {
    }

    record Holding(long assignmentId, long personId, String name, String employeeNo, long postId, String title,
                   String level, long unitId, String kind, LocalDate validFrom, String documentNo,
                   LocalDate decisionDate) {
    }

    Loaded load(long seed, LocalDate today) {
        Random random = new Random(seed + 4);
        OffsetDateTime now = OffsetDateTime.now(clock);
        int terms = 0;
        int contracts = 0;
        // --- terms of the leaders and mid-level cadres on their posts
        List<Holding> holders = holdings("""
                where p.level in ('COMPANY_LEADER', 'MID_PRINCIPAL', 'MID_DEPUTY')
                  and a.valid_from <= :today and (a.valid_to is null or a.valid_to > :today)
                """, today, today);
        for (Holding h : holders) {
            LocalDate start = h.validFrom();
            while (!start.plusYears(3).isAfter(today)) {
                start = start.plusYears(3);
            }
            if (random.nextInt(10) == 0 && today.minusYears(3).plusDays(10).isAfter(h.validFrom())) {
                // a term that ends within the next 90 days (or just ran over): the work queue has it
                start = today.minusYears(3).plusDays(random.nextInt(100) - 10);
            }
            if (start.isAfter(h.validFrom())) {
                LocalDate previous = start.minusYears(3).isBefore(h.validFrom()) ? h.validFrom() : start.minusYears(3);
                insertTerm("POST", h, h.title(), h.unitId(), previous, start, start, "任期届满，考核称职，连任");
                terms++;
            }
            insertTerm("POST", h, h.title(), h.unitId(), start, start.plusYears(3), null, null);
            terms++;
        }
        // --- leadership teams (领导班子) of the units with a principal
        List<Holding> principals = holders.stream().filter(h -> h.level().equals("MID_PRINCIPAL")
                && h.kind().equals("PRIMARY")).toList();
        List<Long> teamUnits = principals.stream().map(Holding::unitId).distinct().toList();
        for (long unit : teamUnits) {
            String name = jdbc.sql("select name from org_unit_version where unit_id = ? and valid_to is null")
                    .param(unit).query(String.class).optional().orElse(null);
            if (name == null) {
                continue;
            }
            LocalDate start = random.nextInt(3) == 0 ? LocalDate.of(today.getYear() - 2, 1, 1)
                    : LocalDate.of(today.getYear() - 1, 1, 1);
            insertTerm("TEAM", null, name, unit, start, start.plusYears(3), null, null);
            terms++;
        }
        // --- the post agreement of each principal's term and the 2026 annual performance contract
        int year = today.getYear();
        int below = 0;
        for (Holding h : principals) {
            Long termId = jdbc.sql("select id from cadre_term where assignment_id = ? and actual_end is null")
                    .param(h.assignmentId()).query(Long.class).optional().orElse(null);
            LocalDate termStart = termId == null ? h.validFrom() : jdbc.sql("select start_date from cadre_term where id = ?")
                    .param(termId).query(LocalDate.class).single();
            insertContract("AGREEMENT", h, termId, termStart.getYear(), h.title() + "岗位聘任协议", termStart, null,
                    "聘期三年；聘期内年度考核不称职或经营业绩责任书得分低于 60 分的，按规定解除聘任。");
            contracts++;
            double profitTarget = 1500 + random.nextInt(60) * 100;
            double revenueTarget = profitTarget * (6 + random.nextInt(5));
            boolean resultsIn = random.nextInt(10) < 7;
            double level = 0.72 + random.nextGaussian() * 0.14;
            if (resultsIn && below < 3 && random.nextInt(8) == 0) {
                level = 0.30 + random.nextDouble() * 0.1;
            }
            List<Object[]> indicators = List.of(
                    new Object[]{"利润总额", 40, profitTarget, "万元", "LINEAR", 120, null, profitTarget * level * (0.9 + random.nextDouble() * 0.3)},
                    new Object[]{"营业收入", 25, revenueTarget, "万元", "LINEAR", 110, null, revenueTarget * level * (0.95 + random.nextDouble() * 0.2)},
                    new Object[]{"重点工作任务完成", 20, 10, "项", "DEDUCTION", null, 4, Math.min(10, Math.round(10 * level + random.nextInt(3)))},
                    new Object[]{"党建工作责任制考核", 15, 90, "分", "PASS_FAIL", null, null, level < 0.45 ? 86.0 : 88 + random.nextInt(10)});
            long contract = insertContract("ANNUAL", h, termId, year, year + " 年度经营业绩责任书", LocalDate.of(year, 1, 20),
                    indicators, "完成目标的按考核得分兑现绩效年薪；利润总额超额部分按 3% 计提奖励；得分低于 60 分的，扣减绩效年薪并启动不胜任退出程序。");
            contracts++;
            if (resultsIn) {
                BigDecimal total = enterResults(contract, indicators, now);
                if (total.compareTo(BigDecimal.valueOf(60)) < 0) {
                    below++;
                    jdbc.sql("""
                            insert into cadre_exit_recommendation (contract_id, person_id, person_name, unit_id, basis, state, created_at)
                            values (?, ?, ?, ?, ?, 'PROPOSED', ?)
                            """).params(contract, h.personId(), h.name(), h.unitId(),
                            "SCORE:" + total.toPlainString() + ":60", now).update();
                }
            }
        }
        int events = deploymentEvents(today, now);
        events += exits(today, now);
        return new Loaded(terms, contracts, events);
    }

    /** The events of 2024 to today, one per cadre assignment that began then, its kind read from the history. */
    private int deploymentEvents(LocalDate today, OffsetDateTime now) {
        List<Holding> started = holdings("""
                where p.level = any(:levels) and a.valid_from >= :from and a.valid_from <= :today
                """, today, LocalDate.of(2024, 1, 1));
        int count = 0;
        int across = 0;
        for (Holding h : started) {
            var previous = jdbc.sql("""
                    select a.id, a.post_id, p.level from org_assignment a join org_post p on p.id = a.post_id
                    where a.person_id = ? and a.kind = 'PRIMARY' and a.valid_to = ? and a.id <> ?
                    """).params(h.personId(), h.validFrom(), h.assignmentId())
                    .query((rs, n) -> new Object[]{rs.getLong(1), rs.getLong(2), rs.getString(3)}).optional();
            String kind;
            String reason;
            if (h.kind().equals("CONCURRENT")) {
                kind = "CONCURRENT_POST";
                reason = "工作需要，兼任";
            } else if (previous.isEmpty()) {
                kind = "APPOINTMENT";
                reason = "经公司党委会研究决定";
            } else {
                int from = RANK.getOrDefault((String) previous.get()[2], 9);
                int to = RANK.get(h.level());
                if (to < from) {
                    kind = "PROMOTION";
                    reason = "经民主推荐、组织考察和任前公示，提拔任职";
                } else if (to > from) {
                    kind = "DEMOTION";
                    reason = "工作调整，降职使用";
                } else {
                    kind = across++ % 2 == 0 ? "TRANSFER" : "ROTATION";
                    reason = kind.equals("ROTATION") ? "关键岗位任职满期，轮岗交流" : "工作需要，交流任职";
                }
            }
            String doc = h.documentNo() != null ? h.documentNo()
                    : "江源党干〔" + h.validFrom().getYear() + "〕" + (10 + count) + "号";
            jdbc.sql("""
                    insert into cadre_deployment_event (kind, person_id, person_name, employee_no, unit_id, effective_date,
                        from_assignment_id, from_post_id, to_post_id, to_assignment_id, reason, document_no, document_date,
                        issuing_body, created_at, created_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'system')
                    """).params(kind, h.personId(), h.name(), h.employeeNo(), h.unitId(), h.validFrom(),
                    previous.map(p -> p[0]).orElse(null), previous.map(p -> p[1]).orElse(null), h.postId(),
                    h.assignmentId(), reason, doc, h.decisionDate() == null ? h.validFrom().minusDays(3) : h.decisionDate(),
                    PARTY_COMMITTEE, now).update();
            count++;
        }
        return count;
    }

    /**
     * 能进能出: the oldest mid-level deputy retires (the month after turning 60, or on 31 March 2026 if that is not
     * yet reached: early retirement), and a younger one resigns and leaves the company on 30 September 2025. Each
     * exit ends every post the person holds and the open term, is recorded as a deployment event, and marks the
     * person retired or gone on the roster. Only people in no reserve entry, without a performance contract, and with
     * no other part in the demo (a congress seat, a place on an open ballot's roll, an account).
     */
    private int exits(LocalDate today, OffsetDateTime now) {
        String candidates = """
                where p.level = 'MID_DEPUTY' and a.kind = 'PRIMARY' and a.valid_from < :from
                  and (a.valid_to is null or a.valid_to > :today)
                  and not exists (select 1 from org_assignment o where o.person_id = a.person_id and o.valid_to is null
                                  and o.valid_from >= :from)
                  and not exists (select 1 from cadre_reserve_entry r where r.person_id = a.person_id)
                  and not exists (select 1 from cadre_contract c where c.person_id = a.person_id)
                  and not exists (select 1 from congress_delegate d where d.person_id = a.person_id)
                  and not exists (select 1 from ballot_voter v where v.person_id = a.person_id)
                  and not exists (select 1 from identity_account i where i.person_id = a.person_id)
                """;
        LocalDate resignation = LocalDate.of(2025, 9, 30);
        if (!resignation.isBefore(today)) {
            return 0;
        }
        List<Holding> deputies = holdings(candidates, today, resignation);
        if (deputies.size() < 2) {
            return 0;
        }
        java.util.Map<Long, LocalDate> births = new java.util.HashMap<>();
        jdbc.sql("select id, birth_date from people_person where id = any(?)")
                .param(deputies.stream().map(Holding::personId).distinct().toArray(Long[]::new))
                .query((java.sql.ResultSet rs) -> {
                    births.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
                });
        List<Holding> byAge = deputies.stream()
                .sorted(java.util.Comparator.comparing((Holding h) -> births.get(h.personId())).thenComparing(Holding::personId))
                .toList();
        Holding retiring = byAge.get(0);
        Holding resigning = byAge.get(byAge.size() - 1);
        LocalDate sixty = births.get(retiring.personId()).plusYears(60).withDayOfMonth(1).plusMonths(1);
        boolean early = sixty.isAfter(today) || sixty.isBefore(LocalDate.of(2025, 1, 1));
        LocalDate retirement = early ? LocalDate.of(2026, 3, 31) : sixty;
        if (!retirement.isBefore(today) || retirement.isBefore(resignation.plusDays(1)) && early) {
            retirement = today.minusDays(30);
        }
        exit(retiring, "RETIREMENT", "RETIRED", "RETIRED", retirement,
                early ? "本人申请，经公司党委研究同意，提前退休" : "达到法定退休年龄，按规定办理退休手续",
                "江源党干〔" + retirement.getYear() + "〕41号", now);
        exit(resigning, "RESIGNATION", "RESIGNED", "LEFT", resignation,
                "因个人原因申请辞去现任职务并解除劳动合同，经公司党委研究同意", "江源党干〔2025〕37号", now);
        return 2;
    }

    private void exit(Holding h, String kind, String endReason, String status, LocalDate day, String reason,
                      String documentNo, OffsetDateTime now) {
        List<Object[]> open = jdbc.sql("""
                select a.id, a.post_id from org_assignment a where a.person_id = ? and a.valid_from <= ?
                  and (a.valid_to is null or a.valid_to > ?) order by a.kind desc, a.id
                """).params(h.personId(), day, day)
                .query((rs, n) -> new Object[]{rs.getLong(1), rs.getLong(2)}).list();
        for (Object[] a : open) {
            jdbc.sql("""
                    update org_assignment set valid_to = ?, end_reason = ?, end_decision_body = ?, end_document_no = ?,
                           version = version + 1
                    where id = ?
                    """).params(day, endReason, PARTY_COMMITTEE, documentNo, a[0]).update();
        }
        // a term renewed after the exit day did not happen; the one running on that day ends with the exit
        jdbc.sql("delete from cadre_term where person_id = ? and start_date >= ?").params(h.personId(), day).update();
        jdbc.sql("""
                update cadre_term set actual_end = ?, end_reason = ?
                where person_id = ? and (actual_end is null or actual_end > ?)
                """).params(day, kind, h.personId(), day).update();
        // the roster status and its history, as PersonStatuses writes them when the event is recorded in the app
        jdbc.sql("""
                insert into people_status_change (person_id, from_status, to_status, effective_date, reason, changed_at,
                                                  recorded_by)
                select id, status, ?, ?, ?, ?, 'system' from people_person where id = ?
                """).params(status, day, reason, now, h.personId()).update();
        jdbc.sql("update people_person set status = ?, updated_at = ?, version = version + 1 where id = ?")
                .params(status, now, h.personId()).update();
        jdbc.sql("""
                insert into cadre_deployment_event (kind, person_id, person_name, employee_no, unit_id, effective_date,
                    from_assignment_id, from_post_id, reason, document_no, document_date, issuing_body, created_at,
                    created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'system')
                """).params(kind, h.personId(), h.name(), h.employeeNo(), h.unitId(), day, h.assignmentId(), h.postId(),
                reason, documentNo, day.minusDays(7), PARTY_COMMITTEE, now).update();
    }

    private List<Holding> holdings(String where, LocalDate today, LocalDate from) {
        return jdbc.sql("""
                select a.id, a.person_id, pp.name, pp.employee_no, p.id as post_id, p.title, p.level, p.unit_id, a.kind,
                       a.valid_from, a.document_no, a.decision_date
                from org_assignment a join org_post p on p.id = a.post_id join people_person pp on pp.id = a.person_id
                """ + where + " order by a.valid_from, a.id")
                .param("today", today).param("from", from).param("levels", CADRE_LEVELS.toArray(String[]::new))
                .query((rs, n) -> new Holding(rs.getLong("id"), rs.getLong("person_id"), rs.getString("name"),
                        rs.getString("employee_no"), rs.getLong("post_id"), rs.getString("title"), rs.getString("level"),
                        rs.getLong("unit_id"), rs.getString("kind"), rs.getObject("valid_from", LocalDate.class),
                        rs.getString("document_no"), rs.getObject("decision_date", LocalDate.class))).list();
    }

    private void insertTerm(String kind, Holding h, String title, long unitId, LocalDate start, LocalDate expectedEnd,
                            LocalDate actualEnd, String endReason) {
        jdbc.sql("""
                insert into cadre_term (kind, person_id, person_name, employee_no, assignment_id, post_id, title, unit_id,
                                        start_date, expected_end, actual_end, end_reason, source)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')
                """).params(kind, h == null ? null : h.personId(), h == null ? null : h.name(),
                h == null ? null : h.employeeNo(), h == null ? null : h.assignmentId(), h == null ? null : h.postId(),
                title, unitId, start, expectedEnd, actualEnd, endReason).update();
    }

    private long insertContract(String kind, Holding h, Long termId, int year, String title, LocalDate signedOn,
                                List<Object[]> indicators, String rewards) {
        long id = jdbc.sql("""
                insert into cadre_contract (kind, person_id, person_name, employee_no, unit_id, term_id, year, title,
                                            rewards_penalties, signed_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """).params(kind, h.personId(), h.name(), h.employeeNo(), h.unitId(), termId, year, title, rewards,
                signedOn).query(Long.class).single();
        if (indicators != null) {
            int position = 0;
            for (Object[] i : indicators) {
                jdbc.sql("""
                        insert into cadre_contract_indicator (contract_id, position, name, weight, target, measure_unit,
                                                              rule, cap_percent, deduction)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """).params(id, position++, i[0], i[1], number(i[2]), i[3], i[4], i[5], i[6]).update();
            }
        }
        return id;
    }

    /** Scores the results as the contract's rules say (linear capped, deduction per unit short, pass or fail). */
    private BigDecimal enterResults(long contractId, List<Object[]> indicators, OffsetDateTime at) {
        BigDecimal total = BigDecimal.ZERO;
        int position = 0;
        List<Object[]> updates = new ArrayList<>();
        for (Object[] i : indicators) {
            BigDecimal weight = number(i[1]);
            BigDecimal target = number(i[2]);
            BigDecimal actual = number(i[7]).setScale(i[4].equals("LINEAR") ? 0 : 1, RoundingMode.HALF_UP);
            BigDecimal score = switch ((String) i[4]) {
                case "LINEAR" -> weight.multiply(actual.divide(target, 6, RoundingMode.HALF_UP)
                        .min(number(i[5]).divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP)).max(BigDecimal.ZERO));
                case "DEDUCTION" -> weight.subtract(target.subtract(actual).max(BigDecimal.ZERO).multiply(number(i[6])))
                        .max(BigDecimal.ZERO);
                default -> actual.compareTo(target) >= 0 ? weight : BigDecimal.ZERO;
            };
            score = score.setScale(2, RoundingMode.HALF_UP);
            total = total.add(score);
            updates.add(new Object[]{actual, score, contractId, position++});
        }
        for (Object[] u : updates) {
            jdbc.sql("update cadre_contract_indicator set actual = ?, score = ? where contract_id = ? and position = ?")
                    .params(u).update();
        }
        jdbc.sql("update cadre_contract set total_score = ?, results_entered_at = ? where id = ?")
                .params(total, at, contractId).update();
        return total;
    }

    private static BigDecimal number(Object value) {
        return value instanceof BigDecimal b ? b : new BigDecimal(String.valueOf(value));
    }
}
