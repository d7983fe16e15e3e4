package org.cadre.congress.internal.meetings;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.Flash;
import org.cadre.shared.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The delegates of a term: list (paged and filtered in SQL), composition, election, import, replacement, secretaries. */
@Controller
class DelegatePages {

    private final Delegates delegates;
    private final DelegateImport imports;
    private final Meetings meetings;
    private final CongressAccess access;

    DelegatePages(Delegates delegates, DelegateImport imports, Meetings meetings, CongressAccess access) {
        this.delegates = delegates;
        this.imports = imports;
        this.meetings = meetings;
        this.access = access;
    }

    @GetMapping("/congress/terms/{termId}/delegates")
    @PreAuthorize(MeetingPages.READERS)
    String list(@PathVariable long termId, @RequestParam(required = false) Long delegation,
                @RequestParam(required = false) String category, @RequestParam(required = false) String text,
                @RequestParam(required = false) boolean history, @RequestParam(required = false) String constituency,
                @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("term", meetings.term(termId));
        model.addAttribute("page", delegates.page(termId, new Delegates.Filter(delegation, category, text, history, constituency),
                PageRequest.of(page, 50)));
        model.addAttribute("delegation", delegation);
        model.addAttribute("category", category);
        model.addAttribute("text", text);
        model.addAttribute("history", history);
        model.addAttribute("constituency", constituency);
        model.addAttribute("delegations", delegates.delegations(termId));
        model.addAttribute("categories", List.of("FRONT_LINE", "TECHNICAL", "MANAGER", "LEADER"));
        model.addAttribute("rules", delegates.rules(termId));
        model.addAttribute("composition", delegates.composition(termId));
        model.addAttribute("vacancies", delegates.vacancies(termId, 100));
        model.addAttribute("canManage", access.canManage());
        return "congress/delegates";
    }

    @PostMapping("/congress/terms/{termId}/delegates")
    @PreAuthorize(MeetingPages.MANAGERS)
    String add(@PathVariable long termId, @RequestParam(required = false) String employeeNo,
               @RequestParam(required = false) Long delegationId, @RequestParam(required = false) String constituency,
               @RequestParam(required = false) String category,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate electedOn,
               RedirectAttributes redirect) {
        try {
            delegates.add(termId, new Delegates.NewDelegate(employeeNo, delegationId, constituency, category, electedOn));
            Flash.notice(redirect, "congress.delegate.added", employeeNo);
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        }
        return "redirect:/congress/terms/" + termId + "/delegates";
    }

    @PostMapping("/congress/terms/{termId}/delegates/import")
    @PreAuthorize(MeetingPages.MANAGERS)
    String importFile(@PathVariable long termId, @RequestParam(required = false) MultipartFile file, Model model,
                      RedirectAttributes redirect) throws IOException {
        DelegateImport.Result result = file == null || file.isEmpty()
                ? new DelegateImport.Result(0, List.of(new DelegateImport.Problem(0, null, "congress.import.empty",
                new Object[0])))
                : imports.importFile(termId, file.getInputStream());
        if (result.problems().isEmpty()) {
            Flash.notice(redirect, "congress.import.done", result.imported());
            return "redirect:/congress/terms/" + termId + "/delegates";
        }
        model.addAttribute("term", meetings.term(termId));
        model.addAttribute("problems", result.problems());
        return "congress/import-result";
    }

    @PostMapping("/congress/terms/{termId}/rules")
    @PreAuthorize(MeetingPages.MANAGERS)
    String rules(@PathVariable long termId, @RequestParam(defaultValue = "50") int frontLineMinPct,
                 @RequestParam(defaultValue = "20") int managersMaxPct,
                 @RequestParam(defaultValue = "WORKFORCE") String womenRule,
                 @RequestParam(required = false) Integer womenMinPct, RedirectAttributes redirect) {
        try {
            delegates.saveRules(termId, new Composition.Rules(frontLineMinPct, managersMaxPct, womenRule, womenMinPct, 0));
            Flash.notice(redirect, "congress.rules.saved");
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        }
        return "redirect:/congress/terms/" + termId + "/delegates";
    }

    @PostMapping("/congress/delegations/{delegationId}/secretary")
    @PreAuthorize(MeetingPages.MANAGERS)
    String secretary(@PathVariable long delegationId, @RequestParam long termId,
                     @RequestParam(required = false) String secretary, RedirectAttributes redirect) {
        try {
            delegates.setSecretary(delegationId, secretary);
            Flash.notice(redirect, "congress.delegation.secretarySet");
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        }
        return "redirect:/congress/terms/" + termId + "/delegates";
    }

    @GetMapping("/congress/delegates/{id}")
    @PreAuthorize(MeetingPages.READERS)
    String delegate(@PathVariable long id, Model model) {
        Delegates.Delegate delegate = delegates.delegate(id);
        // the chain of seats: whom this one replaced, and who replaced them
        List<Delegates.Delegate> chain = new ArrayList<>();
        Delegates.Delegate d = delegate;
        while (d.replacesDelegateId() != null) {
            d = delegates.delegate(d.replacesDelegateId());
            chain.add(0, d);
        }
        chain.add(delegate);
        Long next = delegates.successorOf(delegate.id());
        while (next != null) {
            Delegates.Delegate s = delegates.delegate(next);
            chain.add(s);
            next = delegates.successorOf(s.id());
        }
        model.addAttribute("delegate", delegate);
        model.addAttribute("vacant", !delegate.open() && delegates.successorOf(delegate.id()) == null);
        model.addAttribute("chain", chain);
        model.addAttribute("term", meetings.term(delegate.termId()));
        model.addAttribute("categories", List.of("FRONT_LINE", "TECHNICAL", "MANAGER", "LEADER"));
        model.addAttribute("canManage", access.canManage());
        return "congress/delegate";
    }

    @PostMapping("/congress/delegates/{id}/replace")
    @PreAuthorize(MeetingPages.MANAGERS)
    String replace(@PathVariable long id, @RequestParam(required = false) String successor,
                   @RequestParam(required = false) String category, @RequestParam(required = false) String reason,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                   RedirectAttributes redirect) {
        try {
            long newId = delegates.replace(id, successor, category, reason, on);
            Flash.notice(redirect, "congress.delegate.replacedNotice", successor);
            return "redirect:/congress/delegates/" + newId;
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
            return "redirect:/congress/delegates/" + id;
        }
    }
}
