package org.cadre.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What a person's record says about their career, in bulk, for checks against a post's requirements (open
 * competition: education, years of work, age). The caller decides who may see them.
 */
@Service
public class PersonFacts {

    /** @param workStartDate when they began working (参加工作时间), null when not recorded */
    public record Facts(long personId, String name, LocalDate birthDate, EducationLevel highestEducation,
                        LocalDate workStartDate, long unitId) {
    }

    private final JdbcClient jdbc;

    PersonFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Long, Facts> byIds(Collection<Long> ids) {
        Map<Long, Facts> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                select id, name, birth_date, highest_education, work_start_date, unit_id
                from people_person where id = any(:ids)
                """).param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> new Facts(rs.getLong("id"), rs.getString("name"),
                        rs.getObject("birth_date", LocalDate.class),
                        rs.getString("highest_education") == null ? null
                                : EducationLevel.valueOf(rs.getString("highest_education")),
                        rs.getObject("work_start_date", LocalDate.class), rs.getLong("unit_id")))
                .list().forEach(f -> found.put(f.personId(), f));
        return found;
    }
}
