package org.cadre.assessment.internal;

import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.cadre.assessment.AnnualGrades;
import org.cadre.assessment.Grade;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Final grades of finalized annual cycles, else imported past results, of one year (see {@link AnnualGrades}). */
@Service
class AnnualGradeReader implements AnnualGrades {

    private final JdbcClient jdbc;

    AnnualGradeReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Grade> of(Collection<Long> personIds, int year) {
        Map<Long, Grade> grades = new HashMap<>();
        if (personIds.isEmpty()) {
            return grades;
        }
        jdbc.sql("""
                select distinct on (person_id) person_id, grade from (
                    select a.person_id, a.final_grade as grade, 0 as pref, c.id as ord
                    from assessment_appraisee a join assessment_cycle c on c.id = a.cycle_id
                    where c.kind = 'ANNUAL' and c.state = 'FINALIZED' and a.final_grade is not null
                      and a.person_id = any(:ids) and c.year = :year
                    union all
                    select person_id, grade, 1, 0 from assessment_past_result
                    where person_id = any(:ids) and year = :year
                ) r
                order by person_id, pref, ord desc
                """).param("ids", personIds.toArray(Long[]::new)).param("year", year)
                .query((ResultSet rs) -> {
                    grades.put(rs.getLong("person_id"), Grade.valueOf(rs.getString("grade")));
                });
        return grades;
    }
}
