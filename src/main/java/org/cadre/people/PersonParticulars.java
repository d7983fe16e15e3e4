package org.cadre.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A person's particulars as the roster keeps them (the fields of the approval form 干部任免审批表 that belong to the
 * person; in bulk for checks against a post's requirements in open competition: education, years of work, age),
 * their photo, and who a national ID or a name and birth month belong to (LRMX import). Read only; the caller decides
 * who may see them.
 */
@Service
public class PersonParticulars {

    private final JdbcClient jdbc;

    PersonParticulars(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param highestEducation the highest education of all (the roster's own field), or null
     * @param workStartDate    when they began working (参加工作时间), or null
     * @param fulltimeDegree  the degree's code ({@code DOCTOR}, {@code MASTER}, {@code BACHELOR}; label
     *                        {@code enum.Degree.<code>}), or null
     */
    public record Particulars(long id, String employeeNo, String name, Gender gender, LocalDate birthDate,
                              String ethnicity, String nativePlace, String birthplace,
                              PoliticalAffiliation politicalAffiliation, LocalDate partyJoinDate,
                              LocalDate workStartDate, String professionalTitle, String nationalId, long unitId,
                              EducationLevel highestEducation, Education fulltime, Education inservice) {
    }

    /** 全日制 / 在职 education as the roster keeps it; every part may be null. */
    public record Education(EducationLevel level, String degree, String school, String major) {

        public boolean isEmpty() {
            return level == null && degree == null && school == null && major == null;
        }
    }

    public record Photo(String contentType, byte[] content) {
    }

    public Optional<Particulars> find(long personId) {
        return jdbc.sql("select * from people_person where id = ?").param(personId)
                .query(PersonParticulars::particulars).optional();
    }

    /** The particulars of these people, by id; those not found are left out. */
    public Map<Long, Particulars> findAll(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select * from people_person where id = any(?)").param(personIds.toArray(Long[]::new))
                .query(PersonParticulars::particulars).list().stream()
                .collect(Collectors.toMap(Particulars::id, Function.identity()));
    }

    public Optional<Photo> photo(long personId) {
        return jdbc.sql("select content_type, content from people_photo where person_id = ?").param(personId)
                .query((rs, n) -> new Photo(rs.getString(1), rs.getBytes(2))).optional();
    }

    /** Ids of the people with this national ID (one at most: it is unique). */
    public List<Long> idsByNationalId(String nationalId) {
        return jdbc.sql("select id from people_person where upper(national_id) = upper(?)").param(nationalId)
                .query(Long.class).list();
    }

    /** Ids of the people with this name born in this month (the approval form gives the month only). */
    public List<Long> idsByNameAndBirthMonth(String name, int year, int month) {
        LocalDate first = LocalDate.of(year, month, 1);
        return jdbc.sql("select id from people_person where name = ? and birth_date >= ? and birth_date < ? order by id")
                .params(name, first, first.plusMonths(1)).query(Long.class).list();
    }

    private static Particulars particulars(ResultSet rs, int row) throws SQLException {
        return new Particulars(rs.getLong("id"), rs.getString("employee_no"), rs.getString("name"),
                parse(Gender.class, rs.getString("gender")), rs.getObject("birth_date", LocalDate.class),
                rs.getString("ethnicity"), rs.getString("native_place"), rs.getString("birthplace"),
                parse(PoliticalAffiliation.class, rs.getString("political_affiliation")),
                rs.getObject("party_join_date", LocalDate.class), rs.getObject("work_start_date", LocalDate.class),
                rs.getString("professional_title"), rs.getString("national_id"), rs.getLong("unit_id"),
                parse(EducationLevel.class, rs.getString("highest_education")),
                new Education(parse(EducationLevel.class, rs.getString("fulltime_education")),
                        rs.getString("fulltime_degree"), rs.getString("fulltime_school"), rs.getString("fulltime_major")),
                new Education(parse(EducationLevel.class, rs.getString("inservice_education")),
                        rs.getString("inservice_degree"), rs.getString("inservice_school"),
                        rs.getString("inservice_major")));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
