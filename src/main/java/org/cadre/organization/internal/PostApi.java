package org.cadre.organization.internal;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import org.cadre.organization.PostLevel;
import org.cadre.shared.JsonApi;
import org.cadre.shared.NotFoundException;
import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** Posts of units with their approved counts and holders, and the history of who held a post. */
@JsonApi("/api/v1")
@Tag(name = "Posts", description = "Posts of units: level, track, approved count (职数), holders")
class PostApi {

    /**
     * A post with its holders on a day; {@code overFilled} when they exceed the approved count, {@code warning}
     * saying so after an edit that caused it.
     */
    record PostView(long id, long unitId, String title, PostLevel level, PostLevel.Track track, int approvedCount,
                    int filled, boolean overFilled, boolean keyPost, boolean active, int version, String warning) {

        static PostView of(Post p, int filled, String warning) {
            return new PostView(p.id(), p.unitId(), p.title(), p.level(), p.track(), p.approvedCount(), filled,
                    filled > p.approvedCount(), p.keyPost(), p.active(), p.version(), warning);
        }
    }

    private final PostRepository posts;
    private final PostCommands commands;
    private final AssignmentRepository assignments;
    private final UnitRepository units;
    private final UnitReader reader;
    private final MessageSource messages;
    private final Clock clock;

    PostApi(PostRepository posts, PostCommands commands, AssignmentRepository assignments, UnitRepository units,
            UnitReader reader, MessageSource messages, Clock clock) {
        this.posts = posts;
        this.commands = commands;
        this.assignments = assignments;
        this.units = units;
        this.reader = reader;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/units/{unitId}/posts")
    @PreAuthorize("hasAuthority('org:read')")
    @Operation(summary = "The active posts of a unit with their holders on a day (default today)")
    List<PostView> postsOf(@PathVariable long unitId,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        if (!units.exists(unitId)) {
            throw new NotFoundException("unit", unitId);
        }
        LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
        return posts.linesOf(unitId, day).stream().map(line -> PostView.of(line.post(), line.filled(), null)).toList();
    }

    @PostMapping("/units/{unitId}/posts")
    @PreAuthorize("hasAuthority('post:manage')")
    @Operation(summary = "Create a post in a unit; the track defaults to the level's")
    ResponseEntity<PostView> create(@PathVariable long unitId, @Valid @RequestBody PostCommands.PostData data) {
        long id = commands.create(unitId, data);
        Post post = posts.find(id).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/posts/" + id)).body(PostView.of(post, 0, null));
    }

    @PutMapping("/posts/{id}")
    @PreAuthorize("hasAuthority('post:manage')")
    @Operation(summary = "Edit a post, giving the version last read; an approved count below today's holders is saved with a warning")
    PostView update(@PathVariable long id,
                    @Validated({Default.class, PostCommands.PostData.Editing.class}) @RequestBody PostCommands.PostData data,
                    Locale locale) {
        PostRepository.PostLine saved = commands.update(id, data);
        Post post = saved.post();
        String warning = saved.overFilled() ? messages.getMessage("post.overFilled.warning",
                new Object[] {post.title(), saved.filled(), post.approvedCount()}, locale) : null;
        return PostView.of(post, saved.filled(), warning);
    }

    @PostMapping("/posts/{id}/deactivate")
    @PreAuthorize("hasAuthority('post:manage')")
    @Operation(summary = "Close a post that nobody holds")
    ResponseEntity<Void> deactivate(@PathVariable long id) {
        commands.deactivate(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/posts/{id}/assignments")
    @PreAuthorize("hasAuthority('org:read')")
    @Operation(summary = "Everyone who held or holds the post, newest first")
    Page<AssignmentApi.AssignmentView> history(@PathVariable long id, @RequestParam(required = false) Integer page,
                                               @RequestParam(required = false) Integer size) {
        posts.find(id).orElseThrow(() -> new NotFoundException("post", id));
        Page<Assignment> found = assignments.ofPost(id, PageRequest.of(page, size));
        List<AssignmentApi.AssignmentView> items = reader.named(found.items()).stream()
                .map(AssignmentApi.AssignmentView::of).toList();
        return new Page<>(items, found.total(), found.page(), found.size());
    }
}
