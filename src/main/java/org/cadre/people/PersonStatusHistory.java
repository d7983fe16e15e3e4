package org.cadre.people;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A person's status history on the roster (退休、离职、借调、在岗…), as kept by every status change: for the profile,
 * the API and the modules that react to a change (e.g. the congress giving a seat back when an exit is undone). The
 * caller decides who may see it.
 */
@Service
public class PersonStatusHistory {

    /**
     * @param reason     why, when one was given (a change on the roster gives none)
     * @param recordedBy the username of who recorded it ({@code system} without a signed-in user), null for changes
     *                   recorded before it was kept and not found in the audit log
     */
    public record StatusChange(LocalDate effectiveDate, PersonStatus from, PersonStatus to, String reason,
                               String recordedBy, OffsetDateTime recordedAt) {
    }

    private static final RowMapper<StatusChange> ROW = (rs, n) -> new StatusChange(
            rs.getObject("effective_date", LocalDate.class), PersonStatus.valueOf(rs.getString("from_status")),
            PersonStatus.valueOf(rs.getString("to_status")), rs.getString("reason"), rs.getString("recorded_by"),
            rs.getObject("changed_at", OffsetDateTime.class));

    private final JdbcClient jdbc;

    PersonStatusHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every change of the person's status, the latest effective first (of one day, the last recorded first). */
    public List<StatusChange> of(long personId) {
        return jdbc.sql("""
                select effective_date, from_status, to_status, reason, recorded_by, changed_at
                from people_status_change where person_id = ? order by effective_date desc, id desc
                """).param(personId).query(ROW).list();
    }

    /**
     * The last change recorded that gave the person this status (in the order recorded, whatever its effective
     * date): while they still have it, the change that made it so.
     */
    public Optional<StatusChange> lastChangeTo(long personId, PersonStatus status) {
        return jdbc.sql("""
                select effective_date, from_status, to_status, reason, recorded_by, changed_at
                from people_status_change where person_id = ? and to_status = ? order by id desc limit 1
                """).param(personId).param(status.name()).query(ROW).optional();
    }
}
