package org.cadre.congress.internal.proposals;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.cadre.congress.AnswerClass;
import org.cadre.congress.ProposalCategory;
import org.cadre.congress.ProposalKind;
import org.cadre.congress.ProposalState;
import org.cadre.congress.Rating;
import org.cadre.congress.internal.CongressRoll;
import org.cadre.organization.OrganizationQueries;
import org.cadre.organization.PersonLookup;
import org.cadre.organization.UnitRef;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.Flash;
import org.cadre.shared.FormErrors;
import org.cadre.shared.PageRequest;
import org.cadre.shared.Text;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
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

/**
 * The proposal pages: the list, the form, one proposal with its timeline and the steps the reader may take, the
 * inbox (co-sign invitations, ratings), the dashboard of owed answers with the figures, the handling report, and
 * the breakout discussions.
 */
@Controller
class ProposalPages {

    static final String READERS = ProposalCommands.READERS;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ProposalCommands commands;
    private final ProposalViews views;
    private final ProposalRepository repository;
    private final ProposalAccess access;
    private final HandlingReport report;
    private final Breakouts breakouts;
    private final CongressRoll roll;
    private final OrganizationQueries organization;
    private final PersonLookup people;

    ProposalPages(ProposalCommands commands, ProposalViews views, ProposalRepository repository, ProposalAccess access,
                  HandlingReport report, Breakouts breakouts, CongressRoll roll, OrganizationQueries organization,
                  PersonLookup people) {
        this.commands = commands;
        this.views = views;
        this.repository = repository;
        this.access = access;
        this.report = report;
        this.breakouts = breakouts;
        this.roll = roll;
        this.organization = organization;
        this.people = people;
    }

    /** The list's filter as the page's query string gives it. */
    public static class ListFilter {
        private Long meeting;
        private ProposalState state;
        private ProposalCategory category;
        private ProposalKind kind;
        private String unit;
        private boolean mine;
        private boolean overdue;
        private Integer page;

        public Long getMeeting() { return meeting; }
        public void setMeeting(Long meeting) { this.meeting = meeting; }
        public ProposalState getState() { return state; }
        public void setState(ProposalState state) { this.state = state; }
        public ProposalCategory getCategory() { return category; }
        public void setCategory(ProposalCategory category) { this.category = category; }
        public ProposalKind getKind() { return kind; }
        public void setKind(ProposalKind kind) { this.kind = kind; }
        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit; }
        public boolean isMine() { return mine; }
        public void setMine(boolean mine) { this.mine = mine; }
        public boolean isOverdue() { return overdue; }
        public void setOverdue(boolean overdue) { this.overdue = overdue; }
        public Integer getPage() { return page; }
        public void setPage(Integer page) { this.page = page; }
    }

    @GetMapping("/congress/proposals")
    @PreAuthorize(READERS)
    String list(@ModelAttribute("filter") ListFilter filter,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        Long unitId = unitOf(filter.getUnit());
        model.addAttribute("page", views.list(new ProposalRepository.Filter(filter.getMeeting(), filter.getState(),
                filter.getCategory(), filter.getKind(), unitId, filter.isMine()), PageRequest.of(filter.getPage(), 20)));
        if (htmx != null) {
            return "congress/proposals/partials/list :: results";
        }
        common(model);
        model.addAttribute("states", ProposalState.values());
        model.addAttribute("kinds", ProposalKind.values());
        model.addAttribute("isDelegate", access.personId() != null
                && roll.seatOf(access.personId(), access.today()).isPresent());
        return "congress/proposals/list";
    }

    @GetMapping("/congress/proposals/new")
    @PreAuthorize(READERS)
    String newProposal(@RequestParam(defaultValue = "PROPOSAL") ProposalKind kind, Model model) {
        ProposalForm form = new ProposalForm();
        form.setKind(kind == ProposalKind.OPINION ? ProposalKind.SUGGESTION : kind);
        model.addAttribute("form", form);
        return formView(model, null);
    }

    @PostMapping("/congress/proposals")
    @PreAuthorize(READERS)
    String create(@ModelAttribute("form") ProposalForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = commands.draft(form.getKind() == null ? ProposalKind.PROPOSAL : form.getKind(), form.toSpec());
                Flash.notice(redirect, "proposal.drafted.notice");
                return "redirect:/congress/proposals/" + id;
            } catch (BusinessRuleException e) {
                FormErrors.reject(result, e);
            }
        }
        return formView(model, null);
    }

    @GetMapping("/congress/proposals/{id}/edit")
    @PreAuthorize(READERS)
    String edit(@PathVariable long id, Model model) {
        Proposal p = views.visible(id);
        var nos = people.findByIds(repository.cosigners(id).stream().map(ProposalRepository.Cosigner::personId).toList())
                .values().stream().map(PersonLookup.PersonSummary::employeeNo).toList();
        model.addAttribute("form", ProposalForm.of(p, nos));
        return formView(model, p);
    }

    @PostMapping("/congress/proposals/{id}/edit")
    @PreAuthorize(READERS)
    String save(@PathVariable long id, @ModelAttribute("form") ProposalForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        Proposal p = views.visible(id);
        try {
            commands.edit(id, form.toSpec(), form.getVersion() == null ? -1 : form.getVersion());
            Flash.notice(redirect, "proposal.saved.notice");
            return "redirect:/congress/proposals/" + id;
        } catch (BusinessRuleException e) {
            FormErrors.reject(result, e);
        } catch (OptimisticLockingFailureException e) {
            result.reject("error.conflict");
        }
        return formView(model, p);
    }

    private String formView(Model model, Proposal proposal) {
        model.addAttribute("proposal", proposal);
        model.addAttribute("categories", ProposalCategory.values());
        model.addAttribute("requiredCosigners", commands.requiredCosigners());
        model.addAttribute("meeting", roll.nextMeeting(access.today()).orElse(null));
        return "congress/proposals/form";
    }

    @GetMapping("/congress/proposals/{id}")
    @PreAuthorize(READERS)
    String proposal(@PathVariable long id, Model model) {
        model.addAttribute("d", views.detail(id));
        model.addAttribute("classes", AnswerClass.values());
        model.addAttribute("ratings", Rating.values());
        model.addAttribute("today", access.today());
        if (access.manages()) {
            model.addAttribute("openUnits", organization.openUnits(access.today()));
        }
        return "congress/proposals/proposal";
    }

    @PostMapping("/congress/proposals/{id}/submit")
    @PreAuthorize(READERS)
    String submit(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> commands.submit(id), "proposal.submitted.notice");
    }

    @PostMapping("/congress/proposals/{id}/withdraw")
    @PreAuthorize(READERS)
    String withdraw(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> commands.withdraw(id), "proposal.withdrawn.notice");
    }

    @PostMapping("/congress/proposals/{id}/cosign")
    @PreAuthorize(READERS)
    String cosign(@PathVariable long id, @RequestParam boolean confirm,
                  @RequestParam(required = false) String back, RedirectAttributes redirect) {
        String target = act(id, redirect, () -> commands.cosign(id, confirm),
                confirm ? "proposal.cosigned.notice" : "proposal.cosignDeclined.notice");
        return "inbox".equals(back) ? "redirect:/congress/proposals/inbox" : target;
    }

    @PostMapping("/congress/proposals/{id}/file")
    @PreAuthorize("hasAuthority('congress:manage')")
    String file(@PathVariable long id, @RequestParam(required = false) String leadUnit,
                @RequestParam(required = false) String coUnits, @RequestParam(required = false) LocalDate deadline,
                @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            long lead = requiredUnit(leadUnit, "leadUnit");
            List<Long> co = new ArrayList<>();
            for (String code : Text.items(coUnits)) {
                co.add(requiredUnit(code, "coUnits"));
            }
            commands.file(id, lead, co, deadline, note);
        }, "proposal.filed.notice");
    }

    @PostMapping("/congress/proposals/{id}/merge")
    @PreAuthorize("hasAuthority('congress:manage')")
    String merge(@PathVariable long id, @RequestParam(required = false) Long into,
                 @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            if (into == null) {
                throw BusinessRuleException.onField("into", "proposal.validation.required");
            }
            commands.merge(id, into, note);
        }, "proposal.merged.notice");
    }

    @PostMapping("/congress/proposals/{id}/convert")
    @PreAuthorize("hasAuthority('congress:manage')")
    String convert(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act(id, redirect, () -> commands.convert(id, note), "proposal.converted.notice");
    }

    @PostMapping("/congress/proposals/{id}/return")
    @PreAuthorize("hasAuthority('congress:manage')")
    String returnForRevision(@PathVariable long id, @RequestParam(required = false) String comment,
                             RedirectAttributes redirect) {
        return act(id, redirect, () -> commands.returnForRevision(id, comment), "proposal.returned.notice");
    }

    @PostMapping("/congress/proposals/{id}/decline")
    @PreAuthorize("hasAuthority('congress:manage')")
    String decline(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, () -> commands.decline(id, reason), "proposal.declined.notice");
    }

    @PostMapping("/congress/proposals/{id}/request-reassignment")
    @PreAuthorize("hasAuthority('proposal:answer')")
    String requestReassignment(@PathVariable long id, @RequestParam(required = false) String reason,
                               RedirectAttributes redirect) {
        return act(id, redirect, () -> commands.requestReassignment(id, reason), "proposal.reassignRequested.notice");
    }

    @PostMapping("/congress/proposals/{id}/reassign")
    @PreAuthorize("hasAuthority('congress:manage')")
    String reassign(@PathVariable long id, @RequestParam(required = false) String leadUnit,
                    @RequestParam(required = false) LocalDate deadline, @RequestParam(required = false) String note,
                    RedirectAttributes redirect) {
        return act(id, redirect, () -> commands.reassign(id, Text.blankToNull(leadUnit) == null ? null
                : requiredUnit(leadUnit, "leadUnit"), deadline, note), "proposal.reassigned.notice");
    }

    @PostMapping("/congress/proposals/{id}/answer")
    @PreAuthorize("hasAuthority('proposal:answer')")
    String answer(@PathVariable long id, @RequestParam(required = false) String answer, RedirectAttributes redirect) {
        return act(id, redirect, () -> commands.answer(id, answer), "proposal.answered.notice");
    }

    @PostMapping("/congress/proposals/{id}/countersign")
    @PreAuthorize("hasAuthority('proposal:answer')")
    String countersign(@PathVariable long id, @RequestParam long unitId, @RequestParam(required = false) String note,
                       RedirectAttributes redirect) {
        return act(id, redirect, () -> commands.countersign(id, unitId, note), "proposal.countersigned.notice");
    }

    @PostMapping("/congress/proposals/{id}/review")
    @PreAuthorize("hasAuthority('congress:manage')")
    String review(@PathVariable long id, @RequestParam boolean accept,
                  @RequestParam(required = false) AnswerClass answerClass,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, () -> commands.review(id, accept, answerClass, reason),
                accept ? "proposal.accepted.notice" : "proposal.sentBack.notice");
    }

    @PostMapping("/congress/proposals/{id}/rate")
    @PreAuthorize(READERS)
    String rate(@PathVariable long id, @RequestParam(required = false) Rating rating,
                @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return act(id, redirect, () -> commands.rate(id, rating, comment), "proposal.rated.notice");
    }

    @GetMapping("/congress/proposals/inbox")
    @PreAuthorize(READERS)
    String inbox(Model model) {
        Long me = access.personId();
        model.addAttribute("cosign", me == null ? List.of() : views.lines(repository.awaitingCosignature(me)));
        model.addAttribute("rate", me == null ? List.of() : views.lines(repository.awaitingRating(me)));
        model.addAttribute("mine", views.list(new ProposalRepository.Filter(null, null, null, null, null, true),
                PageRequest.of(0, 50)));
        model.addAttribute("secretaryOf", roll.nextMeeting(access.today()).map(m -> breakouts.mySeats(m.id()))
                .orElse(List.of()));
        return "congress/proposals/inbox";
    }

    @GetMapping("/congress/proposals/dashboard")
    @PreAuthorize(READERS)
    String dashboard(@ModelAttribute("filter") ListFilter filter,
                     @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("page", views.owed(filter.getMeeting(), unitOf(filter.getUnit()), filter.getKind(),
                filter.isOverdue(), PageRequest.of(filter.getPage(), 25)));
        if (htmx != null) {
            return "congress/proposals/partials/owed :: owed";
        }
        common(model);
        model.addAttribute("kinds", ProposalKind.values());
        Long meetingId = filter.getMeeting() != null ? filter.getMeeting() : defaultReportMeeting();
        model.addAttribute("reportMeeting", meetingId == null ? null : roll.meeting(meetingId).orElse(null));
        model.addAttribute("figures", meetingId == null ? null : report.figures(meetingId, access.today()));
        return "congress/proposals/dashboard";
    }

    @GetMapping("/congress/proposals/report.pdf")
    @PreAuthorize("hasAuthority('congress:manage')")
    void reportPdf(@RequestParam long meeting, Locale locale, HttpServletResponse response) throws IOException {
        access.requireManager();
        CongressRoll.Meeting m = roll.meeting(meeting).orElseThrow(() -> new org.cadre.shared.NotFoundException("meeting", meeting));
        attachment(response, "application/pdf", "proposal-report-" + meeting + ".pdf");
        report.pdf(m.name() + " — " + report.title(locale), report.tables(meeting, access.today(), locale),
                response.getOutputStream());
    }

    @GetMapping("/congress/proposals/report.xlsx")
    @PreAuthorize("hasAuthority('congress:manage')")
    void reportXlsx(@RequestParam long meeting, Locale locale, HttpServletResponse response) throws IOException {
        access.requireManager();
        roll.meeting(meeting).orElseThrow(() -> new org.cadre.shared.NotFoundException("meeting", meeting));
        attachment(response, XLSX, "proposal-report-" + meeting + ".xlsx");
        report.xlsx(report.tables(meeting, access.today(), locale), response.getOutputStream());
    }

    @GetMapping("/congress/proposals/breakouts")
    @PreAuthorize(READERS)
    String breakouts(@RequestParam(required = false) Long meeting, Model model) {
        Long meetingId = meeting != null ? meeting : roll.nextMeeting(access.today()).map(CongressRoll.Meeting::id)
                .orElse(null);
        common(model);
        model.addAttribute("meetingId", meetingId);
        model.addAttribute("secretaries", meetingId == null ? List.of() : breakouts.secretaries(meetingId));
        model.addAttribute("mySeats", meetingId == null ? List.of() : breakouts.mySeats(meetingId));
        model.addAttribute("termId", meetingId == null ? null : roll.meeting(meetingId).map(CongressRoll.Meeting::termId)
                .orElse(null));
        model.addAttribute("opinions", views.list(new ProposalRepository.Filter(meetingId == null ? -1L : meetingId,
                null, null, ProposalKind.OPINION, null, false), PageRequest.of(0, 20)));
        return "congress/proposals/breakouts";
    }

    @PostMapping("/congress/proposals/breakouts/opinions")
    @PreAuthorize(READERS)
    String recordOpinion(@RequestParam long meeting, @RequestParam long delegationId,
                         @RequestParam(required = false) String title,
                         @RequestParam(required = false) ProposalCategory category,
                         @RequestParam(required = false) String text, RedirectAttributes redirect) {
        try {
            breakouts.recordOpinion(meeting, delegationId, title, category, text);
            Flash.notice(redirect, "breakout.recorded.notice");
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        }
        return "redirect:/congress/proposals/breakouts?meeting=" + meeting;
    }

    /** The meeting whose proposals are being handled: the last one that has proposals filed. */
    private Long defaultReportMeeting() {
        return roll.currentTerm(access.today()).flatMap(t -> roll.meetings(t.id()).stream()
                .filter(m -> m.startsOn().isBefore(access.today())).reduce((a, b) -> b))
                .map(CongressRoll.Meeting::id).orElse(null);
    }

    private void common(Model model) {
        model.addAttribute("meetings", roll.currentTerm(access.today()).map(t -> roll.meetings(t.id()))
                .orElse(List.of()));
        model.addAttribute("categories", ProposalCategory.values());
        model.addAttribute("manager", access.manages());
        model.addAttribute("openUnits", organization.openUnits(access.today()));
    }

    private Long unitOf(String code) {
        if (Text.blankToNull(code) == null) {
            return null;
        }
        return organization.findUnitByCode(code.strip(), access.today()).map(UnitRef::id).orElse(-1L);
    }

    private long requiredUnit(String code, String field) {
        if (Text.blankToNull(code) == null) {
            throw BusinessRuleException.onField(field, "proposal.unit.required");
        }
        return organization.findUnitByCode(code.strip(), access.today()).map(UnitRef::id)
                .orElseThrow(() -> BusinessRuleException.onField(field, "proposal.unit.unknownCode", code.strip()));
    }

    private String act(long id, RedirectAttributes redirect, Runnable action, String notice) {
        views.visible(id);
        try {
            action.run();
            Flash.notice(redirect, notice);
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        } catch (OptimisticLockingFailureException e) {
            Flash.failure(redirect, new BusinessRuleException("error.conflict"));
        }
        return "redirect:/congress/proposals/" + id;
    }

    static void attachment(HttpServletResponse response, String type, String filename) {
        response.setContentType(type);
        response.setHeader("Content-Disposition", ContentDisposition.attachment().filename(filename).build().toString());
    }
}
