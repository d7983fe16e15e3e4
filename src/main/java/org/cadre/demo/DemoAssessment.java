package org.cadre.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.cadre.assessment.AssessmentHistory;
import org.cadre.assessment.Grade;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo company's finished 2025 annual appraisal of its mid-level cadres (中层干部), with the 2023 and 2024 grades
 * of the cadres who were there, so that the consequence rules have years to read: a few cadres are Excellent three
 * years running, a few Basically Competent twice. Scores are invented and deterministic for a seed.
 */
@Component
class DemoAssessment {

    static final int YEAR = 2025;

    private final AssessmentHistory history;
    private final JdbcClient jdbc;

    DemoAssessment(AssessmentHistory history, JdbcClient jdbc) {
        this.history = history;
        this.jdbc = jdbc;
    }

    /** @return the cycle's id, or null when there were no mid-level cadres at the end of the year */
    Long load(long seed, LocalDate today) {
        // the cadres at the end of 2025, or today while 2025 is not over
        LocalDate yearEnd = today.isAfter(LocalDate.of(YEAR, 12, 31)) ? LocalDate.of(YEAR, 12, 31) : today;
        List<Long> cadres = jdbc.sql("""
                select distinct a.person_id from org_assignment a join org_post p on p.id = a.post_id
                where p.level in ('MID_PRINCIPAL', 'MID_DEPUTY') and a.kind = 'PRIMARY'
                  and a.valid_from <= ? and (a.valid_to is null or a.valid_to > ?)
                order by a.person_id
                """).params(yearEnd, yearEnd).query(Long.class).list();
        if (cadres.isEmpty()) {
            return null;
        }
        Random random = new Random(seed + YEAR);
        List<AssessmentHistory.Scores> scores = new ArrayList<>();
        for (long person : cadres) {
            double level = 84 + random.nextGaussian() * 6;
            BigDecimal business = score(level + random.nextGaussian() * 4);
            BigDecimal democratic = score(level + random.nextGaussian() * 3);
            BigDecimal superior = score(level + random.nextGaussian() * 3);
            scores.add(new AssessmentHistory.Scores(person, business, democratic, superior));
            // earlier years, for those whose results fit a streak
            if (level >= 90 && random.nextInt(3) > 0) {
                history.recordPastResult(person, 2023, Grade.EXCELLENT, score(90 + random.nextDouble() * 5));
                history.recordPastResult(person, 2024, Grade.EXCELLENT, score(90 + random.nextDouble() * 5));
            } else if (level < 75 && random.nextBoolean()) {
                history.recordPastResult(person, 2024, Grade.BASICALLY_COMPETENT, score(62 + random.nextDouble() * 10));
            } else if (random.nextInt(4) == 0) {
                history.recordPastResult(person, 2024, Grade.COMPETENT, score(78 + random.nextDouble() * 10));
            }
        }
        return history.recordFinishedAnnualCycle(new AssessmentHistory.FinishedCycle(YEAR,
                "2025 年度中层干部综合考核评价", Locale.SIMPLIFIED_CHINESE, "按优秀比例（20%）控制，按综合得分排序调整", scores));
    }

    private static BigDecimal score(double value) {
        return BigDecimal.valueOf(Math.max(40, Math.min(99.5, value))).setScale(1, RoundingMode.HALF_UP);
    }
}
