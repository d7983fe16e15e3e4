package org.cadre.demo;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.cadre.shared.CadreProperties;
import org.cadre.shared.HolidayCalendar;
import org.cadre.shared.PdfFonts;
import org.cadre.shared.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Selection records (选拔任用纪实) of the demo company, each at a telling step: a democratic recommendation in its
 * public notice now, with an objection not yet resolved and its inspection's further papers; a deputy appointed by organization nomination almost a year
 * ago, whose probation ends within the month; an open competition whose panel has scored and ranked the applicants.
 * Written with plain SQL, as the generator writes the organization: the records lie in the past (notices already
 * run, a probation nearly over) where the commands, which live in the present, would refuse them.
 */
@Component
@Order(41)
class DemoSelections implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSelections.class);

    private final CadreProperties properties;
    private final JdbcClient jdbc;
    private final WorkingDays workingDays;
    private final Clock clock;

    DemoSelections(CadreProperties properties, JdbcClient jdbc, WorkingDays workingDays, Clock clock) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    record Post(long id, long unitId, String title) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled()
                || jdbc.sql("select count(*) from people_person").query(Long.class).single() == 0
                || jdbc.sql("select count(*) from cadre_selection").query(Long.class).single() > 0) {
            return;
        }
        if (load(LocalDate.now(clock))) {
            log.info("Demo selections: one in public notice, one on probation, one open competition scored");
        }
    }

    /** @return whether the company had the posts and people for them */
    boolean load(LocalDate today) {
        List<Post> posts = jdbc.sql("""
                select p.id, p.unit_id, p.title from org_post p
                where p.active and p.level = 'MID_DEPUTY'
                order by (select count(*) from org_assignment a where a.post_id = p.id and a.valid_to is null)
                         - p.approved_count, p.id
                limit 3
                """).query(Post.class).list();
        LocalDate effective = today.minusYears(1).plusDays(20);
        // the one promoted a year ago held their post and belonged to their unit before then
        Long promoted = jdbc.sql("""
                select p.id from people_person p
                join org_assignment a on a.person_id = p.id and a.valid_to is null and a.kind = 'PRIMARY'
                join org_post o on o.id = a.post_id and o.level in ('SUPERVISOR', 'SENIOR_MANAGER')
                where p.status = 'ACTIVE' and p.birth_date > :born and a.valid_from < :effective
                  and not exists (select 1 from people_unit_membership m where m.person_id = p.id
                                  and (m.valid_from >= :effective or m.valid_to > :effective))
                order by p.employee_no limit 1
                """).param("born", today.minusYears(50)).param("effective", effective).query(Long.class)
                .optional().orElse(null);
        List<Long> people = jdbc.sql("""
                select p.id from people_person p
                join org_assignment a on a.person_id = p.id and a.valid_to is null and a.kind = 'PRIMARY'
                join org_post o on o.id = a.post_id and o.level in ('SUPERVISOR', 'SENIOR_MANAGER')
                where p.status = 'ACTIVE' and p.birth_date > :born and p.id <> :promoted
                order by p.employee_no desc limit 8
                """).param("born", today.minusYears(50)).param("promoted", promoted == null ? -1L : promoted)
                .query(Long.class).list();
        if (posts.size() < 3 || people.size() < 8 || promoted == null) {
            return false;
        }
        inPublicNotice(posts.get(0), people.subList(0, 3), today);
        onProbation(posts.get(1), promoted, effective);
        scoredCompetition(posts.get(2), people.subList(3, 8), today);
        return true;
    }

    /** A democratic recommendation whose notice runs from two working days ago to three ahead; one objection open. */
    private void inPublicNotice(Post post, List<Long> candidates, LocalDate today) {
        HolidayCalendar calendar = workingDays.calendar(today.minusMonths(3), today.plusMonths(1));
        LocalDate noticeStart = back(calendar, today, 2);
        LocalDate noticeEnd = calendar.plusWorkingDays(today, 3);
        LocalDate motion = noticeStart.minusDays(60);
        long id = selection("2026 年" + post.title() + "选拔任用", post, 1, "DEMOCRATIC_RECOMMENDATION",
                "PUBLIC_NOTICE", motion);
        jdbc.sql("""
                update cadre_selection set inspection_team = '组织部 陈静、人力资源部 刘洋', interviewed = 32,
                       check_dossier = true, check_personal = true, check_discipline = true, check_complaints = true,
                       inspection_report = '该同志政治立场坚定，熟悉生产经营管理，工作作风扎实，群众认可度高。',
                       meeting_date = ?, members_due = 9, members_present = 8, notice_start = ?, notice_end = ?
                where id = ?
                """).params(noticeStart.minusDays(3), noticeStart, noticeEnd, id).update();
        step(id, null, "MOTION", motion, "组干动〔2026〕7号", "关于启动选拔任用工作的动议");
        step(id, "MOTION", "RECOMMENDATION", motion.plusDays(7), "组干推〔2026〕7号", "民主推荐工作方案");
        long inspection = step(id, "RECOMMENDATION", "INSPECTION", motion.plusDays(21), "组干考〔2026〕7号",
                "考察工作方案");
        // the inspection's own papers beside its plan: interviews, the personal-matters check, the dossier review
        document(id, inspection, motion.plusDays(30), "考察谈话情况汇总", null,
                "考察组于考察期间分别与所在单位领导班子成员、中层干部及职工代表个别谈话 32 人。",
                "谈话对象普遍认为该同志政治立场坚定，熟悉生产经营管理，作风扎实；建议其进一步加强统筹协调。");
        document(id, inspection, motion.plusDays(33), "个人有关事项报告核查结果", "组干核〔2026〕7号",
                "经查核，该同志报告的房产、投资、配偶子女从业等个人有关事项与查核结果一致，未发现瞒报、漏报情况。");
        document(id, inspection, motion.plusDays(35), "干部人事档案专项审核意见", null,
                "经审核，该同志出生日期、参加工作时间、入党时间、学历学位等信息记载清楚、前后一致，档案材料齐全。");
        step(id, "INSPECTION", "DECISION", noticeStart.minusDays(10), null, "考察报告");
        step(id, "DECISION", "PUBLIC_NOTICE", noticeStart, "党委公〔2026〕7号", "干部任前公示");
        int[][] votes = {{41, 5, 2}, {29, 14, 5}, {18, 22, 8}};
        for (int i = 0; i < candidates.size(); i++) {
            long c = candidate(id, candidates.get(i), i == 0 ? "ACTIVE" : "DROPPED");
            jdbc.sql("""
                    update cadre_selection_candidate set ballot_position = ?, votes_agree = ?, votes_disagree = ?,
                           votes_abstain = ?, ballots_cast = 48, recommendation_rate = ?
                    where id = ?
                    """).params(i, votes[i][0], votes[i][1], votes[i][2], rate(votes[i][0], 48), c).update();
            if (i == 0) {
                jdbc.sql("""
                        update cadre_selection_candidate set decision_agree = 8, decision_disagree = 0,
                               decision_abstain = 0, decision_passed = true where id = ?
                        """).param(c).update();
            }
        }
        jdbc.sql("""
                insert into cadre_selection_objection (selection_id, received_on, content, handler)
                values (?, ?, '来信反映该同志在分管安全生产期间，对外包单位现场检查流于形式。', '纪委办公室 周敏')
                """).params(id, noticeStart.plusDays(1).isAfter(today) ? today : noticeStart.plusDays(1)).update();
    }

    /** An organization nomination appointed a year less three weeks ago: a promotion, so probation ends soon. */
    private void onProbation(Post post, long person, LocalDate effective) {
        LocalDate motion = effective.minusDays(75);
        long id = selection(post.title() + "人选（组织推荐）", post, 1, "ORGANIZATION_NOMINATION", "APPOINTED", motion);
        jdbc.sql("""
                update cadre_selection set inspection_team = '组织部 王磊、纪委 赵敏', interviewed = 21,
                       check_dossier = true, check_personal = true, check_discipline = true, check_complaints = true,
                       inspection_report = '该同志业务精通，敢于担当，近三年考核均为称职以上。',
                       meeting_date = ?, members_due = 9, members_present = 9, notice_start = ?, notice_end = ?,
                       appointment_no = '党委干〔2025〕21号', effective_date = ?
                where id = ?
                """).params(effective.minusDays(20), effective.minusDays(15), effective.minusDays(8), effective, id)
                .update();
        step(id, null, "MOTION", motion, "组干动〔2025〕21号", "关于启动选拔任用工作的动议");
        step(id, "MOTION", "RECOMMENDATION", motion.plusDays(5), "组干推〔2025〕21号", "组织推荐人选的报告");
        step(id, "RECOMMENDATION", "INSPECTION", motion.plusDays(14), "组干考〔2025〕21号", "考察工作方案");
        step(id, "INSPECTION", "DECISION", motion.plusDays(40), null, "考察报告");
        step(id, "DECISION", "PUBLIC_NOTICE", effective.minusDays(15), "党委公〔2025〕21号", "干部任前公示");
        step(id, "PUBLIC_NOTICE", "APPOINTED", effective, "党委干〔2025〕21号", "关于干部任职的通知");
        // the promotion: the person's main post ends, the deputy post begins
        jdbc.sql("""
                update org_assignment set valid_to = ?, end_reason = 'TRANSFERRED', end_decision_body = '党委',
                       end_document_no = '党委干〔2025〕21号'
                where person_id = ? and kind = 'PRIMARY' and valid_to is null and valid_from < ?
                """).params(effective, person, effective).update();
        boolean full = jdbc.sql("""
                select count(*) >= max(p.approved_count) from org_post p
                left join org_assignment a on a.post_id = p.id and a.valid_to is null where p.id = ?
                """).param(post.id()).query(Boolean.class).single();
        long assignment = jdbc.sql("""
                insert into org_assignment (person_id, post_id, kind, valid_from, decision_body, decision_date,
                                            document_no, over_count_reason)
                values (?, ?, 'PRIMARY', ?, '党委', ?, '党委干〔2025〕21号', ?) returning id
                """).params(person, post.id(), effective, effective.minusDays(20), full ? "经党委研究，超职数配备" : null)
                .query(Long.class).single();
        jdbc.sql("update people_person set unit_id = ? where id = ?").params(post.unitId(), person).update();
        jdbc.sql("update people_unit_membership set valid_to = ? where person_id = ? and valid_to is null and unit_id <> ?")
                .params(effective, person, post.unitId()).update();
        jdbc.sql("""
                insert into people_unit_membership (person_id, unit_id, valid_from)
                select ?, ?, ? where not exists (select 1 from people_unit_membership
                    where person_id = ? and valid_to is null)
                """).params(person, post.unitId(), effective, person).update();
        long c = candidate(id, person, "APPOINTED");
        jdbc.sql("""
                update cadre_selection_candidate set decision_agree = 9, decision_disagree = 0, decision_abstain = 0,
                       decision_passed = true, assignment_id = ?, promotion = true, probation_end = ?
                where id = ?
                """).params(assignment, effective.plusYears(1), c).update();
    }

    /** An open competition (竞聘) with five judges who have scored four eligible applicants; one was not eligible. */
    private void scoredCompetition(Post post, List<Long> applicants, LocalDate today) {
        LocalDate motion = today.minusDays(40);
        long id = selection(post.title() + "竞争上岗", post, 1, "OPEN_COMPETITION", "SCORING", motion);
        jdbc.sql("""
                update cadre_selection set min_education = 'BACHELOR', min_work_years = 8, max_age = 45,
                       min_level = 'SUPERVISOR' where id = ?
                """).param(id).update();
        step(id, null, "MOTION", motion, "组干动〔2026〕15号", "关于开展竞争上岗的动议");
        step(id, "MOTION", "REGISTRATION", motion.plusDays(3), "组干竞〔2026〕15号", "竞争上岗公告");
        step(id, "REGISTRATION", "ELIGIBILITY", motion.plusDays(17), null, "报名情况汇总");
        step(id, "ELIGIBILITY", "SCORING", motion.plusDays(24), null, "资格审查结果公示");
        List<Long> judges = new ArrayList<>();
        for (String name : List.of("党委书记 评委", "总经理 评委", "分管副总 评委", "组织部长 评委", "职工代表 评委")) {
            judges.add(jdbc.sql("insert into cadre_selection_judge (selection_id, name, weight) values (?, ?, 1) returning id")
                    .params(id, name).query(Long.class).single());
        }
        int[][] marks = {{88, 91, 86, 90, 84}, {82, 85, 88, 80, 86}, {90, 87, 93, 89, 92}, {78, 80, 76, 83, 79}};
        List<long[]> scored = new ArrayList<>();
        for (int i = 0; i < applicants.size(); i++) {
            long c = candidate(id, applicants.get(i), i == 4 ? "DROPPED" : "ACTIVE");
            if (i == 4) {
                jdbc.sql("update cadre_selection_candidate set eligible = false, eligibility_reasons = 'WORK_YEARS' where id = ?")
                        .param(c).update();
                continue;
            }
            jdbc.sql("update cadre_selection_candidate set eligible = true where id = ?").param(c).update();
            int sum = 0;
            int max = Integer.MIN_VALUE;
            int min = Integer.MAX_VALUE;
            for (int j = 0; j < judges.size(); j++) {
                jdbc.sql("insert into cadre_selection_score (judge_id, candidate_id, score) values (?, ?, ?)")
                        .params(judges.get(j), c, marks[i][j]).update();
                sum += marks[i][j];
                max = Math.max(max, marks[i][j]);
                min = Math.min(min, marks[i][j]);
            }
            // five judges: the highest and the lowest are dropped, the other three averaged (equal weights)
            scored.add(new long[]{c, (sum - max - min) * 1000L / 3});
        }
        scored.sort((a, b) -> Long.compare(b[1], a[1]));
        for (int r = 0; r < scored.size(); r++) {
            jdbc.sql("update cadre_selection_candidate set score = ?, rank = ? where id = ?")
                    .params(BigDecimal.valueOf(scored.get(r)[1], 3), r + 1, scored.get(r)[0]).update();
        }
    }

    private long selection(String title, Post post, int count, String method, String state, LocalDate created) {
        return jdbc.sql("""
                insert into cadre_selection (title, post_id, unit_id, posts_count, method, state, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, 'orgdept', ?) returning id
                """).params(title, post.id(), post.unitId(), count, method, state,
                        created.atStartOfDay(clock.getZone()).toOffsetDateTime())
                .query(Long.class).single();
    }

    private long step(long id, String from, String to, LocalDate day, String documentNo, String title) {
        return jdbc.sql("""
                insert into cadre_selection_step (selection_id, from_state, to_state, day, document_no, document_title,
                                                  recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, 'orgdept', ?) returning id
                """).params(id, from, to, day, documentNo, title, day.atTime(10, 0).atZone(clock.getZone())
                .toOffsetDateTime()).query(Long.class).single();
    }

    /** A further document of a step: a one-page PDF with its title and text. */
    private void document(long id, long stepId, LocalDate day, String title, String documentNo, String... text) {
        byte[] pdf = onePage(title, documentNo, text);
        jdbc.sql("""
                insert into cadre_selection_document (selection_id, step_id, title, document_no, file_name, file_type,
                                                      size_bytes, content, attached_by, attached_at)
                values (?, ?, ?, ?, ?, 'application/pdf', ?, ?, 'orgdept', ?)
                """).params(id, stepId, title, documentNo, title + ".pdf", pdf.length, pdf,
                        day.atTime(16, 0).atZone(clock.getZone()).toOffsetDateTime()).update();
    }

    private static byte[] onePage(String title, String documentNo, String... text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 72, 72, 72, 72);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.open();
            Paragraph heading = new Paragraph(PdfFonts.phrase(title, 16, Font.BOLD, null));
            heading.setAlignment(Element.ALIGN_CENTER);
            pdf.add(heading);
            if (documentNo != null) {
                Paragraph no = new Paragraph(PdfFonts.phrase(documentNo, 11));
                no.setAlignment(Element.ALIGN_CENTER);
                pdf.add(no);
            }
            for (String paragraph : text) {
                Paragraph p = new Paragraph(PdfFonts.phrase(paragraph, 11));
                p.setFirstLineIndent(22);
                p.setSpacingBefore(8);
                pdf.add(p);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        } finally {
            pdf.close();
        }
        return out.toByteArray();
    }

    private long candidate(long selectionId, long personId, String status) {
        return jdbc.sql("""
                insert into cadre_selection_candidate (selection_id, person_id, status) values (?, ?, ?) returning id
                """).params(selectionId, personId, status).query(Long.class).single();
    }

    private static LocalDate back(HolidayCalendar calendar, LocalDate from, int workingDays) {
        LocalDate d = from;
        for (int left = workingDays; left > 0; ) {
            d = d.minusDays(1);
            if (calendar.isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    private static BigDecimal rate(int agree, int cast) {
        return BigDecimal.valueOf(agree * 100L).divide(BigDecimal.valueOf(cast), 2, RoundingMode.HALF_UP);
    }
}
