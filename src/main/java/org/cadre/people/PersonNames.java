package org.cadre.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Names and employee numbers of people by id, and ids by employee number, in bulk: for the modules that show lists
 * of people they keep only the ids of (voter rolls, appraisees). The caller decides who may see them.
 */
@Service
public class PersonNames {

    private final JdbcClient jdbc;

    PersonNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A person as a list shows them, with the unit they belong to today. */
    public record Named(long id, String employeeNo, String name, long unitId) {
    }

    public Map<Long, Named> byIds(Collection<Long> ids) {
        Map<Long, Named> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("select id, employee_no, name, unit_id from people_person where id = any(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> new Named(rs.getLong("id"), rs.getString("employee_no"), rs.getString("name"),
                        rs.getLong("unit_id")))
                .list().forEach(p -> found.put(p.id(), p));
        return found;
    }

    /** Ids of the people with these employee numbers; numbers that match nobody are missing from the map. */
    public Map<String, Long> idsByEmployeeNo(Collection<String> employeeNos) {
        Map<String, Long> found = new HashMap<>();
        if (employeeNos.isEmpty()) {
            return found;
        }
        jdbc.sql("select employee_no, id from people_person where employee_no = any(:nos)")
                .param("nos", employeeNos.toArray(String[]::new))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> found.put(e.getKey(), e.getValue()));
        return found;
    }

    /** People whose name or employee number contains the text (a picker), at most {@code limit}. */
    public List<Named> search(String text, int limit) {
        String like = org.cadre.shared.Text.likeContains(text);
        return jdbc.sql("""
                select id, employee_no, name, unit_id from people_person
                where name ilike :like escape '\\' or employee_no ilike :like escape '\\'
                order by name limit :limit
                """).param("like", like).param("limit", limit)
                .query((rs, n) -> new Named(rs.getLong("id"), rs.getString("employee_no"), rs.getString("name"),
                        rs.getLong("unit_id"))).list();
    }

    /** How many people in all and how many women: of these ids, or of the active workforce when ids is null. */
    public record Headcount(long all, long women) {
    }

    /** Headcount of these people (e.g. the women's share of an elected body's composition rule). */
    public Headcount headcount(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return new Headcount(0, 0);
        }
        return jdbc.sql("select count(*), count(*) filter (where gender = 'F') from people_person where id = any(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> new Headcount(rs.getLong(1), rs.getLong(2))).single();
    }

    /** Headcount of the active workforce. */
    public Headcount workforce() {
        return jdbc.sql("select count(*), count(*) filter (where gender = 'F') from people_person where status = 'ACTIVE'")
                .query((rs, n) -> new Headcount(rs.getLong(1), rs.getLong(2))).single();
    }
}
