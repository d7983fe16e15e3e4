package org.cadre.organization.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.cadre.identity.AuditLog;
import org.cadre.identity.Permissions;
import org.cadre.organization.PostLevel;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, editing and closing the posts of a unit (岗位设置与职数). Lowering the approved count below the number of
 * holders is allowed (the holders stay until they are moved) but leaves the post over-filled, which the caller
 * shows as a warning. Needs post:manage with a scope reaching the unit.
 */
@Service
class PostCommands {

    /**
     * @param track   the career track; the level's usual track when not given
     * @param keyPost whether it is a key post (关键岗位); not when not given
     * @param version the version the caller last read; required when editing ({@link Editing}), so that an edit
     *                based on an outdated read is refused rather than silently overwriting a newer change
     */
    record PostData(@NotBlank(message = "{org.validation.required}") @Size(max = 100, message = "{org.validation.tooLong}") String title,
                    @NotNull(message = "{org.validation.required}") PostLevel level,
                    PostLevel.Track track,
                    @NotNull(message = "{org.validation.required}")
                    @PositiveOrZero(message = "{post.approvedCount.range}")
                    @Max(value = 9999, message = "{post.approvedCount.range}") Integer approvedCount,
                    Boolean keyPost,
                    @NotNull(groups = Editing.class, message = "{org.validation.required}") Integer version) {

        /** The validation group of an edit, on top of the default one. */
        interface Editing {
        }

        boolean isKeyPost() {
            return Boolean.TRUE.equals(keyPost);
        }

        PostLevel.Track trackOrDefault() {
            return track != null ? track : level.defaultTrack();
        }
    }

    private final PostRepository posts;
    private final UnitRepository units;
    private final AssignmentRepository assignments;
    private final Scopes scopes;
    private final AuditLog audit;
    private final Clock clock;

    PostCommands(PostRepository posts, UnitRepository units, AssignmentRepository assignments, Scopes scopes,
                 AuditLog audit, Clock clock) {
        this.posts = posts;
        this.units = units;
        this.assignments = assignments;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long create(long unitId, PostData data) {
        if (!units.exists(unitId)) {
            throw new NotFoundException("unit", unitId);
        }
        scopes.requireUnit(Permissions.POST_MANAGE, unitId, today());
        if (units.lockCurrent(unitId).isEmpty()) {
            throw new BusinessRuleException("org.unit.ended");
        }
        Post post = new Post(0, unitId, data.title().strip(), data.level(), data.trackOrDefault(),
                data.approvedCount(), data.isKeyPost(), true, 0);
        long id = posts.insert(post);
        audit.record("post.created", "post", id, post.title(), null, post);
        return id;
    }

    /**
     * Saves the post's fields, when it was not changed since the version the caller read.
     *
     * @return the post with its holders today; over-filled when the new approved count is below them
     */
    @Transactional
    public PostRepository.PostLine update(long postId, PostData data) {
        Post before = requireActive(postId);
        if (data.version() == null) {
            throw BusinessRuleException.onField("version", "org.validation.required");
        }
        Post after = new Post(postId, before.unitId(), data.title().strip(), data.level(), data.trackOrDefault(),
                data.approvedCount(), data.isKeyPost(), true, data.version());
        posts.update(after);
        audit.record("post.updated", "post", postId, after.title(), before, after);
        return posts.line(posts.find(postId).orElseThrow(), today());
    }

    /** Closes a post that nobody holds any more, today or later. */
    @Transactional
    public void deactivate(long postId) {
        Post post = requireActive(postId);
        long open = assignments.countReachingPost(postId, today());
        if (open > 0) {
            throw new BusinessRuleException("post.deactivate.openAssignments", post.title(), open);
        }
        posts.deactivate(postId);
        audit.record("post.deactivated", "post", postId, post.title(), post, Map.of("active", false));
    }

    private Post requireActive(long postId) {
        Post post = posts.lock(postId).orElseThrow(() -> new NotFoundException("post", postId));
        scopes.requireUnit(Permissions.POST_MANAGE, post.unitId(), today());
        if (!post.active()) {
            throw new BusinessRuleException("post.inactive", post.title());
        }
        return post;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
