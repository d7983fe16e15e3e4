package org.cadre.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
 * The cadre files (干部档案) of the demo company's cadres: education as the roster has it with its dates, the résumé
 * before their assignments (study, earlier employers, first posts in the company), rewards (a rare punishment),
 * training, two to four family members, and the approval form's health and specialty. All invented, deterministic
 * for each person; written with plain SQL like the company itself (see the package documentation), once, into
 * empty tables.
 */
@Component
@Order(45)
class DemoCadreFiles implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCadreFiles.class);
    private static final String COMPANY = "江源新能源材料股份有限公司";

    private static final String[] EMPLOYERS = {"湘江锂业有限公司", "赣南稀土新材料有限公司", "华中新材料研究院",
            "岳阳石化股份有限公司", "株洲硬质合金集团有限公司", "江西钨业股份有限公司", "长沙矿冶研究院"};
    private static final String[] EARLY_ROLES = {"技术员", "工艺工程师", "科员", "质量工程师", "设备工程师", "销售代表"};
    private static final String[] REWARDS = {"被评为公司优秀共产党员", "被评为公司年度先进工作者", "获公司科技进步奖一等奖",
            "被评为公司优秀党务工作者", "获公司安全生产先进个人", "获市科学技术进步奖二等奖", "被评为市劳动模范"};
    private static final String[][] TRAININGS = {{"中青年干部培训班", "省委党校", "120"},
            {"国有企业经营管理人员培训班", "省国资委", "80"}, {"新能源材料产业高级研修班", "中南大学", "40"},
            {"党的二十大精神专题轮训", COMPANY + "党委", "24"}, {"安全生产管理人员培训", "省应急管理厅", "32"},
            {"工商管理核心课程研修班", "湖南大学", "60"}};
    private static final String[] SPOUSE_EMPLOYERS = {"长沙市第一中学教师", "湘雅医院护士", "中国建设银行长沙分行职员",
            "长沙市天心区人民政府科员", COMPANY + "财务部会计", "湖南大学副教授", "个体经营"};
    private static final String[] PARENT_EMPLOYERS = {"退休", "退休", "务农", "浏阳市农业农村局退休干部", "株洲市第三中学退休教师"};

    private final CadreProperties properties;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoCadreFiles(CadreProperties properties, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    private record Cadre(long id, String name, String gender, LocalDate birthDate, LocalDate workStart,
                         LocalDate joined, String fulltimeEducation, String fulltimeDegree, String fulltimeSchool,
                         String fulltimeMajor, String inserviceEducation, String inserviceDegree,
                         String inserviceSchool, String inserviceMajor, String political, LocalDate firstPost) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled()
                || jdbc.sql("select count(*) from people_person").query(Long.class).single() == 0
                || jdbc.sql("select count(*) from cadre_file_resume").query(Long.class).single() > 0
                || jdbc.sql("select count(*) from cadre_file_family").query(Long.class).single() > 0) {
            return;
        }
        List<Cadre> cadres = jdbc.sql("""
                select p.id, p.name, p.gender, p.birth_date, p.work_start_date, p.company_join_date,
                       p.fulltime_education, p.fulltime_degree, p.fulltime_school, p.fulltime_major,
                       p.inservice_education, p.inservice_degree, p.inservice_school, p.inservice_major,
                       p.political_affiliation,
                       (select min(a2.valid_from) from org_assignment a2 where a2.person_id = p.id) as first_post
                from people_person p
                where exists (select 1 from org_assignment a join org_post o on o.id = a.post_id
                              where a.person_id = p.id and a.valid_to is null
                                and o.level in ('COMPANY_LEADER', 'MID_PRINCIPAL', 'MID_DEPUTY'))
                order by p.id
                """).query((rs, n) -> new Cadre(rs.getLong("id"), rs.getString("name"), rs.getString("gender"),
                rs.getObject("birth_date", LocalDate.class), rs.getObject("work_start_date", LocalDate.class),
                rs.getObject("company_join_date", LocalDate.class), rs.getString("fulltime_education"),
                rs.getString("fulltime_degree"), rs.getString("fulltime_school"), rs.getString("fulltime_major"),
                rs.getString("inservice_education"), rs.getString("inservice_degree"),
                rs.getString("inservice_school"), rs.getString("inservice_major"),
                rs.getString("political_affiliation"), rs.getObject("first_post", LocalDate.class))).list();
        LocalDate today = LocalDate.now(clock);
        transactions.executeWithoutResult(tx -> cadres.forEach(c -> file(c, new Random(c.id() * 7919L), today)));
        log.info("Demo cadre files written for {} cadres", cadres.size());
    }

    private void file(Cadre c, Random random, LocalDate today) {
        LocalDate workStart = c.workStart() != null ? c.workStart() : c.birthDate().plusYears(22).withMonth(7).withDayOfMonth(1);
        LocalDate studyFrom = workStart.minusYears(years(c.fulltimeEducation())).withMonth(9);
        if (c.fulltimeEducation() != null && c.fulltimeSchool() != null) {
            education(c.id(), "FULL_TIME", c.fulltimeEducation(), c.fulltimeDegree(), c.fulltimeSchool(),
                    c.fulltimeMajor(), studyFrom, workStart);
            resume(c.id(), studyFrom, workStart, c.fulltimeSchool() + (c.fulltimeMajor() == null ? "" : c.fulltimeMajor() + "专业") + "学习");
        }
        if (c.inserviceEducation() != null && c.inserviceSchool() != null) {
            LocalDate from = workStart.plusYears(3 + random.nextInt(6)).withMonth(9).withDayOfMonth(1);
            if (from.isBefore(today.minusYears(3))) {
                education(c.id(), "IN_SERVICE", c.inserviceEducation(), c.inserviceDegree(), c.inserviceSchool(),
                        c.inserviceMajor(), from, from.plusYears(3).withMonth(6));
            }
        }
        LocalDate joined = c.joined() != null ? c.joined() : workStart;
        if (joined.isAfter(workStart.plusMonths(11))) {
            String employer = EMPLOYERS[random.nextInt(EMPLOYERS.length)];
            resume(c.id(), workStart, joined, employer + EARLY_ROLES[random.nextInt(EARLY_ROLES.length)]);
        }
        if (c.firstPost() != null && c.firstPost().isAfter(joined.plusMonths(11))) {
            resume(c.id(), joined, c.firstPost(), COMPANY + EARLY_ROLES[random.nextInt(EARLY_ROLES.length)]);
        }
        int rewards = 1 + random.nextInt(3);
        for (int i = 0; i < rewards; i++) {
            LocalDate day = between(random, joined, today.minusMonths(1)).withDayOfMonth(1);
            String text = REWARDS[random.nextInt(REWARDS.length)];
            String issuer = text.contains("市") ? "长沙市人民政府" : text.contains("党") ? COMPANY + "党委" : COMPANY;
            reward(c.id(), day, "REWARD", issuer, text);
        }
        if (random.nextInt(100) < 5) {
            reward(c.id(), between(random, joined, today.minusMonths(1)).withDayOfMonth(1), "PUNISHMENT",
                    COMPANY + "纪委", "因安全生产管理不到位受到诫勉谈话");
        }
        int trainings = 1 + random.nextInt(3);
        for (int i = 0; i < trainings; i++) {
            String[] t = TRAININGS[random.nextInt(TRAININGS.length)];
            LocalDate from = between(random, joined, today.minusMonths(2));
            int hours = Integer.parseInt(t[2]);
            jdbc.sql("""
                    insert into cadre_file_training (person_id, date_from, date_to, course, organizer, hours)
                    values (?, ?, ?, ?, ?, ?)""").params(c.id(), from, from.plusDays(Math.max(1, hours / 8)), t[0], t[1],
                    hours).update();
        }
        family(c, random);
        jdbc.sql("""
                insert into cadre_file_form (person_id, health, specialty, updated_at) values (?, '健康', ?, ?)
                on conflict (person_id) do nothing""")
                .params(c.id(), specialty(c.fulltimeMajor()), OffsetDateTime.now(clock)).update();
    }

    private void family(Cadre c, Random random) {
        boolean male = "M".equals(c.gender());
        String surname = c.name().substring(0, 1);
        LocalDate birth = c.birthDate();
        String spouse = Names.person(random, !male);
        member(c.id(), male ? "妻子" : "丈夫", spouse, birth.plusMonths(random.nextInt(60) - 30),
                random.nextInt(100) < 55 ? "中共党员" : "群众", SPOUSE_EMPLOYERS[random.nextInt(SPOUSE_EMPLOYERS.length)]);
        boolean son = random.nextBoolean();
        String child = surname + Names.person(random, son).substring(1);
        LocalDate childBirth = birth.plusYears(26 + random.nextInt(8)).withDayOfMonth(1 + random.nextInt(27));
        member(c.id(), son ? "儿子" : "女儿", child, childBirth,
                childBirth.plusYears(14).isBefore(LocalDate.now(clock)) ? "共青团员" : "群众",
                childBirth.plusYears(23).isBefore(LocalDate.now(clock)) ? "长沙市某科技公司职员" : "学生");
        int parents = random.nextInt(3);
        if (parents >= 1) {
            member(c.id(), "父亲", surname + Names.person(random, true).substring(1),
                    birth.minusYears(25 + random.nextInt(6)), random.nextBoolean() ? "中共党员" : "群众",
                    PARENT_EMPLOYERS[random.nextInt(PARENT_EMPLOYERS.length)]);
        }
        if (parents == 2) {
            member(c.id(), "母亲", Names.person(random, false), birth.minusYears(23 + random.nextInt(6)), "群众",
                    PARENT_EMPLOYERS[random.nextInt(PARENT_EMPLOYERS.length)]);
        }
    }

    private void member(long personId, String relation, String name, LocalDate birth, String political, String employer) {
        jdbc.sql("""
                insert into cadre_file_family (person_id, relation, name, birth_date, political, employer_post)
                values (?, ?, ?, ?, ?, ?)""").params(personId, relation, name, birth, political, employer).update();
    }

    private void education(long personId, String kind, String level, String degree, String school, String major,
                           LocalDate from, LocalDate to) {
        jdbc.sql("""
                insert into cadre_file_education (person_id, kind, education, degree, school, major, date_from, date_to)
                values (?, ?, ?, ?, ?, ?, ?, ?)""").params(personId, kind, educationLabel(level),
                degreeLabel(degree, major), school, major, from, to).update();
    }

    private void resume(long personId, LocalDate from, LocalDate to, String text) {
        jdbc.sql("insert into cadre_file_resume (person_id, date_from, date_to, text) values (?, ?, ?, ?)")
                .params(personId, from.withDayOfMonth(1), to == null ? null : to.withDayOfMonth(1), text).update();
    }

    private void reward(long personId, LocalDate day, String kind, String issuer, String text) {
        jdbc.sql("insert into cadre_file_reward (person_id, day, kind, issuer, text) values (?, ?, ?, ?, ?)")
                .params(personId, day, kind, issuer, text).update();
    }

    private static LocalDate between(Random random, LocalDate from, LocalDate to) {
        long days = Math.max(1, to.toEpochDay() - from.toEpochDay());
        return from.plusDays((long) (random.nextDouble() * days));
    }

    private static int years(String education) {
        return education == null ? 4 : switch (education) {
            case "DOCTORATE" -> 9;
            case "MASTER" -> 7;
            case "JUNIOR_COLLEGE" -> 3;
            default -> 4;
        };
    }

    private static String educationLabel(String level) {
        return switch (level) {
            case "DOCTORATE" -> "博士研究生";
            case "MASTER" -> "硕士研究生";
            case "BACHELOR" -> "大学本科";
            case "JUNIOR_COLLEGE" -> "大学专科";
            case "TECHNICAL_SECONDARY" -> "中专";
            default -> "高中";
        };
    }

    private static String degreeLabel(String degree, String major) {
        if (degree == null) {
            return null;
        }
        String field = major != null && (major.contains("管理") || major.contains("会计") || major.contains("经济"))
                ? "管理学" : "工学";
        return switch (degree) {
            case "DOCTOR" -> field + "博士";
            case "MASTER" -> major != null && major.contains("工商管理") ? "工商管理硕士" : field + "硕士";
            default -> field + "学士";
        };
    }

    private static String specialty(String major) {
        if (major == null) {
            return "生产管理";
        }
        return major.contains("化") || major.contains("材料") || major.contains("冶金") ? "锂电正极材料工艺与生产管理"
                : major.contains("机械") || major.contains("自动化") ? "设备管理与智能制造" : "企业经营管理";
    }
}
