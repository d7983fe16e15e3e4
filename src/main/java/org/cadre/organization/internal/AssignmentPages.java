package org.cadre.organization.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cadre.identity.Permissions;
import org.cadre.organization.AppointmentRequest;
import org.cadre.organization.OrganizationQueries;
import org.cadre.organization.PersonLookup.PersonSummary;
import org.cadre.organization.UnitRef;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.Flash;
import org.cadre.shared.FormErrors;
import org.cadre.shared.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
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

/** The appoint, end and transfer forms of the unit page. People are named by employee number, units by code. */
@Controller
class AssignmentPages {

    private static final Map<String, String> FIELDS = Map.of("personId", "employeeNo", "toPostId", "postId");

    /** The deciding document of an appointment (任职文件). */
    public static class DecisionForm {
        @NotNull(message = "{org.validation.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate effectiveDate;
        @Size(max = 100, message = "{org.validation.tooLong}")
        private String decisionBody;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate decisionDate;
        @Size(max = 100, message = "{org.validation.tooLong}")
        private String documentNo;
        @Size(max = 500, message = "{org.validation.tooLong}")
        private String overCountReason;

        public LocalDate getEffectiveDate() {
            return effectiveDate;
        }

        public void setEffectiveDate(LocalDate effectiveDate) {
            this.effectiveDate = effectiveDate;
        }

        public String getDecisionBody() {
            return decisionBody;
        }

        public void setDecisionBody(String decisionBody) {
            this.decisionBody = decisionBody;
        }

        public LocalDate getDecisionDate() {
            return decisionDate;
        }

        public void setDecisionDate(LocalDate decisionDate) {
            this.decisionDate = decisionDate;
        }

        public String getDocumentNo() {
            return documentNo;
        }

        public void setDocumentNo(String documentNo) {
            this.documentNo = documentNo;
        }

        public String getOverCountReason() {
            return overCountReason;
        }

        public void setOverCountReason(String overCountReason) {
            this.overCountReason = overCountReason;
        }
    }

    public static class AppointForm extends DecisionForm {
        @NotBlank(message = "{org.validation.required}")
        private String employeeNo;
        @NotNull(message = "{org.validation.required}")
        private AssignmentKind kind = AssignmentKind.PRIMARY;

        public String getEmployeeNo() {
            return employeeNo;
        }

        public void setEmployeeNo(String employeeNo) {
            this.employeeNo = employeeNo;
        }

        public AssignmentKind getKind() {
            return kind;
        }

        public void setKind(AssignmentKind kind) {
            this.kind = kind;
        }
    }

    public static class TransferForm extends DecisionForm {
        @NotBlank(message = "{org.validation.required}")
        private String unitCode;
        @NotNull(message = "{org.validation.required}")
        private Long postId;

        public String getUnitCode() {
            return unitCode;
        }

        public void setUnitCode(String unitCode) {
            this.unitCode = unitCode;
        }

        public Long getPostId() {
            return postId;
        }

        public void setPostId(Long postId) {
            this.postId = postId;
        }
    }

    public static class EndForm {
        @NotNull(message = "{org.validation.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate endDate;
        @NotNull(message = "{org.validation.required}")
        private EndReason reason;
        @Size(max = 100, message = "{org.validation.tooLong}")
        private String decisionBody;
        @Size(max = 100, message = "{org.validation.tooLong}")
        private String documentNo;

        public LocalDate getEndDate() {
            return endDate;
        }

        public void setEndDate(LocalDate endDate) {
            this.endDate = endDate;
        }

        public EndReason getReason() {
            return reason;
        }

        public void setReason(EndReason reason) {
            this.reason = reason;
        }

        public String getDecisionBody() {
            return decisionBody;
        }

        public void setDecisionBody(String decisionBody) {
            this.decisionBody = decisionBody;
        }

        public String getDocumentNo() {
            return documentNo;
        }

        public void setDocumentNo(String documentNo) {
            this.documentNo = documentNo;
        }
    }

    private final AppointmentCommands commands;
    private final PostRepository posts;
    private final AssignmentRepository assignments;
    private final OrganizationQueries organization;
    private final People people;
    private final UnitReader reader;
    private final Scopes scopes;
    private final Clock clock;

    AssignmentPages(AppointmentCommands commands, PostRepository posts, AssignmentRepository assignments,
                    OrganizationQueries organization, People people, UnitReader reader, Scopes scopes, Clock clock) {
        this.commands = commands;
        this.posts = posts;
        this.assignments = assignments;
        this.organization = organization;
        this.people = people;
        this.reader = reader;
        this.scopes = scopes;
        this.clock = clock;
    }

    @GetMapping("/org/posts/{postId}/appoint")
    @PreAuthorize("hasAuthority('assignment:manage')")
    String appointForm(@PathVariable long postId, @RequestHeader(value = "HX-Request", required = false) String htmx,
                       Model model) {
        Post post = assignablePost(postId);
        AppointForm form = new AppointForm();
        form.setEffectiveDate(today());
        model.addAttribute("form", form);
        return appointView(htmx != null, model, post);
    }

    @PostMapping("/org/posts/{postId}/appoint")
    @PreAuthorize("hasAuthority('assignment:manage')")
    String appoint(@PathVariable long postId, @Valid @ModelAttribute("form") AppointForm form, BindingResult result,
                   @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                   RedirectAttributes redirect) {
        Post post = posts.find(postId).orElseThrow(() -> new NotFoundException("post", postId));
        if (!result.hasErrors()) {
            // someone beyond the caller's scope is answered like an unknown number: no name, not even existence
            PersonSummary person = people.byEmployeeNo(form.getEmployeeNo()).filter(commands::manages).orElse(null);
            if (person == null) {
                result.rejectValue("employeeNo", "assignment.employeeNo.unknown",
                        new Object[] {form.getEmployeeNo().strip()}, null);
            } else {
                try {
                    commands.appoint(new AppointmentRequest(person.id(), postId,
                            form.getKind() == AssignmentKind.PRIMARY, form.getEffectiveDate(), form.getDecisionBody(),
                            form.getDecisionDate(), form.getDocumentNo(), form.getOverCountReason()));
                    Flash.put(redirect, "notice", "assignment.appointed.notice", person.name(), post.title());
                    return "redirect:/org/units/" + post.unitId();
                } catch (BusinessRuleException e) {
                    FormErrors.reject(result, e, FIELDS);
                }
            }
        }
        return appointView(htmx != null, model, post);
    }

    @GetMapping("/org/assignments/{id}/end")
    @PreAuthorize("hasAuthority('assignment:manage')")
    String endForm(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx,
                   Model model) {
        EndForm form = new EndForm();
        form.setEndDate(today());
        model.addAttribute("form", form);
        return endView(htmx != null, model, manageable(id));
    }

    @PostMapping("/org/assignments/{id}/end")
    @PreAuthorize("hasAuthority('assignment:manage')")
    String end(@PathVariable long id, @Valid @ModelAttribute("form") EndForm form, BindingResult result,
               @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
               RedirectAttributes redirect) {
        UnitReader.Holder holder = holder(id);
        Post post = posts.find(holder.assignment().postId()).orElseThrow();
        if (!result.hasErrors()) {
            try {
                commands.end(id, new AppointmentCommands.End(form.getEndDate(), form.getReason(),
                        form.getDecisionBody(), form.getDocumentNo()));
                Flash.put(redirect, "notice", "assignment.ended.notice", holder.displayName(),
                        post.title());
                return "redirect:/org/units/" + post.unitId();
            } catch (BusinessRuleException e) {
                FormErrors.reject(result, e, FIELDS);
            }
        }
        return endView(htmx != null, model, holder);
    }

    /**
     * 更正: an assignment recorded in error is annulled (kept in the history, marked, with the reason), an end
     * recorded in error is reopened; both from the post's history, with a reason.
     */
    @PostMapping("/org/assignments/{id}/annul")
    @PreAuthorize("hasAuthority('assignment:manage')")
    String annul(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return correct(id, redirect, "assignment.annulled.notice", () -> commands.annul(id, reason));
    }

    @PostMapping("/org/assignments/{id}/reopen")
    @PreAuthorize("hasAuthority('assignment:manage')")
    String reopen(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return correct(id, redirect, "assignment.reopened.notice", () -> commands.reopen(id, reason));
    }

    private String correct(long id, RedirectAttributes redirect, String notice, Runnable correction) {
        UnitReader.Holder holder = holder(id);
        Post post = posts.find(holder.assignment().postId()).orElseThrow();
        try {
            correction.run();
            Flash.put(redirect, "notice", notice, holder.displayName(), post.title());
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        }
        return "redirect:/org/posts/" + post.id();
    }

    @GetMapping("/org/assignments/{id}/transfer")
    @PreAuthorize("hasAuthority('assignment:manage')")
    String transferForm(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx,
                        Model model) {
        TransferForm form = new TransferForm();
        form.setEffectiveDate(today());
        model.addAttribute("form", form);
        return transferView(htmx != null, model, manageable(id), form);
    }

    @PostMapping("/org/assignments/{id}/transfer")
    @PreAuthorize("hasAuthority('assignment:manage')")
    String transfer(@PathVariable long id, @Valid @ModelAttribute("form") TransferForm form, BindingResult result,
                    @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                    RedirectAttributes redirect) {
        UnitReader.Holder holder = holder(id);
        if (!result.hasErrors()) {
            try {
                long newId = commands.transfer(new AppointmentCommands.Transfer(holder.assignment().personId(),
                        form.getPostId(), form.getEffectiveDate(), form.getDecisionBody(), form.getDecisionDate(),
                        form.getDocumentNo(), form.getOverCountReason()));
                Post to = posts.find(assignments.find(newId).orElseThrow().postId()).orElseThrow();
                Flash.put(redirect, "notice", "assignment.transferred.notice", holder.displayName(),
                        to.title());
                return "redirect:/org/units/" + to.unitId();
            } catch (BusinessRuleException e) {
                FormErrors.reject(result, e, FIELDS);
            }
        }
        return transferView(htmx != null, model, holder, form);
    }

    /** {@code <option>}s of the active posts of the unit with a code, for the transfer form. */
    @GetMapping("/org/posts/options")
    @PreAuthorize("hasAuthority('org:read')")
    String postOptions(@RequestParam(required = false) String unitCode, Model model) {
        model.addAttribute("targets", postsOfUnit(unitCode));
        return "organization/partials/options :: posts";
    }

    private List<Post> postsOfUnit(String unitCode) {
        if (unitCode == null || unitCode.isBlank()) {
            return List.of();
        }
        return organization.findUnitByCode(unitCode.strip(), today())
                .map(UnitRef::id).map(posts::activeOf).orElse(List.of());
    }

    private Post assignablePost(long postId) {
        Post post = posts.find(postId).orElseThrow(() -> new NotFoundException("post", postId));
        scopes.requireUnit(Permissions.ASSIGNMENT_MANAGE, post.unitId(), today());
        return post;
    }

    private UnitReader.Holder holder(long assignmentId) {
        Assignment assignment = assignments.find(assignmentId)
                .orElseThrow(() -> new NotFoundException("assignment", assignmentId));
        return reader.named(List.of(assignment)).get(0);
    }

    private UnitReader.Holder manageable(long assignmentId) {
        UnitReader.Holder holder = holder(assignmentId);
        assignablePost(holder.assignment().postId());
        return holder;
    }

    private String appointView(boolean htmx, Model model, Post post) {
        PostRepository.PostLine line = posts.line(post, today());
        model.addAttribute("post", post);
        model.addAttribute("line", line);
        model.addAttribute("full", line.filled() >= post.approvedCount());
        model.addAttribute("kinds", AssignmentKind.values());
        return Forms.view(htmx, model, "appoint", "assignment.appoint.title");
    }

    private String endView(boolean htmx, Model model, UnitReader.Holder holder) {
        model.addAttribute("holder", holder);
        model.addAttribute("post", posts.find(holder.assignment().postId()).orElseThrow());
        model.addAttribute("reasons", EndReason.endings());
        return Forms.view(htmx, model, "end", "assignment.end.title");
    }

    private String transferView(boolean htmx, Model model, UnitReader.Holder holder, TransferForm form) {
        model.addAttribute("holder", holder);
        model.addAttribute("post", posts.find(holder.assignment().postId()).orElseThrow());
        model.addAttribute("targets", postsOfUnit(form.getUnitCode()));
        return Forms.view(htmx, model, "transfer", "assignment.transfer.title");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
