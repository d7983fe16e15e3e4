package org.cadre.organization;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cadre.organization.internal.UnitSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Posts of given levels with whoever holds them on a date: what a succession view (接替人选) or a structure analysis
 * starts from. Only active posts of units open that day.
 */
@Service
public class PostHolders {

    /** A post on a date with its holders, primary holders first. */
    public record HeldPost(long postId, String title, PostLevel level, long unitId, String unitName, boolean keyPost,
                           List<Holder> holders) {
    }

    /** One assignment to the post, open on the date. */
    public record Holder(long assignmentId, long personId, LocalDate since) {
    }

    private final JdbcClient jdbc;

    PostHolders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param unitIds the units whose posts count (not the units below them), or null for every unit
     */
    public List<HeldPost> postsOfLevels(Collection<PostLevel> levels, Collection<Long> unitIds, LocalDate asOf) {
        if (levels.isEmpty() || (unitIds != null && unitIds.isEmpty())) {
            return List.of();
        }
        return query("p.level = any(:levels) and (cast(:everywhere as boolean) or p.unit_id = any(:units))",
                Map.of("levels", levels.stream().map(Enum::name).toArray(String[]::new),
                        "everywhere", unitIds == null,
                        "units", unitIds == null ? new Long[0] : unitIds.toArray(Long[]::new)), asOf);
    }

    public Optional<HeldPost> post(long postId, LocalDate asOf) {
        return query("p.id = :postId", Map.of("postId", postId), asOf).stream().findFirst();
    }

    private List<HeldPost> query(String condition, Map<String, Object> params, LocalDate asOf) {
        Map<Long, HeldPost> posts = new LinkedHashMap<>();
        jdbc.sql("""
                with units as (%s)
                select p.id, p.title, p.level, p.unit_id, u.name as unit_name, p.key_post,
                       a.id as assignment_id, a.person_id, a.valid_from
                from org_post p join units u on u.unit_id = p.unit_id
                left join org_assignment a on a.post_id = p.id and a.valid_from <= :asOf
                     and (a.valid_to is null or a.valid_to > :asOf)
                where p.active and %s
                order by u.sort_order, u.name, p.sort_order, p.id, a.kind desc, a.valid_from, a.id
                """.formatted(UnitSql.UNITS_AS_OF, condition))
                .params(params).param("asOf", asOf)
                .query((ResultSet rs) -> {
                    HeldPost post = posts.computeIfAbsent(rs.getLong("id"), id -> {
                        try {
                            return new HeldPost(id, rs.getString("title"), PostLevel.valueOf(rs.getString("level")),
                                    rs.getLong("unit_id"), rs.getString("unit_name"), rs.getBoolean("key_post"),
                                    new ArrayList<>());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    if (rs.getObject("assignment_id") != null) {
                        post.holders().add(new Holder(rs.getLong("assignment_id"), rs.getLong("person_id"),
                                rs.getObject("valid_from", LocalDate.class)));
                    }
                });
        return posts.values().stream().map(p -> new HeldPost(p.postId(), p.title(), p.level(), p.unitId(),
                p.unitName(), p.keyPost(), List.copyOf(p.holders()))).toList();
    }
}
