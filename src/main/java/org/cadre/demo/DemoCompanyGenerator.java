package org.cadre.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates the fictional electrochemical-materials company: headquarters with its departments, a second
 * production base that joins meetings by video, 11 operating units with departments and workshops, posts with
 * levels and approved counts, people with plausible personnel fields, and cadres with assignment histories over
 * several years. Deterministic for a seed. Any size: the tree stays, the workforce scales.
 */
@Component
public class DemoCompanyGenerator {

    /** What was generated; the demo accounts are linked to some of these people. */
    public record Generated(int units, int posts, int people, int assignments, long headquartersId,
                            long orgDeptPersonId, long unionPersonId, long officePersonId, long unitHeadPersonId,
                            long cathodeUnitId, long delegatePersonId, long employeePersonId) {
    }

    private static final String[] OPERATING_UNITS = {"正极材料事业部", "负极材料事业部", "电解液事业部", "隔膜事业部",
            "前驱体事业部", "锂盐事业部", "回收利用事业部", "新材料研究院", "装备制造公司", "国际贸易公司", "储能科技公司"};
    private static final String[] HQ_DEPARTMENTS = {"党委办公室（办公室）", "组织人事部", "财务部", "战略发展部", "纪检监察部",
            "安全环保部", "工会", "审计部", "法务合规部", "采购中心"};
    private static final String[] UNIT_DEPARTMENTS = {"综合管理部", "生产运营部", "技术质量部", "安全环保部"};
    private static final String[][] REGIONS = {{"430104", "湖南长沙"}, {"430203", "湖南株洲"}, {"360102", "江西南昌"},
            {"360502", "江西新余"}, {"510104", "四川成都"}, {"511102", "四川乐山"}, {"420102", "湖北武汉"},
            {"320102", "江苏南京"}, {"370102", "山东济南"}, {"410102", "河南郑州"}, {"440103", "广东广州"},
            {"350102", "福建福州"}, {"340102", "安徽合肥"}, {"620102", "甘肃兰州"}, {"630102", "青海西宁"},
            {"520102", "贵州贵阳"}, {"450102", "广西南宁"}, {"130102", "河北石家庄"}};
    private static final String[] ETHNICITIES = {"汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "汉族",
            "汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "回族", "满族", "壮族", "土家族", "苗族", "彝族", "蒙古族"};
    private static final String[] SCHOOLS = {"中南大学", "四川大学", "湘潭大学", "南昌大学", "武汉理工大学", "华东理工大学",
            "北京化工大学", "天津大学", "兰州理工大学", "长沙理工大学", "江西理工大学", "郑州大学", "青海大学", "贵州大学"};
    private static final String[] MAJORS = {"化学工程与工艺", "材料科学与工程", "应用化学", "冶金工程", "机械设计制造及其自动化",
            "电气工程及其自动化", "环境工程", "安全工程", "财务管理", "工商管理", "人力资源管理", "法学", "汉语言文学",
            "计算机科学与技术", "高分子材料与工程"};
    private static final String[] TITLES_ENGINEERING = {"助理工程师", "工程师", "高级工程师", "正高级工程师"};
    private static final String[] TITLES_ECONOMICS = {"助理经济师", "经济师", "高级经济师", "正高级经济师"};
    private static final String[] TITLES_SKILL = {"中级工", "高级工", "技师", "高级技师"};
    /** The TitleGrade of each step of the title tracks above: 初级, 中级, 副高级, 正高级. */
    private static final String[] GRADES = {"JUNIOR", "INTERMEDIATE", "SENIOR", "FULL_SENIOR"};

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    DemoCompanyGenerator(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    private record Unit(long id, String code, String name, String kind, Long parentId, LocalDate openedOn) {
    }

    private record Post(long id, long unitId, String title, String level, int approved, boolean cadre) {
    }

    /** A generated person, kept in memory only while generating. */
    private static final class Person {
        long id;
        String employeeNo;
        String name;
        boolean male;
        LocalDate birth;
        LocalDate workStart;
        LocalDate joined;
        long unitId;
        String education;
        String political;
        boolean cadre;
    }

    private Random random;
    private final Set<String> nationalIds = new HashSet<>();
    private LocalDate today;

    @Transactional
    public Generated generate(int peopleCount, long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
        nationalIds.clear();
        List<Unit> units = new ArrayList<>();
        List<Post> posts = new ArrayList<>();

        LocalDate founded = LocalDate.of(2006, 3, 18);
        Unit company = unit(units, "JY", "江源新能源材料股份有限公司", "COMPANY", null, founded);
        Unit hq = unit(units, "JY-HQ", "公司总部", "BASE", company.id, founded);
        Unit west = unit(units, "JY-XB", "西部生产基地（视频分会场）", "BASE", company.id, LocalDate.of(2008, 1, 1));
        List<Unit> hqDepartments = new ArrayList<>();
        for (int i = 0; i < HQ_DEPARTMENTS.length; i++) {
            hqDepartments.add(unit(units, "JY-HQ-D%02d".formatted(i + 1), HQ_DEPARTMENTS[i], "DEPARTMENT", hq.id, founded));
        }
        Unit westOffice = unit(units, "JY-XB-D01", "基地综合办公室", "DEPARTMENT", west.id, west.openedOn);
        Unit westSafety = unit(units, "JY-XB-D02", "基地安全环保部", "DEPARTMENT", west.id, west.openedOn);
        List<Unit> operatingUnits = new ArrayList<>();
        List<Unit> workplaces = new ArrayList<>(); // where most employees work
        for (int i = 0; i < OPERATING_UNITS.length; i++) {
            boolean inWest = i == 4 || i == 5 || i == 6;
            LocalDate opened = founded.plusYears(i / 2).plusMonths(i);
            Unit op = unit(units, "JY-U%02d".formatted(i + 1), OPERATING_UNITS[i],
                    i >= 8 ? "SUBSIDIARY" : "OPERATING_UNIT", inWest ? west.id : hq.id, opened);
            operatingUnits.add(op);
            for (int d = 0; d < UNIT_DEPARTMENTS.length; d++) {
                workplaces.add(unit(units, op.code + "-D%02d".formatted(d + 1), UNIT_DEPARTMENTS[d], "DEPARTMENT",
                        op.id, opened));
            }
            int workshops = i == 7 ? 0 : (i >= 8 ? 1 : 3);
            for (int w = 0; w < workshops; w++) {
                Unit shop = unit(units, op.code + "-W%02d".formatted(w + 1), workshopName(op.name, w), "WORKSHOP",
                        op.id, opened);
                workplaces.add(shop);
                workplaces.add(shop); // workshops employ most people
            }
            if (i == 7) {
                for (String lab : new String[] {"电化学实验室", "分析测试中心", "中试基地"}) {
                    workplaces.add(unit(units, op.code + "-L" + workplaces.size(), lab, "DEPARTMENT", op.id, opened));
                }
            }
        }
        history(units, operatingUnits, hq, west);

        // Posts, with levels and approved counts; staff posts grow with the workforce
        int staffCount = Math.max(20, peopleCount / 50);
        String[][] leaders = {{"党委书记、董事长", "1"}, {"党委副书记、总经理", "1"}, {"副总经理", "4"}, {"党委副书记、工会主席", "1"},
                {"纪委书记", "1"}, {"总会计师", "1"}};
        for (String[] l : leaders) {
            posts.add(post(company.id, l[0], "COMPANY_LEADER", "MANAGEMENT", Integer.parseInt(l[1]), true, true));
        }
        posts.add(post(company.id, "总工程师", "CHIEF_ENGINEER", "PROFESSIONAL", 1, true, true));
        posts.add(post(company.id, "副总工程师", "DEPUTY_CHIEF_ENGINEER", "PROFESSIONAL", 3, false, true));
        for (Unit d : hqDepartments) {
            String head = d.name.equals("工会") ? "常务副主席" : d.name.endsWith("中心") ? "主任" : "部长";
            posts.add(post(d.id, head, "MID_PRINCIPAL", "MANAGEMENT", 1, true, true));
            posts.add(post(d.id, head.equals("部长") ? "副部长" : "副" + head, "MID_DEPUTY", "MANAGEMENT", 2, false, true));
            posts.add(post(d.id, "高级经理", "SENIOR_MANAGER", "MANAGEMENT", 2, false, true));
            posts.add(post(d.id, "主管", "SUPERVISOR", "MANAGEMENT", 3, false, false));
            posts.add(post(d.id, "专员", "STAFF", "MANAGEMENT", staffCount, false, false));
        }
        posts.add(post(west.id, "基地总经理", "MID_PRINCIPAL", "MANAGEMENT", 1, true, true));
        posts.add(post(west.id, "基地副总经理", "MID_DEPUTY", "MANAGEMENT", 2, false, true));
        for (Unit d : List.of(westOffice, westSafety)) {
            posts.add(post(d.id, "主任", "SENIOR_MANAGER", "MANAGEMENT", 1, false, true));
            posts.add(post(d.id, "专员", "STAFF", "MANAGEMENT", staffCount, false, false));
        }
        for (Unit op : operatingUnits) {
            posts.add(post(op.id, "总经理", "MID_PRINCIPAL", "MANAGEMENT", 1, true, true));
            posts.add(post(op.id, "副总经理", "MID_DEPUTY", "MANAGEMENT", 3, false, true));
            posts.add(post(op.id, "副总工程师", "DEPUTY_CHIEF_ENGINEER", "PROFESSIONAL", 1, false, true));
            posts.add(post(op.id, "总经理助理", "SENIOR_MANAGER", "MANAGEMENT", 1, false, true));
        }
        for (Unit w : new HashSet<>(workplaces)) {
            boolean workshop = w.kind.equals("WORKSHOP");
            posts.add(post(w.id, workshop ? "主任" : "部长", "SENIOR_MANAGER", "MANAGEMENT", 1, false, true));
            posts.add(post(w.id, workshop ? "副主任" : "副部长", "SENIOR_MANAGER", "MANAGEMENT", 1, false, true));
            posts.add(post(w.id, workshop ? "工段长" : "主管", "SUPERVISOR", "MANAGEMENT", workshop ? 4 : 2, false, false));
            posts.add(post(w.id, workshop ? "操作工" : "专员", "STAFF", "MANAGEMENT", 8 * staffCount, false, false));
        }
        batchPosts(posts);

        // People: cadres first (they fill the cadre posts), then the workforce
        List<Person> people = new ArrayList<>();
        List<Post> cadrePosts = posts.stream().filter(p -> p.cadre).toList();
        int cadreTarget = 0;
        for (Post p : cadrePosts) {
            cadreTarget += p.approved;
        }
        long nextId = nextIds("people_person_id_seq", Math.max(peopleCount, cadreTarget + 100));
        int seq = 0;
        List<Object[]> assignmentRows = new ArrayList<>();
        List<Object[]> membershipRows = new ArrayList<>();
        for (Post post : cadrePosts) {
            for (int k = 0; k < post.approved; k++) {
                if (random.nextInt(100) < 8 && !post.title.contains("总经理")) {
                    continue; // a few vacancies, as in every real roster
                }
                Person person = newPerson(nextId + seq, ++seq, true, post.level);
                person.unitId = post.unitId;
                people.add(person);
                cadreHistory(person, post, posts, workplaces, assignmentRows, membershipRows);
            }
        }
        List<Unit> hqAndWest = new ArrayList<>(hqDepartments);
        hqAndWest.add(westOffice);
        hqAndWest.add(westSafety);
        java.util.Map<Long, Integer> filled = new java.util.HashMap<>();
        int workforce = Math.max(peopleCount, people.size() + 100);
        while (people.size() < workforce) {
            Person person = newPerson(nextId + seq, ++seq, false, null);
            Unit home = random.nextInt(100) < 12 ? pick(hqAndWest) : pick(workplaces);
            person.unitId = home.id;
            people.add(person);
            membershipRows.add(new Object[] {person.id, home.id, person.joined, null});
            if (random.nextInt(100) < 25) {
                Post staffPost = posts.stream().filter(p -> p.unitId == home.id && !p.cadre)
                        .skip(random.nextInt(100) < 15 ? 0 : 1).findFirst().orElse(null);
                if (staffPost != null && filled.merge(staffPost.id, 1, Integer::sum) <= staffPost.approved) {
                    LocalDate from = person.joined.plusMonths(random.nextInt(24));
                    if (from.isBefore(today)) {
                        assignmentRows.add(assignment(person.id, staffPost.id, "PRIMARY", from, null, null, null));
                    }
                }
            }
        }
        batchPeople(people);
        jdbcTemplate.batchUpdate("insert into people_unit_membership (person_id, unit_id, valid_from, valid_to) values (?, ?, ?, ?)",
                membershipRows, 1000, (ps, row) -> {
                    for (int i = 0; i < row.length; i++) {
                        ps.setObject(i + 1, row[i]);
                    }
                });
        jdbcTemplate.batchUpdate("""
                insert into org_assignment (person_id, post_id, kind, valid_from, valid_to, decision_body, decision_date,
                                            document_no, end_reason, end_decision_body, end_document_no)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, assignmentRows, 1000, (ps, row) -> {
            for (int i = 0; i < row.length; i++) {
                ps.setObject(i + 1, row[i]);
            }
        });

        Person orgDept = firstIn(people, hqDepartments.get(1).id, true);
        Person union = firstIn(people, hqDepartments.get(6).id, true);
        Person office = firstIn(people, hqDepartments.get(0).id, true);
        Person unitHead = firstIn(people, operatingUnits.get(0).id, true);
        Person delegate = people.stream().filter(p -> !p.cadre).skip(7).findFirst().orElseThrow();
        Person employee = people.stream().filter(p -> !p.cadre).skip(42).findFirst().orElseThrow();
        return new Generated(units.size(), posts.size(), people.size(), assignmentRows.size(), hq.id, orgDept.id,
                union.id, office.id, unitHead.id, operatingUnits.get(0).id, delegate.id, employee.id);
    }

    /** "正极材料一车间": workshops carry their unit's name, as they do on a real roster. */
    private static String workshopName(String unitName, int index) {
        return unitName.replace("事业部", "").replace("公司", "") + "一二三".charAt(index) + "车间";
    }

    private Person firstIn(List<Person> people, long unitId, boolean cadre) {
        return people.stream().filter(p -> p.unitId == unitId && p.cadre == cadre).findFirst()
                .orElseGet(() -> people.get(0));
    }

    /** Earlier posts of a cadre, ended when they moved up; the current post started 1–6 years ago. */
    private void cadreHistory(Person person, Post current, List<Post> posts, List<Unit> workplaces,
                              List<Object[]> assignments, List<Object[]> memberships) {
        LocalDate start = today.minusDays(365 + random.nextInt(5 * 365));
        if (start.isBefore(person.joined.plusYears(2))) {
            start = person.joined.plusYears(2);
        }
        if (!start.isBefore(today)) {
            start = today.minusDays(30 + random.nextInt(300));
        }
        if (start.isBefore(person.joined)) {
            start = person.joined;
        }
        int earlier = random.nextInt(3);
        LocalDate end = start;
        List<Object[]> previous = new ArrayList<>();
        long previousUnit = current.unitId;
        for (int i = 0; i < earlier; i++) {
            LocalDate from = end.minusDays(700 + random.nextInt(900));
            if (!from.isAfter(person.joined)) {
                break;
            }
            Unit unit = pick(workplaces);
            Post earlierPost = posts.stream().filter(p -> p.unitId == unit.id && p.level.equals("SENIOR_MANAGER"))
                    .findFirst().orElse(null);
            if (earlierPost == null) {
                break;
            }
            previous.add(0, assignment(person.id, earlierPost.id, "PRIMARY", from, end, "TRANSFERRED",
                    docNo(end)));
            memberships.add(new Object[] {person.id, unit.id, from, end});
            previousUnit = unit.id;
            end = from;
        }
        // before the first cadre post the person worked in the unit of that post
        LocalDate firstFrom = previous.isEmpty() ? start : (LocalDate) previous.get(0)[3];
        if (person.joined.isBefore(firstFrom)) {
            memberships.add(new Object[] {person.id, previousUnit, person.joined, firstFrom});
        }
        assignments.addAll(previous);
        assignments.add(assignment(person.id, current.id, "PRIMARY", start, null, null, null));
        memberships.add(new Object[] {person.id, current.unitId, start, null});
        if (memberships.size() > 1) {
            fixMembershipChain(memberships, person.id);
        }
    }

    /** Consecutive membership rows of one person must not overlap: each ends where the next begins. */
    private static void fixMembershipChain(List<Object[]> memberships, long personId) {
        List<Object[]> mine = memberships.stream().filter(r -> (long) r[0] == personId)
                .sorted((a, b) -> ((LocalDate) a[2]).compareTo((LocalDate) b[2])).toList();
        for (int i = 0; i + 1 < mine.size(); i++) {
            mine.get(i)[3] = mine.get(i + 1)[2];
        }
        memberships.removeIf(r -> (long) r[0] == personId && r[3] != null
                && !((LocalDate) r[3]).isAfter((LocalDate) r[2]));
    }

    private Object[] assignment(long personId, long postId, String kind, LocalDate from, LocalDate to,
                                String endReason, String endDoc) {
        return new Object[] {personId, postId, kind, from, to, "公司党委", from.minusDays(7 + random.nextInt(20)),
                docNo(from), endReason, to == null ? null : "公司党委", endDoc};
    }

    private String docNo(LocalDate date) {
        return "江源党〔%d〕%d号".formatted(date.getYear(), 1 + random.nextInt(120));
    }

    private Person newPerson(long id, int seq, boolean cadre, String level) {
        Person p = new Person();
        p.id = id;
        p.employeeNo = "JY%06d".formatted(seq);
        p.male = random.nextInt(100) < (cadre ? 78 : 64);
        p.name = Names.person(random, p.male);
        p.cadre = cadre;
        int minAge = cadre ? ("COMPANY_LEADER".equals(level) ? 45 : 32) : 21;
        int maxAge = cadre ? 58 : 59;
        int age = minAge + (int) Math.abs(random.nextGaussian() * (maxAge - minAge) / 2.2) % (maxAge - minAge + 1);
        p.birth = today.minusYears(age).minusDays(random.nextInt(365));
        p.workStart = p.birth.plusYears(18 + random.nextInt(cadre ? 8 : 6)).withMonth(7).withDayOfMonth(1);
        p.joined = p.workStart.plusMonths(random.nextInt(100) < 55 ? 0 : random.nextInt(120));
        if (p.joined.isAfter(today.minusMonths(2))) {
            p.joined = today.minusMonths(2 + random.nextInt(20));
        }
        if (p.joined.isBefore(LocalDate.of(2006, 3, 18))) {
            p.joined = LocalDate.of(2006, 3, 18).plusDays(random.nextInt(200));
        }
        p.education = cadre ? pickWeighted(new String[] {"DOCTORATE", "MASTER", "BACHELOR", "JUNIOR_COLLEGE"}, 6, 34, 52, 8)
                : pickWeighted(new String[] {"MASTER", "BACHELOR", "JUNIOR_COLLEGE", "TECHNICAL_SECONDARY", "HIGH_SCHOOL"},
                5, 28, 35, 22, 10);
        p.political = cadre ? pickWeighted(new String[] {"CPC_MEMBER", "MASSES", "DEMOCRATIC_PARTY"}, 88, 9, 3)
                : pickWeighted(new String[] {"CPC_MEMBER", "CPC_PROBATIONARY", "CYL_MEMBER", "MASSES"}, 22, 2, 16, 60);
        return p;
    }

    private void batchPeople(List<Person> people) {
        jdbcTemplate.batchUpdate("""
                insert into people_person (id, employee_no, name, gender, birth_date, ethnicity, native_place, birthplace,
                    political_affiliation, party_join_date, work_start_date, company_join_date, fulltime_education,
                    fulltime_degree, fulltime_school, fulltime_major, inservice_education, inservice_degree,
                    inservice_school, inservice_major, highest_education, professional_title, title_grade, national_id,
                    phone, status, unit_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, people, 1000, (ps, p) -> {
            String[] region = REGIONS[random.nextInt(REGIONS.length)];
            String fullTime = p.education;
            String inService = null;
            if (random.nextInt(100) < (p.cadre ? 35 : 10) && !fullTime.equals("DOCTORATE")) {
                inService = fullTime.equals("MASTER") ? "DOCTORATE" : fullTime.equals("BACHELOR") ? "MASTER" : "BACHELOR";
            }
            String highest = inService != null ? inService : fullTime;
            boolean collegeLevel = !fullTime.equals("TECHNICAL_SECONDARY") && !fullTime.equals("HIGH_SCHOOL");
            String status = p.cadre ? "ACTIVE" : pickWeighted(new String[] {"ACTIVE", "RETIRED", "LEFT", "SECONDED"}, 94, 2, 3, 1);
            int titleLevel = Math.min(3, (int) (ChronoUnit.YEARS.between(p.workStart, today) / 8) + (p.cadre ? 1 : 0));
            String[] track = collegeLevel ? (random.nextInt(100) < 70 ? TITLES_ENGINEERING : TITLES_ECONOMICS) : TITLES_SKILL;
            int i = 1;
            ps.setLong(i++, p.id);
            ps.setString(i++, p.employeeNo);
            ps.setString(i++, p.name);
            ps.setString(i++, p.male ? "M" : "F");
            ps.setObject(i++, p.birth);
            ps.setString(i++, ETHNICITIES[random.nextInt(ETHNICITIES.length)]);
            ps.setString(i++, region[1]);
            ps.setString(i++, random.nextInt(100) < 80 ? region[1] : REGIONS[random.nextInt(REGIONS.length)][1]);
            ps.setString(i++, p.political);
            ps.setObject(i++, p.political.startsWith("CPC") ? p.workStart.plusYears(random.nextInt(8)).withDayOfMonth(1) : null);
            ps.setObject(i++, p.workStart);
            ps.setObject(i++, p.joined);
            ps.setString(i++, fullTime);
            ps.setString(i++, degreeFor(fullTime));
            ps.setString(i++, collegeLevel ? SCHOOLS[random.nextInt(SCHOOLS.length)] : "江源化工技工学校");
            ps.setString(i++, collegeLevel ? MAJORS[random.nextInt(MAJORS.length)] : "化工工艺");
            ps.setString(i++, inService);
            ps.setString(i++, inService == null ? null : degreeFor(inService));
            ps.setString(i++, inService == null ? null : SCHOOLS[random.nextInt(SCHOOLS.length)]);
            ps.setString(i++, inService == null ? null : random.nextBoolean() ? "工商管理" : "材料工程");
            ps.setString(i++, highest);
            ps.setString(i++, titleLevel > 0 ? track[titleLevel - 1] : null);
            ps.setString(i++, titleLevel > 0 ? GRADES[titleLevel - 1] : null);
            ps.setString(i++, nationalId(region[0], p.birth, p.male));
            ps.setString(i++, "1%d%08d".formatted(35 + random.nextInt(5), random.nextInt(100_000_000)));
            ps.setString(i++, status);
            ps.setLong(i, p.unitId);
        });
    }

    private static String degreeFor(String education) {
        return switch (education) {
            case "DOCTORATE" -> "DOCTOR";
            case "MASTER" -> "MASTER";
            case "BACHELOR" -> "BACHELOR";
            default -> null;
        };
    }

    /** An 18-digit ID number with a valid check digit; the 17th digit is odd for men. Unique within the run. */
    String nationalId(String region, LocalDate birth, boolean male) {
        while (true) {
            int seq = random.nextInt(500) * 2 + (male ? 1 : 0);
            String body = region + birth.toString().replace("-", "") + "%03d".formatted(seq);
            String id = body + NationalIdCheck.checkDigit(body);
            if (nationalIds.add(id)) {
                return id;
            }
            birth = birth.plusDays(1);
        }
    }

    private void batchPosts(List<Post> posts) {
        // ids were taken from the sequence when the posts were made
        jdbcTemplate.batchUpdate("""
                insert into org_post (id, unit_id, title, level, track, approved_count, key_post)
                values (?, ?, ?, ?, ?, ?, ?)
                """, postRows, 1000, (ps, row) -> {
            for (int i = 0; i < row.length; i++) {
                ps.setObject(i + 1, row[i]);
            }
        });
        postRows.clear();
    }

    private final List<Object[]> postRows = new ArrayList<>();

    private Post post(long unitId, String title, String level, String track, int approved, boolean key, boolean cadre) {
        long id = jdbc.sql("select nextval('org_post_id_seq')").query(Long.class).single();
        postRows.add(new Object[] {id, unitId, title, level, track, approved, key});
        return new Post(id, unitId, title, level, approved, cadre);
    }

    private Unit unit(List<Unit> units, String code, String name, String kind, Long parentId, LocalDate opened) {
        long id = jdbc.sql("insert into org_unit (code) values (?) returning id").param(code).query(Long.class).single();
        jdbc.sql("""
                insert into org_unit_version (unit_id, name, kind, parent_id, sort_order, valid_from, change_kind, document_no)
                values (?, ?, ?, ?, ?, ?, 'OPENED', ?)
                """).params(id, name, kind, parentId, units.size(), opened, docNo(opened)).update();
        Unit unit = new Unit(id, code, name, kind, parentId, opened);
        units.add(unit);
        return unit;
    }

    /** A little history for the tree on past dates: a rename, a move, a merge and a dissolution. */
    private void history(List<Unit> units, List<Unit> operatingUnits, Unit hq, Unit west) {
        Unit institute = operatingUnits.get(7);
        change(institute.id, "电池材料研究所", null, LocalDate.of(2021, 1, 1), "RENAMED");
        Unit recycling = operatingUnits.get(6);
        change(recycling.id, null, hq.id, LocalDate.of(2022, 7, 1), "MOVED");
        Unit oldTrading = unit(units, "JY-U99", "销售公司", "SUBSIDIARY", hq.id, LocalDate.of(2009, 4, 1));
        jdbc.sql("""
                update org_unit_version set valid_to = ?, ended_by = 'MERGED', merged_into = ? where unit_id = ? and valid_to is null
                """).params(LocalDate.of(2020, 1, 1), operatingUnits.get(9).id, oldTrading.id).update();
        Unit pilot = unit(units, "JY-U98", "试验车间", "WORKSHOP", operatingUnits.get(0).id, LocalDate.of(2010, 6, 1));
        jdbc.sql("update org_unit_version set valid_to = ?, ended_by = 'DISSOLVED' where unit_id = ? and valid_to is null")
                .params(LocalDate.of(2023, 3, 31), pilot.id).update();
        units.remove(oldTrading);
        units.remove(pilot);
    }

    /**
     * Rewrites the opening of a unit's history so that it had another name or parent before {@code on}: the first
     * version ends then, a new current version starts.
     */
    private void change(long unitId, String oldName, Long oldParent, LocalDate on, String kind) {
        var current = jdbc.sql("select name, kind, parent_id, sort_order, valid_from from org_unit_version where unit_id = ? and valid_to is null")
                .param(unitId).query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getObject(3),
                        rs.getInt(4), rs.getObject(5, LocalDate.class)}).single();
        jdbc.sql("update org_unit_version set valid_to = ?, name = ?, parent_id = ? where unit_id = ? and valid_to is null")
                .params(on, oldName != null ? oldName : current[0], oldParent != null ? oldParent : current[2], unitId).update();
        jdbc.sql("""
                insert into org_unit_version (unit_id, name, kind, parent_id, sort_order, valid_from, change_kind, document_no)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(unitId, current[0], current[1], current[2], current[3], on, kind, docNo(on)).update();
    }

    private long nextIds(String sequence, int count) {
        // one statement in one session takes consecutive values from the sequence (the generator runs alone)
        List<Long> ids = jdbc.sql("select nextval('" + sequence + "') from generate_series(1, ?)").param(count)
                .query(Long.class).list();
        return ids.get(0);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private String pickWeighted(String[] values, int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
