package org.cadre.congress.internal.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The delegation secretaries (代表团秘书) on a day: the one place to read them. The secretary records the
 * delegation's breakout opinions at every meeting (the proposals part's {@code Breakouts} asks here); there is no
 * separate per-meeting appointment. Read-only; {@link Delegates#setSecretary} is the one place that appoints.
 */
@Component
public class DelegationSecretaries {

    private final JdbcClient jdbc;

    DelegationSecretaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Secretary(long delegationId, String delegationName, long personId) {
    }

    /** The secretary of a delegation on the day. */
    public Optional<Long> of(long delegationId, LocalDate day) {
        return jdbc.sql("""
                select person_id from congress_delegation_secretary
                where delegation_id = :d and valid_from <= :day and (valid_to is null or valid_to > :day)
                """).param("d", delegationId).param("day", day).query(Long.class).optional();
    }

    /** The delegations a person is secretary of on the day. */
    public List<Secretary> delegationsOf(long personId, LocalDate day) {
        return jdbc.sql("""
                select s.delegation_id, g.name, s.person_id from congress_delegation_secretary s
                join congress_delegation g on g.id = s.delegation_id
                where s.person_id = :p and s.valid_from <= :day and (s.valid_to is null or s.valid_to > :day)
                order by g.sort_order
                """).param("p", personId).param("day", day)
                .query((rs, n) -> new Secretary(rs.getLong(1), rs.getString(2), rs.getLong(3))).list();
    }

    /** Every delegation of the term with its secretary on the day. */
    public List<Secretary> ofTerm(long termId, LocalDate day) {
        return jdbc.sql("""
                select s.delegation_id, g.name, s.person_id from congress_delegation_secretary s
                join congress_delegation g on g.id = s.delegation_id
                where g.term_id = :t and s.valid_from <= :day and (s.valid_to is null or s.valid_to > :day)
                order by g.sort_order
                """).param("t", termId).param("day", day)
                .query((rs, n) -> new Secretary(rs.getLong(1), rs.getString(2), rs.getLong(3))).list();
    }
}
