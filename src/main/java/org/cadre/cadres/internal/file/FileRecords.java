package org.cadre.cadres.internal.file;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The cadre file's tables: the lines of each {@link Section} and the approval form's own fields. */
@Repository
class FileRecords {

    private final JdbcClient jdbc;

    FileRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Line> lines(Section section, long personId) {
        return jdbc.sql("select * from " + section.table() + " where person_id = ? order by " + section.orderBy())
                .param(personId).query((rs, n) -> line(section, rs)).list();
    }

    Optional<Line> line(Section section, long personId, long lineId) {
        return jdbc.sql("select * from " + section.table() + " where person_id = ? and id = ?")
                .params(personId, lineId).query((rs, n) -> line(section, rs)).optional();
    }

    long insert(Section section, long personId, Map<String, Object> values) {
        String columns = section.fields().stream().map(Section.Field::column).collect(Collectors.joining(", "));
        String params = section.fields().stream().map(f -> ":" + f.name()).collect(Collectors.joining(", "));
        return jdbc.sql("insert into " + section.table() + " (person_id, " + columns + ") values (:personId, "
                        + params + ") returning id")
                .params(values).param("personId", personId).query(Long.class).single();
    }

    void update(Section section, long personId, long lineId, Map<String, Object> values) {
        String set = section.fields().stream().map(f -> f.column() + " = :" + f.name())
                .collect(Collectors.joining(", "));
        jdbc.sql("update " + section.table() + " set " + set + " where person_id = :personId and id = :id")
                .params(values).param("personId", personId).param("id", lineId).update();
    }

    void delete(Section section, long personId, long lineId) {
        jdbc.sql("delete from " + section.table() + " where person_id = ? and id = ?").params(personId, lineId)
                .update();
    }

    void deleteAll(Section section, long personId) {
        jdbc.sql("delete from " + section.table() + " where person_id = ?").param(personId).update();
    }

    private static Line line(Section section, ResultSet rs) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Section.Field f : section.fields()) {
            values.put(f.name(), switch (f.type()) {
                case DATE -> rs.getObject(f.column(), LocalDate.class);
                case INTEGER -> (Integer) rs.getObject(f.column());
                default -> rs.getString(f.column());
            });
        }
        return new Line(rs.getLong("id"), values);
    }

    // --- the approval form's own fields

    Optional<FormFields> form(long personId) {
        return jdbc.sql("select * from cadre_file_form where person_id = ?").param(personId)
                .query((rs, n) -> new FormFields(rs.getString("health"), rs.getString("specialty"),
                        rs.getString("current_post_text"), rs.getString("proposed_post"), rs.getString("removed_post"),
                        rs.getString("reason"), rs.getString("approving_body"),
                        rs.getObject("age_date", LocalDate.class), rs.getObject("fill_date", LocalDate.class),
                        rs.getString("filled_by"), rs.getString("annual_results_text")))
                .optional();
    }

    void saveForm(long personId, FormFields form, OffsetDateTime at) {
        jdbc.sql("""
                insert into cadre_file_form (person_id, health, specialty, current_post_text, proposed_post,
                    removed_post, reason, approving_body, age_date, fill_date, filled_by, annual_results_text, updated_at)
                values (:personId, :health, :specialty, :currentPost, :proposedPost, :removedPost, :reason,
                    :approvingBody, :ageDate, :fillDate, :filledBy, :annualResults, :at)
                on conflict (person_id) do update set health = excluded.health, specialty = excluded.specialty,
                    current_post_text = excluded.current_post_text, proposed_post = excluded.proposed_post,
                    removed_post = excluded.removed_post, reason = excluded.reason,
                    approving_body = excluded.approving_body, age_date = excluded.age_date,
                    fill_date = excluded.fill_date, filled_by = excluded.filled_by,
                    annual_results_text = excluded.annual_results_text, updated_at = excluded.updated_at
                """)
                .param("personId", personId).param("health", form.health()).param("specialty", form.specialty())
                .param("currentPost", form.currentPost()).param("proposedPost", form.proposedPost())
                .param("removedPost", form.removedPost()).param("reason", form.reason())
                .param("approvingBody", form.approvingBody()).param("ageDate", form.ageDate())
                .param("fillDate", form.fillDate()).param("filledBy", form.filledBy())
                .param("annualResults", form.annualResults()).param("at", at).update();
    }

    record StoredPhoto(String contentType, byte[] content) {
    }

    Optional<StoredPhoto> photo(long personId) {
        return jdbc.sql("select photo_type, photo from cadre_file_form where person_id = ? and photo is not null")
                .param(personId).query((rs, n) -> new StoredPhoto(rs.getString(1), rs.getBytes(2))).optional();
    }

    /** Call after {@link #saveForm}: the row exists. */
    void savePhoto(long personId, StoredPhoto photo) {
        jdbc.sql("update cadre_file_form set photo_type = ?, photo = ? where person_id = ?")
                .params(photo.contentType(), photo.content(), personId).update();
    }

    /** Every section's lines of a person, for the audit's before and after of an import. */
    Map<String, List<Map<String, Object>>> snapshot(long personId) {
        Map<String, List<Map<String, Object>>> all = new LinkedHashMap<>();
        for (Section s : Section.values()) {
            List<Map<String, Object>> lines = new ArrayList<>();
            lines(s, personId).forEach(l -> lines.add(l.values()));
            all.put(s.path(), lines);
        }
        return all;
    }
}
