package org.cadre.cadres.internal.selection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.cadre.ballots.BallotMode;
import org.cadre.identity.AccessControl;
import org.cadre.identity.Permissions;
import org.cadre.organization.OrganizationQueries;
import org.cadre.organization.PostLevel;
import org.cadre.organization.PostRef;
import org.cadre.people.EducationLevel;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.FormErrors;
import org.cadre.shared.PageRequest;
import org.cadre.shared.Text;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The list of selections, the form of a new one, and the page of one selection: the timeline of its steps with their
 * documents and dates, the current step's forms, and what blocks the next step. Changes post and redirect back with
 * a notice or the refusal.
 */
@Controller
class SelectionPages {

    private static final String MANAGE = "hasAuthority('selection:manage')";

    private final SelectionQueries queries;
    private final SelectionCommands commands;
    private final StepDocuments documents;
    private final OrganizationQueries organization;
    private final AccessControl access;
    private final MessageSource messages;
    private final java.time.Clock clock;

    SelectionPages(SelectionQueries queries, SelectionCommands commands, StepDocuments documents,
                   OrganizationQueries organization, AccessControl access, MessageSource messages,
                   java.time.Clock clock) {
        this.clock = clock;
        this.documents = documents;
        this.queries = queries;
        this.commands = commands;
        this.organization = organization;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/cadres/selections")
    @PreAuthorize(SelectionQueries.READERS)
    String list(@RequestParam(required = false) SelectionState state,
                @RequestParam(required = false) SelectionMethod method, @RequestParam(required = false) Long unit,
                @RequestParam(required = false) Long person, @RequestParam(required = false) Integer page,
                Model model) {
        model.addAttribute("page", queries.page(new SelectionRepository.Filter(state, method, unit, person),
                PageRequest.of(page, 20)));
        model.addAttribute("person", person);
        model.addAttribute("state", state);
        model.addAttribute("method", method);
        model.addAttribute("unit", unit);
        model.addAttribute("units", queries.filterUnits());
        model.addAttribute("states", SelectionState.values());
        model.addAttribute("methods", SelectionMethod.values());
        model.addAttribute("canManage", !access.scopeFor(Permissions.SELECTION_MANAGE).isEmpty());
        return "cadres/selection/list";
    }

    @GetMapping("/cadres/selections/new")
    @PreAuthorize(MANAGE)
    String newSelection(Model model) {
        SelectionForm form = new SelectionForm();
        form.setDay(LocalDate.now(clock));
        model.addAttribute("form", form);
        return formView(model);
    }

    @PostMapping("/cadres/selections")
    @PreAuthorize(MANAGE)
    String create(@ModelAttribute("form") SelectionForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = commands.create(form.toCommand());
                notice(redirect, "selection.created.notice");
                return "redirect:/cadres/selections/" + id;
            } catch (BusinessRuleException e) {
                FormErrors.reject(result, e, Map.of("day", "day"));
            }
        }
        return formView(model);
    }

    private String formView(Model model) {
        org.cadre.identity.DataScope scope = access.scopeFor(Permissions.SELECTION_MANAGE);
        List<Long> units = scope.all() ? List.of()
                : List.copyOf(organization.unitIdsWithin(scope, LocalDate.now(clock)));
        List<PostLevel> cadreLevels = java.util.Arrays.stream(PostLevel.values()).filter(PostLevel::isCadre).toList();
        List<PostRef> posts = scope.all() || !units.isEmpty() ? organization.activePosts(cadreLevels, scope.all() ? null : units, LocalDate.now(clock)) : List.of();
        Map<Long, String> unitNames = organization.unitNames(posts.stream().map(PostRef::unitId).distinct().toList(),
                LocalDate.now(clock));
        model.addAttribute("posts", posts);
        model.addAttribute("unitNames", unitNames);
        model.addAttribute("methods", SelectionMethod.values());
        model.addAttribute("educationLevels", EducationLevel.values());
        model.addAttribute("levels", PostLevel.values());
        return "cadres/selection/form";
    }

    @GetMapping("/cadres/selections/{id}")
    @PreAuthorize(SelectionQueries.READERS)
    String selection(@PathVariable long id, Model model) {
        SelectionQueries.View view = queries.view(id);
        model.addAttribute("v", view);
        model.addAttribute("s", view.selection());
        model.addAttribute("checks", InspectionCheck.values());
        model.addAttribute("outcomes", Objection.Outcome.values());
        model.addAttribute("modes", List.of(BallotMode.SECRET, BallotMode.COUNTED));
        model.addAttribute("today", LocalDate.now(clock));
        return "cadres/selection/selection";
    }

    @GetMapping("/cadres/selections/{id}/steps/{stepId}/file")
    @PreAuthorize(SelectionQueries.READERS)
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long stepId) {
        return download(queries.file(id, stepId));
    }

    static ResponseEntity<byte[]> download(SelectionRepository.StoredFile file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(file.contentType())).body(file.content());
    }

    @GetMapping("/cadres/selections/{id}/steps/{stepId}/documents/{documentId}")
    @PreAuthorize(SelectionQueries.READERS)
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long stepId, @PathVariable long documentId) {
        return download(queries.documentFile(id, stepId, documentId));
    }

    /** Attaches a further document to a step; htmx gets the step's documents back, with the refusal if any. */
    @PostMapping("/cadres/selections/{id}/steps/{stepId}/documents")
    @PreAuthorize(MANAGE)
    String attach(@PathVariable long id, @PathVariable long stepId, @RequestParam(required = false) String title,
                  @RequestParam(required = false) String documentNo,
                  @RequestParam(required = false) MultipartFile file,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                  RedirectAttributes redirect) {
        try {
            documents.attach(id, stepId, new StepDocuments.NewDocument(title, documentNo, SelectionForm.upload(file)));
        } catch (BusinessRuleException e) {
            if (htmx == null) {
                failure(redirect, e);
                return "redirect:/cadres/selections/" + id;
            }
            model.addAttribute("docValues", Map.of("title", title == null ? "" : title,
                    "documentNo", documentNo == null ? "" : documentNo));
            return documentsFragment(id, stepId, null, e, model);
        }
        if (htmx == null) {
            notice(redirect, "selection.document.attached.notice");
            return "redirect:/cadres/selections/" + id;
        }
        return documentsFragment(id, stepId, "selection.document.attached.notice", null, model);
    }

    @PostMapping("/cadres/selections/{id}/steps/{stepId}/documents/{documentId}/remove")
    @PreAuthorize(MANAGE)
    String removeDocument(@PathVariable long id, @PathVariable long stepId, @PathVariable long documentId,
                          @RequestParam(required = false) String reason,
                          @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                          RedirectAttributes redirect) {
        try {
            documents.remove(id, stepId, documentId, reason);
        } catch (BusinessRuleException e) {
            if (htmx == null) {
                failure(redirect, e);
                return "redirect:/cadres/selections/" + id;
            }
            model.addAttribute("docRemoving", documentId);
            return documentsFragment(id, stepId, null, e, model);
        }
        if (htmx == null) {
            notice(redirect, "selection.document.removed.notice");
            return "redirect:/cadres/selections/" + id;
        }
        return documentsFragment(id, stepId, "selection.document.removed.notice", null, model);
    }

    private String documentsFragment(long id, long stepId, String noticeKey, BusinessRuleException error,
                                     Model model) {
        SelectionQueries.View view = queries.view(id);
        Step step = view.steps().stream().filter(st -> st.id() == stepId).findFirst()
                .orElseThrow(() -> new org.cadre.shared.NotFoundException("step", stepId));
        model.addAttribute("v", view);
        model.addAttribute("s", view.selection());
        model.addAttribute("st", step);
        if (noticeKey != null) {
            model.addAttribute("docNotice", messages.getMessage(noticeKey, null, noticeKey,
                    LocaleContextHolder.getLocale()));
        }
        if (error != null) {
            model.addAttribute("docError", messages.getMessage(error.messageKey(), error.arguments(),
                    error.messageKey(), LocaleContextHolder.getLocale()));
            model.addAttribute("docErrorField", error.field() == null ? "" : error.field());
        }
        return "cadres/selection/partials :: documents";
    }

    @PostMapping("/cadres/selections/{id}/candidates")
    @PreAuthorize(MANAGE)
    String addCandidates(@PathVariable long id, @RequestParam(required = false) String employeeNos,
                         RedirectAttributes redirect) {
        return change(id, redirect, () -> notice(redirect, "selection.candidates.added.notice",
                commands.addCandidates(id, Text.items(employeeNos))));
    }

    @PostMapping("/cadres/selections/{id}/candidates/{candidateId}/drop")
    @PreAuthorize(MANAGE)
    String drop(@PathVariable long id, @PathVariable long candidateId, @RequestParam(required = false) String reason,
                RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            commands.dropCandidate(id, candidateId, reason);
            notice(redirect, "selection.candidate.dropped.notice");
        });
    }

    @PostMapping("/cadres/selections/{id}/ballot")
    @PreAuthorize(MANAGE)
    String ballot(@PathVariable long id, @RequestParam(required = false) BallotMode mode,
                  @RequestParam(required = false) String voters, @RequestParam(defaultValue = "false") boolean pick,
                  RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            commands.createBallot(id, mode == null ? BallotMode.SECRET : mode, Text.items(voters), pick);
            notice(redirect, "selection.ballot.created.notice");
        });
    }

    @PostMapping("/cadres/selections/{id}/steps")
    @PreAuthorize(MANAGE)
    String step(@PathVariable long id, @RequestParam(required = false) SelectionState to,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                @RequestParam(required = false) String documentNo, @RequestParam(required = false) String documentTitle,
                @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String note,
                @RequestParam(required = false) String exceptionReason,
                @RequestParam(required = false) String exceptionApprover,
                @RequestParam(required = false) List<Long> forInspection,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate noticeStart,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate noticeEnd,
                RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            commands.advance(id, to, new StepRecord(day, documentNo, documentTitle, SelectionForm.stored(file), note,
                    exceptionReason, exceptionApprover), new SelectionCommands.StepExtras(
                    forInspection == null ? List.of() : forInspection, noticeStart, noticeEnd));
            notice(redirect, "selection.step.notice", Label.of(to));
        });
    }

    @PostMapping("/cadres/selections/{id}/inspection")
    @PreAuthorize(MANAGE)
    String inspection(@PathVariable long id, @RequestParam(required = false) String team,
                      @RequestParam(required = false) Integer interviewed,
                      @RequestParam(required = false) List<InspectionCheck> checks,
                      @RequestParam(required = false) String report, RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            Set<InspectionCheck> done = checks == null || checks.isEmpty() ? EnumSet.noneOf(InspectionCheck.class)
                    : EnumSet.copyOf(checks);
            commands.saveInspection(id, new SelectionCommands.Inspection(team, interviewed, done, report));
            notice(redirect, "selection.saved.notice");
        });
    }

    @PostMapping("/cadres/selections/{id}/decision")
    @PreAuthorize(MANAGE)
    String decision(@PathVariable long id,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate meetingDate,
                    @RequestParam(required = false) Integer membersDue,
                    @RequestParam(required = false) Integer membersPresent, HttpServletRequest request,
                    RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            Map<Long, SelectionCommands.Votes> votes = new HashMap<>();
            for (SelectionQueries.CandidateLine line : queries.view(id).candidates()) {
                long cid = line.candidate().id();
                if (line.candidate().active()) {
                    votes.put(cid, new SelectionCommands.Votes(number(request, "agree_" + cid),
                            number(request, "disagree_" + cid), number(request, "abstain_" + cid)));
                }
            }
            commands.saveDecision(id, new SelectionCommands.Decision(meetingDate, membersDue, membersPresent, votes));
            notice(redirect, "selection.saved.notice");
        });
    }

    @PostMapping("/cadres/selections/{id}/objections")
    @PreAuthorize(MANAGE)
    String objection(@PathVariable long id,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
                     @RequestParam(required = false) String content, @RequestParam(required = false) String handler,
                     RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            commands.addObjection(id, receivedOn, content, handler);
            notice(redirect, "selection.objection.added.notice");
        });
    }

    @PostMapping("/cadres/selections/{id}/objections/{objectionId}/resolve")
    @PreAuthorize(MANAGE)
    String resolve(@PathVariable long id, @PathVariable long objectionId,
                   @RequestParam(required = false) String finding,
                   @RequestParam(required = false) Objection.Outcome outcome, RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            commands.resolveObjection(id, objectionId, finding, outcome);
            notice(redirect, "selection.objection.resolved.notice");
        });
    }

    @PostMapping("/cadres/selections/{id}/appointment")
    @PreAuthorize(MANAGE)
    String appoint(@PathVariable long id,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveDate,
                   @RequestParam(required = false) String documentNo,
                   @RequestParam(required = false) String decisionBody,
                   @RequestParam(defaultValue = "false") boolean primary,
                   @RequestParam(required = false) String overCountReason,
                   @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            commands.appoint(id, new SelectionCommands.Appointment(effectiveDate, documentNo, decisionBody, primary,
                    overCountReason, SelectionForm.stored(file)));
            notice(redirect, "selection.appointed.notice");
        });
    }

    @PostMapping("/cadres/selections/{id}/candidates/{candidateId}/probation")
    @PreAuthorize(MANAGE)
    String probation(@PathVariable long id, @PathVariable long candidateId,
                     @RequestParam(required = false) Candidate.ProbationOutcome outcome,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                     @RequestParam(required = false) String documentNo, @RequestParam(required = false) String note,
                     RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            commands.closeProbation(id, candidateId, outcome, day, documentNo, note);
            notice(redirect, "selection.probation.closed.notice");
        });
    }

    @PostMapping("/cadres/selections/{id}/eligibility")
    @PreAuthorize(MANAGE)
    String checkEligibility(@PathVariable long id, RedirectAttributes redirect) {
        return change(id, redirect, () -> notice(redirect, "selection.eligibility.checked.notice",
                commands.checkEligibility(id)));
    }

    @PostMapping("/cadres/selections/{id}/candidates/{candidateId}/eligibility")
    @PreAuthorize(MANAGE)
    String overrideEligibility(@PathVariable long id, @PathVariable long candidateId,
                               @RequestParam(defaultValue = "false") boolean eligible,
                               @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            commands.overrideEligibility(id, candidateId, eligible, reason);
            notice(redirect, "selection.saved.notice");
        });
    }

    @PostMapping("/cadres/selections/{id}/judges")
    @PreAuthorize(MANAGE)
    String judge(@PathVariable long id, @RequestParam(required = false) String name,
                 @RequestParam(required = false) BigDecimal weight, RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            commands.addJudge(id, name, weight);
            notice(redirect, "selection.saved.notice");
        });
    }

    @PostMapping("/cadres/selections/{id}/judges/{judgeId}/scores")
    @PreAuthorize(MANAGE)
    String scores(@PathVariable long id, @PathVariable long judgeId, HttpServletRequest request,
                  RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            Map<Long, BigDecimal> scores = new HashMap<>();
            for (SelectionQueries.CandidateLine line : queries.view(id).candidates()) {
                String value = request.getParameter("score_" + line.candidate().id());
                if (line.candidate().active() && value != null && !value.isBlank()) {
                    try {
                        scores.put(line.candidate().id(), new BigDecimal(value.strip()));
                    } catch (NumberFormatException e) {
                        throw new BusinessRuleException("selection.score.range");
                    }
                }
            }
            commands.saveScores(id, judgeId, scores);
            notice(redirect, "selection.saved.notice");
        });
    }

    private static int number(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("selection.validation.number");
        }
    }

    private String change(long id, RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
        } catch (BusinessRuleException e) {
            failure(redirect, e);
        }
        return "redirect:/cadres/selections/" + id;
    }

    private void failure(RedirectAttributes redirect, BusinessRuleException e) {
        redirect.addFlashAttribute("failure", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(),
                LocaleContextHolder.getLocale()));
    }

    private void notice(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute("notice", messages.getMessage(key, args, key, LocaleContextHolder.getLocale()));
    }
}
