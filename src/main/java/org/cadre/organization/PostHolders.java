package org.cadre.organization;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cadre.organization.internal.UnitSql;
import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
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

    /**
     * Posts to leave out: these posts, and every post of these levels in these units (as {@link #key} pairs). A
     * succession view leaves out the posts that already have a ready successor.
     */
    public record Excluded(Collection<Long> postIds, Collection<String> levelUnits) {

        public static final Excluded NONE = new Excluded(List.of(), List.of());

        public static String key(PostLevel level, long unitId) {
            return level.name() + "@" + unitId;
        }
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
        return query(LEVELS_AND_UNITS, levelsAndUnits(levels, unitIds), asOf);
    }

    /**
     * One page of {@link #postsOfLevels} without the excluded posts, filtered, counted and paged in the database.
     *
     * @param unitIds the units whose posts count (not the units below them), or null for every unit
     */
    public Page<HeldPost> pageOfLevels(Collection<PostLevel> levels, Collection<Long> unitIds, Excluded excluded,
                                       LocalDate asOf, PageRequest page) {
        if (levels.isEmpty() || (unitIds != null && unitIds.isEmpty())) {
            return new Page<>(List.of(), 0, page);
        }
        String condition = LEVELS_AND_UNITS + EXCLUDED;
        Map<String, Object> params = new HashMap<>(levelsAndUnits(levels, unitIds));
        params.put("excludedPosts", excluded.postIds().toArray(Long[]::new));
        params.put("excludedLevelUnits", excluded.levelUnits().toArray(String[]::new));
        long total = jdbc.sql("""
                with units as (%s)
                select count(*) from org_post p join units u on u.unit_id = p.unit_id where p.active and %s
                """.formatted(UnitSql.UNITS_AS_OF, condition)).params(params).param("asOf", asOf)
                .query(Long.class).single();
        if (total == 0 || page.offset() >= total) {
            return new Page<>(List.of(), total, page);
        }
        params.put("limit", page.limit());
        params.put("offset", page.offset());
        return new Page<>(query(condition, params, asOf), total, page);
    }

    /** Counts the posts of {@link #pageOfLevels} without a page (e.g. all key posts, whether excluded or not). */
    public long countOfLevels(Collection<PostLevel> levels, Collection<Long> unitIds, LocalDate asOf) {
        return pageOfLevels(levels, unitIds, Excluded.NONE, asOf, new PageRequest(0, 1)).total();
    }

    private static final String LEVELS_AND_UNITS =
            "p.level = any(:levels) and (cast(:everywhere as boolean) or p.unit_id = any(:units))";
    private static final String EXCLUDED =
            " and not (p.id = any(:excludedPosts) or (p.level || '@' || p.unit_id) = any(:excludedLevelUnits))";

    private static Map<String, Object> levelsAndUnits(Collection<PostLevel> levels, Collection<Long> unitIds) {
        return Map.of("levels", levels.stream().map(Enum::name).toArray(String[]::new),
                "everywhere", unitIds == null,
                "units", unitIds == null ? new Long[0] : unitIds.toArray(Long[]::new));
    }

    public Optional<HeldPost> post(long postId, LocalDate asOf) {
        return query("p.id = :postId", Map.of("postId", postId), asOf).stream().findFirst();
    }

    /** Posts meeting the condition, with their holders; a page of posts when the params hold limit and offset. */
    private List<HeldPost> query(String condition, Map<String, Object> params, LocalDate asOf) {
        Map<Long, HeldPost> posts = new LinkedHashMap<>();
        Map<String, Object> all = new HashMap<>(params);
        all.putIfAbsent("limit", null);
        all.putIfAbsent("offset", 0L);
        jdbc.sql("""
                with units as (%s),
                chosen as (
                    select p.id, p.title, p.level, p.unit_id, u.name as unit_name, p.key_post,
                           u.sort_order as unit_order, p.sort_order
                    from org_post p join units u on u.unit_id = p.unit_id
                    where p.active and %s
                    order by u.sort_order, u.name, p.sort_order, p.id
                    limit cast(:limit as integer) offset cast(:offset as bigint)
                )
                select p.id, p.title, p.level, p.unit_id, p.unit_name, p.key_post,
                       a.id as assignment_id, a.person_id, a.valid_from
                from chosen p
                left join org_assignment a on a.post_id = p.id and a.valid_from <= :asOf
                     and (a.valid_to is null or a.valid_to > :asOf)
                order by p.unit_order, p.unit_name, p.sort_order, p.id, a.kind desc, a.valid_from, a.id
                """.formatted(UnitSql.UNITS_AS_OF, condition))
                .params(all).param("asOf", asOf)
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
