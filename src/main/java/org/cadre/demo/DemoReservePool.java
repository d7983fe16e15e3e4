package org.cadre.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
 * The demo company's reserve pool (后备干部库): about 30 entries — mid-level deputies for the principal post of their
 * unit, senior managers for a deputy post, a few principals for the company leadership — each with a development
 * plan and one or two reviews. Some reviews are overdue, some fall due within the month, and readiness is drawn so
 * that several key posts have no successor ready now. Plain SQL, like the generator: there is no user to audit.
 */
@Component
@Order(40)
class DemoReservePool implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReservePool.class);
    private static final long SEED = 2026_04L;

    private static final String[] TRAININGS = {"集团中青年干部培训班（党校，脱产 2 个月）", "国企改革与公司治理专题研修",
            "新能源材料产业发展与技术前沿专题培训", "清华大学经管学院高级管理人员研修班", "安全生产管理能力提升培训"};
    private static final String[] ROTATIONS = {"到生产运营部轮岗，熟悉计划调度", "到财务部轮岗，熟悉预算与成本管控",
            "到市场营销部轮岗，负责重点客户", "到质量管理部轮岗，参与体系审核"};
    private static final String[] POSTINGS = {"到西部生产基地挂职副总经理", "到合资公司挂职，参与项目建设",
            "到地方工业园区管委会挂职"};
    private static final String[] CONCLUSIONS = {"政治素质好，业绩突出，群众公认度高，已具备提任条件。",
            "工作思路清晰，执行力强；综合管理经验尚需在轮岗中积累。", "专业能力突出，统筹协调能力有待加强，建议继续培养。",
            "挂职期间表现良好，担当作为意识强，成熟度提升。"};
    private static final String[] REASONS = {"年度考核连续两年优秀，民主推荐得票靠前。", "业务骨干，主持完成重点技改项目，综合素质好。",
            "年轻干部，学历层次高，发展潜力大。", "基层工作经验丰富，抓班子带队伍能力强。"};

    private final CadreProperties properties;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoReservePool(CadreProperties properties, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** A person holding a post on the day, with the post's unit and level. */
    private record Holder(long personId, String employeeNo, String name, long unitId, long postUnitId, String level) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled()
                || jdbc.sql("select count(*) from people_person").query(Long.class).single() == 0
                || jdbc.sql("select count(*) from cadre_reserve_entry").query(Long.class).single() > 0) {
            return;
        }
        int count = transaction.execute(status -> load(LocalDate.now(clock)));
        log.info("Demo reserve pool: {} entries", count);
    }

    int load(LocalDate today) {
        Random random = new Random(SEED);
        List<Holder> deputies = holders("MID_DEPUTY", today);
        List<Holder> seniors = holders("SENIOR_MANAGER", today);
        List<Holder> principals = holders("MID_PRINCIPAL", today);
        Long companyUnit = jdbc.sql("select unit_id from org_post where level = 'COMPANY_LEADER' and active limit 1")
                .query(Long.class).optional().orElse(null);
        int count = 0;
        // deputies for the principal post of their unit: one per unit, the first units only, so that some key posts
        // have nobody and others nobody ready
        List<Long> unitsDone = new ArrayList<>();
        for (Holder h : deputies) {
            if (count >= 16 || unitsDone.contains(h.postUnitId())) {
                continue;
            }
            unitsDone.add(h.postUnitId());
            Long post = jdbc.sql("select id from org_post where unit_id = ? and level = 'MID_PRINCIPAL' and active limit 1")
                    .param(h.postUnitId()).query(Long.class).optional().orElse(null);
            entry(h, "MID_PRINCIPAL", random.nextBoolean() ? post : null, h.postUnitId(), count, random, today);
            count++;
        }
        int seniorsTaken = 0;
        for (Holder h : seniors) {
            if (seniorsTaken >= 11) {
                break;
            }
            if (random.nextInt(3) == 0) {
                entry(h, "MID_DEPUTY", null, h.postUnitId(), count, random, today);
                count++;
                seniorsTaken++;
            }
        }
        if (companyUnit != null) {
            for (Holder h : principals.subList(0, Math.min(3, principals.size()))) {
                entry(h, "COMPANY_LEADER", null, companyUnit, count, random, today);
                count++;
            }
        }
        return count;
    }

    private List<Holder> holders(String level, LocalDate today) {
        return jdbc.sql("""
                select distinct on (p.id) p.id, p.employee_no, p.name, p.unit_id, o.unit_id as post_unit_id, o.level
                from org_assignment a join org_post o on o.id = a.post_id join people_person p on p.id = a.person_id
                where o.level = ? and a.kind = 'PRIMARY' and a.valid_from <= ? and (a.valid_to is null or a.valid_to > ?)
                  and p.status = 'ACTIVE'
                order by p.id
                """).params(level, today, today)
                .query((rs, n) -> new Holder(rs.getLong("id"), rs.getString("employee_no"), rs.getString("name"),
                        rs.getLong("unit_id"), rs.getLong("post_unit_id"), rs.getString("level")))
                .list();
    }

    private void entry(Holder h, String targetLevel, Long targetPost, long targetUnit, int index, Random random,
                       LocalDate today) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate nominated = today.minusDays(200 + random.nextInt(700));
        String[] readinesses = {"READY_NOW", "ONE_TO_TWO_YEARS", "ONE_TO_TWO_YEARS", "THREE_PLUS_YEARS"};
        String initial = readinesses[1 + random.nextInt(3)];
        String source = new String[] {"ORGANIZATION", "DEMOCRATIC_RECOMMENDATION", "UNIT_RECOMMENDATION",
                "OPEN_COMPETITION"}[random.nextInt(4)];
        String reason = REASONS[random.nextInt(REASONS.length)];
        long id = jdbc.sql("""
                insert into cadre_reserve_entry (person_id, employee_no, name, unit_id, target_level, target_post_id,
                    target_unit_id, source, reason, readiness, nominated_on, state, next_review_due, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RESERVE', ?, ?) returning id
                """).params(h.personId(), h.employeeNo(), h.name(), h.unitId(), targetLevel, targetPost, targetUnit,
                        source, reason, initial, nominated, nominated.plusMonths(12), now)
                .query(Long.class).single();
        history(id, now, nominated, "NOMINATED", null, "RESERVE", null, initial, reason);

        // the plan: a training, a rotation or a temporary posting, and for some a mentor
        LocalDate start = nominated.plusMonths(2);
        planItem(id, "TRAINING", TRAININGS[random.nextInt(TRAININGS.length)], start, start.plusMonths(2), null, null,
                start.plusMonths(2).isBefore(today), now);
        boolean posting = random.nextInt(3) == 0;
        LocalDate second = start.plusMonths(3);
        planItem(id, posting ? "TEMPORARY_POSTING" : "ROTATION",
                posting ? POSTINGS[random.nextInt(POSTINGS.length)] : ROTATIONS[random.nextInt(ROTATIONS.length)],
                second, second.plusYears(1), null, null, second.plusYears(1).isBefore(today), now);
        if (random.nextBoolean()) {
            List<Map<String, Object>> mentors = jdbc.sql("""
                    select p.id, p.name from org_assignment a join org_post o on o.id = a.post_id
                    join people_person p on p.id = a.person_id
                    where o.level in ('COMPANY_LEADER', 'MID_PRINCIPAL') and o.unit_id = ? and a.valid_to is null
                      and p.id <> ? order by p.id limit 1
                    """).params(targetUnit, h.personId()).query().listOfRows();
            if (!mentors.isEmpty()) {
                planItem(id, "MENTOR", "由" + mentors.get(0).get("name") + "担任导师，每季度谈心谈话一次", nominated,
                        null, ((Number) mentors.get(0).get("id")).longValue(), (String) mentors.get(0).get("name"),
                        false, now);
            }
        }

        // reviews: one a year after the nomination when that has passed, the next due 12 months later; every
        // fifth entry's review is overdue, every seventh falls due within the month
        String readiness = initial;
        LocalDate due = nominated.plusMonths(12);
        if (due.isBefore(today) && index % 5 != 0) {
            String after = index % 3 == 0 ? "READY_NOW" : readiness;
            LocalDate reviewed = due.minusDays(random.nextInt(20));
            LocalDate next = index % 7 == 0 ? today.plusDays(5 + random.nextInt(20)) : reviewed.plusMonths(12);
            if (!next.isAfter(reviewed)) {
                next = reviewed.plusMonths(12);
            }
            String conclusion = CONCLUSIONS[random.nextInt(CONCLUSIONS.length)];
            jdbc.sql("""
                    insert into cadre_reserve_review (entry_id, reviewed_on, reviewer, conclusion, readiness_before,
                        readiness_after, next_review_due, created_at, recorded_by)
                    values (?, ?, '组织人事部考察组', ?, ?, ?, ?, ?, 'system')
                    """).params(id, reviewed, conclusion, readiness, after, next, now).update();
            history(id, now, reviewed, after.equals(readiness) ? "REVIEW" : "READINESS", null, null, readiness, after,
                    conclusion);
            readiness = after;
            due = next;
        }
        jdbc.sql("update cadre_reserve_entry set readiness = ?, next_review_due = ? where id = ?")
                .params(readiness, due, id).update();
        if (index == 4) {
            jdbc.sql("update cadre_reserve_entry set state = 'UNDER_INSPECTION' where id = ?").param(id).update();
            history(id, now, today.minusDays(10), "STATE", "RESERVE", "UNDER_INSPECTION", null, null, "列入考察对象");
        }
    }

    private void planItem(long entryId, String kind, String description, LocalDate from, LocalDate to, Long mentorId,
                          String mentorName, boolean done, OffsetDateTime now) {
        jdbc.sql("""
                insert into cadre_reserve_plan_item (entry_id, kind, description, starts_on, ends_on, mentor_person_id,
                    mentor_name, status, done_on, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(entryId, kind, description, from, to, mentorId, mentorName, done ? "DONE" : "PLANNED",
                        done ? to : null, now).update();
    }

    private void history(long entryId, OffsetDateTime now, LocalDate day, String kind, String stateFrom,
                         String stateTo, String readinessFrom, String readinessTo, String note) {
        jdbc.sql("""
                insert into cadre_reserve_history (entry_id, occurred_at, day, kind, state_from, state_to,
                    readiness_from, readiness_to, note, actor)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'system')
                """).params(entryId, now, day, kind, stateFrom, stateTo, readinessFrom, readinessTo, note).update();
    }
}
