package org.cadre.organization.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.cadre.identity.Permissions;
import org.cadre.organization.PostLevel;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.Flash;
import org.cadre.shared.FormErrors;
import org.cadre.shared.NotFoundException;
import org.cadre.shared.PageRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Creating, editing and closing posts from the unit page, and the page of one post with everyone who held it. */
@Controller
class PostPages {

    public static class PostForm {
        @NotBlank(message = "{org.validation.required}")
        @Size(max = 100, message = "{org.validation.tooLong}")
        private String title;
        @NotNull(message = "{org.validation.required}")
        private PostLevel level;
        private PostLevel.Track track;
        @NotNull(message = "{org.validation.required}")
        @PositiveOrZero(message = "{post.approvedCount.range}")
        @Max(value = 9999, message = "{post.approvedCount.range}")
        private Integer approvedCount;
        private boolean keyPost;
        private Integer version;

        static PostForm of(Post post) {
            PostForm form = new PostForm();
            form.title = post.title();
            form.level = post.level();
            form.track = post.track();
            form.approvedCount = post.approvedCount();
            form.keyPost = post.keyPost();
            form.version = post.version();
            return form;
        }

        PostCommands.PostData toData() {
            return new PostCommands.PostData(title, level, track, approvedCount, keyPost, version);
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public PostLevel getLevel() {
            return level;
        }

        public void setLevel(PostLevel level) {
            this.level = level;
        }

        public PostLevel.Track getTrack() {
            return track;
        }

        public void setTrack(PostLevel.Track track) {
            this.track = track;
        }

        public Integer getApprovedCount() {
            return approvedCount;
        }

        public void setApprovedCount(Integer approvedCount) {
            this.approvedCount = approvedCount;
        }

        public boolean isKeyPost() {
            return keyPost;
        }

        public void setKeyPost(boolean keyPost) {
            this.keyPost = keyPost;
        }

        public Integer getVersion() {
            return version;
        }

        public void setVersion(Integer version) {
            this.version = version;
        }
    }

    private final PostCommands commands;
    private final PostRepository posts;
    private final AssignmentRepository assignments;
    private final UnitRepository units;
    private final UnitReader reader;
    private final Scopes scopes;
    private final Clock clock;

    PostPages(PostCommands commands, PostRepository posts, AssignmentRepository assignments, UnitRepository units,
              UnitReader reader, Scopes scopes, Clock clock) {
        this.commands = commands;
        this.posts = posts;
        this.assignments = assignments;
        this.units = units;
        this.reader = reader;
        this.scopes = scopes;
        this.clock = clock;
    }

    @GetMapping("/org/units/{unitId}/posts/new")
    @PreAuthorize("hasAuthority('post:manage')")
    String newPost(@PathVariable long unitId, @RequestHeader(value = "HX-Request", required = false) String htmx,
                   Model model) {
        requireUnit(unitId);
        PostForm form = new PostForm();
        form.setApprovedCount(1);
        model.addAttribute("form", form);
        return formView(htmx != null, model, unitId, null);
    }

    @PostMapping("/org/units/{unitId}/posts")
    @PreAuthorize("hasAuthority('post:manage')")
    String create(@PathVariable long unitId, @Valid @ModelAttribute("form") PostForm form, BindingResult result,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                commands.create(unitId, form.toData());
                Flash.put(redirect, "notice", "post.created.notice", form.getTitle().strip());
                return "redirect:/org/units/" + unitId;
            } catch (BusinessRuleException e) {
                FormErrors.reject(result, e);
            }
        }
        return formView(htmx != null, model, unitId, null);
    }

    @GetMapping("/org/posts/{id}/edit")
    @PreAuthorize("hasAuthority('post:manage')")
    String editPost(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx,
                    Model model) {
        Post post = posts.find(id).orElseThrow(() -> new NotFoundException("post", id));
        scopes.requireUnit(Permissions.POST_MANAGE, post.unitId(), today());
        model.addAttribute("form", PostForm.of(post));
        return formView(htmx != null, model, post.unitId(), post);
    }

    @PostMapping("/org/posts/{id}")
    @PreAuthorize("hasAuthority('post:manage')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") PostForm form, BindingResult result,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                  RedirectAttributes redirect) {
        Post post = posts.find(id).orElseThrow(() -> new NotFoundException("post", id));
        if (!result.hasErrors()) {
            try {
                PostRepository.PostLine saved = commands.update(id, form.toData());
                if (saved.overFilled()) {
                    Flash.put(redirect, "warning", "post.overFilled.warning", form.getTitle().strip(),
                            saved.filled(), form.getApprovedCount());
                } else {
                    Flash.put(redirect, "notice", "post.updated.notice", form.getTitle().strip());
                }
                return "redirect:/org/units/" + post.unitId();
            } catch (BusinessRuleException e) {
                FormErrors.reject(result, e);
            } catch (OptimisticLockingFailureException e) {
                result.reject("error.conflict");
            }
        }
        return formView(htmx != null, model, post.unitId(), post);
    }

    @PostMapping("/org/posts/{id}/deactivate")
    @PreAuthorize("hasAuthority('post:manage')")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        Post post = posts.find(id).orElseThrow(() -> new NotFoundException("post", id));
        try {
            commands.deactivate(id);
            Flash.put(redirect, "notice", "post.deactivated.notice", post.title());
        } catch (BusinessRuleException e) {
            Flash.put(redirect, "failure", e.messageKey(), e.arguments());
        }
        return "redirect:/org/units/" + post.unitId();
    }

    @GetMapping("/org/posts/{id}")
    @PreAuthorize("hasAuthority('org:read')")
    String post(@PathVariable long id, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, Model model) {
        Post post = posts.find(id).orElseThrow(() -> new NotFoundException("post", id));
        var found = assignments.ofPost(id, PageRequest.of(page, size));
        model.addAttribute("post", post);
        model.addAttribute("line", posts.line(post, today()));
        model.addAttribute("unit", units.latest(post.unitId()).orElseThrow());
        model.addAttribute("history", reader.named(found.items()));
        model.addAttribute("page", found);
        model.addAttribute("canAssign", post.active()
                && scopes.allows(Permissions.ASSIGNMENT_MANAGE, post.unitId(), today()));
        model.addAttribute("canCorrect", scopes.allows(Permissions.ASSIGNMENT_MANAGE, post.unitId(), today()));
        return "organization/post";
    }

    private void requireUnit(long unitId) {
        if (!units.exists(unitId)) {
            throw new NotFoundException("unit", unitId);
        }
        scopes.requireUnit(Permissions.POST_MANAGE, unitId, today());
    }

    private String formView(boolean htmx, Model model, long unitId, Post post) {
        model.addAttribute("unitId", unitId);
        model.addAttribute("post", post);
        model.addAttribute("levels", PostLevel.values());
        model.addAttribute("tracks", PostLevel.Track.values());
        return Forms.view(htmx, model, "post-form", post == null ? "post.create.title" : "post.edit.title");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
