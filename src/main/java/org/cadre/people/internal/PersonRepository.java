package org.cadre.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cadre.people.EducationLevel;
import org.cadre.people.Gender;
import org.cadre.people.PersonStatus;
import org.cadre.people.PoliticalAffiliation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** people_person and people_photo. Every write bumps the version, so that a form read before it is refused. */
@Repository
class PersonRepository {

    private static final String COLUMNS = """
            id, employee_no, name, gender, birth_date, ethnicity, native_place, birthplace, political_affiliation,
            party_join_date, work_start_date, company_join_date, fulltime_education, fulltime_degree, fulltime_school,
            fulltime_major, inservice_education, inservice_degree, inservice_school, inservice_major,
            highest_education, professional_title, title_grade, national_id, phone, status, unit_id, version
            """;

    private final JdbcClient jdbc;

    PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Person> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from people_person where id = ?").param(id)
                .query(PersonRepository::person).optional();
    }

    Optional<Person> findByEmployeeNo(String employeeNo) {
        return jdbc.sql("select " + COLUMNS + " from people_person where employee_no = ?").param(employeeNo)
                .query(PersonRepository::person).optional();
    }

    List<Person> findByEmployeeNos(Collection<String> employeeNos) {
        if (employeeNos.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from people_person where employee_no = any(?)")
                .param(employeeNos.toArray(String[]::new)).query(PersonRepository::person).list();
    }

    List<Person> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from people_person where id = any(?)")
                .param(ids.toArray(Long[]::new)).query(PersonRepository::person).list();
    }

    boolean employeeNoTaken(String employeeNo, Long exceptId) {
        return jdbc.sql("select exists (select 1 from people_person where employee_no = ? and id <> ?)")
                .params(employeeNo, exceptId == null ? -1L : exceptId).query(Boolean.class).single();
    }

    /** Who holds a national ID: enough to tell whether the one asking may be told who. */
    record Holder(long id, String employeeNo, long unitId) {
    }

    /** Whoever else holds this national ID. */
    Optional<Holder> nationalIdHolder(String nationalId, Long exceptId) {
        return jdbc.sql("select id, employee_no, unit_id from people_person where national_id = ? and id <> ?")
                .params(nationalId, exceptId == null ? -1L : exceptId).query(Holder.class).optional();
    }

    /** The holders of these national IDs, by ID. */
    Map<String, Holder> nationalIdHolders(Collection<String> nationalIds) {
        Map<String, Holder> holders = new HashMap<>();
        if (!nationalIds.isEmpty()) {
            jdbc.sql("select national_id, id, employee_no, unit_id from people_person where national_id = any(?)")
                    .param(nationalIds.toArray(String[]::new))
                    .query((ResultSet rs) -> {
                        holders.put(rs.getString(1), new Holder(rs.getLong(2), rs.getString(3), rs.getLong(4)));
                    });
        }
        return holders;
    }

    long insert(PersonData d, long unitId) {
        return jdbc.sql("""
                insert into people_person (employee_no, name, gender, birth_date, ethnicity, native_place, birthplace,
                    political_affiliation, party_join_date, work_start_date, company_join_date, fulltime_education,
                    fulltime_degree, fulltime_school, fulltime_major, inservice_education, inservice_degree,
                    inservice_school, inservice_major, highest_education, professional_title, title_grade,
                    national_id, phone, status, unit_id)
                values (:employeeNo, :name, :gender, :birthDate, :ethnicity, :nativePlace, :birthplace,
                    :politicalAffiliation, :partyJoinDate, :workStartDate, :companyJoinDate, :fulltimeEducation,
                    :fulltimeDegree, :fulltimeSchool, :fulltimeMajor, :inserviceEducation, :inserviceDegree,
                    :inserviceSchool, :inserviceMajor, :highestEducation, :professionalTitle, :titleGrade,
                    :nationalId, :phone, 'ACTIVE', :unitId)
                returning id
                """).paramSource(new PersonParams(d).addValue("unitId", unitId)).query(Long.class).single();
    }

    /** @return false when the person was changed since {@code version} was read (or does not exist) */
    boolean update(long id, PersonData d, int version) {
        return jdbc.sql("""
                update people_person set employee_no = :employeeNo, name = :name, gender = :gender,
                    birth_date = :birthDate, ethnicity = :ethnicity, native_place = :nativePlace,
                    birthplace = :birthplace, political_affiliation = :politicalAffiliation,
                    party_join_date = :partyJoinDate, work_start_date = :workStartDate,
                    company_join_date = :companyJoinDate, fulltime_education = :fulltimeEducation,
                    fulltime_degree = :fulltimeDegree, fulltime_school = :fulltimeSchool,
                    fulltime_major = :fulltimeMajor, inservice_education = :inserviceEducation,
                    inservice_degree = :inserviceDegree, inservice_school = :inserviceSchool,
                    inservice_major = :inserviceMajor, highest_education = :highestEducation,
                    professional_title = :professionalTitle, title_grade = :titleGrade,
                    national_id = coalesce(:nationalId, national_id), phone = :phone,
                    updated_at = now(), version = version + 1
                where id = :id and version = :version
                """).paramSource(new PersonParams(d).addValue("id", id).addValue("version", version)).update() == 1;
    }

    void setStatus(long id, PersonStatus status) {
        jdbc.sql("update people_person set status = ?, updated_at = now(), version = version + 1 where id = ?")
                .params(status.name(), id).update();
    }

    /** Keeps a status change in the person's history. */
    void insertStatusChange(long id, PersonStatus from, PersonStatus to, LocalDate effective, String reason,
                            String recordedBy) {
        jdbc.sql("""
                insert into people_status_change (person_id, from_status, to_status, effective_date, reason, recorded_by)
                values (?, ?, ?, ?, ?, ?)
                """).params(id, from.name(), to.name(), effective, reason, recordedBy).update();
    }

    void setUnit(long id, long unitId) {
        jdbc.sql("update people_person set unit_id = ?, updated_at = now(), version = version + 1 where id = ?")
                .params(unitId, id).update();
    }

    record Photo(String contentType, byte[] content) {
    }

    Optional<Photo> photo(long personId) {
        return jdbc.sql("select content_type, content from people_photo where person_id = ?").param(personId)
                .query((rs, n) -> new Photo(rs.getString(1), rs.getBytes(2))).optional();
    }

    boolean hasPhoto(long personId) {
        return jdbc.sql("select exists (select 1 from people_photo where person_id = ?)").param(personId)
                .query(Boolean.class).single();
    }

    void savePhoto(long personId, Photo photo) {
        jdbc.sql("""
                insert into people_photo (person_id, content_type, content) values (?, ?, ?)
                on conflict (person_id) do update set content_type = excluded.content_type, content = excluded.content
                """).params(personId, photo.contentType(), photo.content()).update();
    }

    private static Person person(ResultSet rs, int row) throws SQLException {
        PersonData data = new PersonData(rs.getString("employee_no"), rs.getString("name"),
                Enums.parse(Gender.class, rs.getString("gender")), rs.getObject("birth_date", LocalDate.class),
                rs.getString("ethnicity"), rs.getString("native_place"), rs.getString("birthplace"),
                Enums.parse(PoliticalAffiliation.class, rs.getString("political_affiliation")),
                rs.getObject("party_join_date", LocalDate.class), rs.getObject("work_start_date", LocalDate.class),
                rs.getObject("company_join_date", LocalDate.class),
                Enums.parse(EducationLevel.class, rs.getString("fulltime_education")),
                Enums.parse(Degree.class, rs.getString("fulltime_degree")), rs.getString("fulltime_school"),
                rs.getString("fulltime_major"), Enums.parse(EducationLevel.class, rs.getString("inservice_education")),
                Enums.parse(Degree.class, rs.getString("inservice_degree")), rs.getString("inservice_school"),
                rs.getString("inservice_major"), Enums.parse(EducationLevel.class, rs.getString("highest_education")),
                rs.getString("professional_title"), Enums.parse(TitleGrade.class, rs.getString("title_grade")),
                rs.getString("national_id"), rs.getString("phone"), rs.getLong("unit_id"), rs.getInt("version"));
        return new Person(rs.getLong("id"), data, Enums.parse(PersonStatus.class, rs.getString("status")),
                rs.getLong("unit_id"), rs.getInt("version"));
    }
}
