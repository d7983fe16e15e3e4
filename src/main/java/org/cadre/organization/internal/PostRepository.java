package org.cadre.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.cadre.organization.PostLevel;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Posts of units, with how many people hold them on a date. */
@Repository
class PostRepository {

    private static final String COLUMNS = """
            p.id, p.unit_id, p.title, p.level, p.track, p.approved_count, p.key_post, p.active, p.version
            """;

    private final JdbcClient jdbc;

    PostRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A post with the number of its holders on a day. */
    record PostLine(Post post, int filled) {

        public boolean overFilled() {
            return filled > post.approvedCount();
        }
    }

    Optional<Post> find(long postId) {
        return jdbc.sql("select " + COLUMNS + " from org_post p where p.id = ?").param(postId)
                .query(PostRepository::post).optional();
    }

    /** The post, locked until the end of the transaction: appointments to it are counted one at a time. */
    Optional<Post> lock(long postId) {
        return jdbc.sql("select " + COLUMNS + " from org_post p where p.id = ? for update").param(postId)
                .query(PostRepository::post).optional();
    }

    /** The active posts of a unit with their holders on {@code asOf}. */
    List<PostLine> linesOf(long unitId, LocalDate asOf) {
        return jdbc.sql("select " + COLUMNS + """
                , (select count(*) from org_assignment a where a.post_id = p.id
                   and a.valid_from <= :asOf and (a.valid_to is null or a.valid_to > :asOf)) as filled
                from org_post p where p.unit_id = :unitId and p.active
                order by p.sort_order, p.id
                """).param("unitId", unitId).param("asOf", asOf)
                .query((rs, n) -> new PostLine(post(rs, n), rs.getInt("filled"))).list();
    }

    PostLine line(Post post, LocalDate asOf) {
        int filled = jdbc.sql("""
                select count(*) from org_assignment
                where post_id = :postId and valid_from <= :asOf and (valid_to is null or valid_to > :asOf)
                """).param("postId", post.id()).param("asOf", asOf).query(Integer.class).single();
        return new PostLine(post, filled);
    }

    Optional<Long> findActiveId(long unitId, String title) {
        return jdbc.sql("select id from org_post where unit_id = ? and title = ? and active order by id limit 1")
                .params(unitId, title).query(Long.class).optional();
    }

    /** The active posts of a unit, for a unit that merges or dissolves. */
    List<Post> activeOf(long unitId) {
        return jdbc.sql("select " + COLUMNS + " from org_post p where p.unit_id = ? and p.active order by p.id")
                .param(unitId).query(PostRepository::post).list();
    }

    long insert(Post post) {
        return jdbc.sql("""
                insert into org_post (unit_id, title, level, track, approved_count, key_post)
                values (?, ?, ?, ?, ?, ?) returning id
                """).params(post.unitId(), post.title(), post.level().name(), post.track().name(),
                        post.approvedCount(), post.keyPost())
                .query(Long.class).single();
    }

    /** Saves the post's fields when nobody changed it since {@code post.version()} was read. */
    void update(Post post) {
        int rows = jdbc.sql("""
                update org_post set title = ?, level = ?, track = ?, approved_count = ?, key_post = ?,
                       version = version + 1
                where id = ? and version = ?
                """).params(post.title(), post.level().name(), post.track().name(), post.approvedCount(),
                        post.keyPost(), post.id(), post.version())
                .update();
        if (rows == 0) {
            throw new OptimisticLockingFailureException("post " + post.id() + " changed meanwhile");
        }
    }

    void deactivate(long postId) {
        jdbc.sql("update org_post set active = false, version = version + 1 where id = ?").param(postId).update();
    }

    private static Post post(ResultSet rs, int row) throws SQLException {
        return new Post(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("title"),
                PostLevel.valueOf(rs.getString("level")), PostLevel.Track.valueOf(rs.getString("track")),
                rs.getInt("approved_count"), rs.getBoolean("key_post"), rs.getBoolean("active"), rs.getInt("version"));
    }
}
