package org.cadre.ballots.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.cadre.ballots.BallotMode;
import org.cadre.ballots.BallotSpec;
import org.cadre.ballots.BallotState;
import org.cadre.ballots.Ballots;
import org.cadre.ballots.PassRule;
import org.cadre.ballots.QuestionKind;
import org.cadre.ballots.Quorum;
import org.cadre.ballots.Scale;
import org.cadre.organization.OrganizationQueries;
import org.cadre.organization.PostLevel;
import org.cadre.organization.UnitRef;
import org.cadre.people.PersonNames;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.Flash;
import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.cadre.shared.Text;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer's pages: the list of ballots, a new ballot, and the page of one ballot where it is prepared (groups,
 * questions, roll), opened, watched, closed and published. Every change posts, redirects and shows a notice; a
 * refused change shows why and changes nothing.
 */
@Controller
class BallotPages {

    private final BallotRepository repository;
    private final BallotDrafts drafts;
    private final BallotSteps steps;
    private final BallotAccess access;
    private final BallotViews views;
    private final Ballots ballots;
    private final PersonNames people;
    private final OrganizationQueries organization;
    private final Clock clock;

    BallotPages(BallotRepository repository, BallotDrafts drafts, BallotSteps steps, BallotAccess access,
                BallotViews views, Ballots ballots, PersonNames people, OrganizationQueries organization, Clock clock) {
        this.repository = repository;
        this.drafts = drafts;
        this.steps = steps;
        this.access = access;
        this.views = views;
        this.ballots = ballots;
        this.people = people;
        this.organization = organization;
        this.clock = clock;
    }

    @GetMapping("/ballots")
    @PreAuthorize("hasAuthority('ballot:manage')")
    String list(@RequestParam(required = false) BallotState state, @RequestParam(required = false) String q,
                @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("ballots", repository.page(access.manageReach(), state, Text.blankToNull(q),
                PageRequest.of(page, 20)));
        model.addAttribute("state", state);
        model.addAttribute("q", q);
        model.addAttribute("states", BallotState.values());
        return "ballots/list";
    }

    @GetMapping("/ballots/new")
    @PreAuthorize("hasAuthority('ballot:manage')")
    String newBallot(Model model) {
        model.addAttribute("form", new NewBallot(null, null, BallotMode.SECRET, PassRule.NONE, Quorum.NONE, 5, null,
                null, null));
        return newForm(model);
    }

    /**
     * A new ballot as the form gives it: its settings, the code of the unit it belongs to (blank: the whole company)
     * and, optionally, its first rater group.
     */
    record NewBallot(String title, String description, BallotMode mode, PassRule passRule, Quorum quorum,
                     Integer minGroupBreakdown, String firstGroup, BigDecimal firstWeight, String unitCode) {
    }

    @PostMapping("/ballots")
    @PreAuthorize("hasAuthority('ballot:manage')")
    String create(NewBallot form, Model model, RedirectAttributes redirect) {
        String title = Text.blankToNull(form.title());
        if (title == null || title.length() > 200) {
            model.addAttribute("form", form);
            model.addAttribute("error", title == null ? "ballot.form.titleRequired" : "ballot.validation.tooLong");
            return newForm(model);
        }
        List<BallotSpec.GroupSpec> groups = new ArrayList<>();
        String group = Text.blankToNull(form.firstGroup());
        if (group != null) {
            groups.add(new BallotSpec.GroupSpec(group, form.firstWeight() == null ? BigDecimal.ONE : form.firstWeight(),
                    List.of()));
        }
        try {
            String unitCode = Text.blankToNull(form.unitCode());
            Long unitId = unitCode == null ? null : organization.findUnitByCode(unitCode.strip(), LocalDate.now(clock))
                    .map(UnitRef::id)
                    .orElseThrow(() -> BusinessRuleException.onField("unitCode", "ballot.form.unitUnknown", unitCode));
            long id = drafts.create(new BallotSpec(title, Text.blankToNull(form.description()), form.mode(),
                    form.passRule(), form.quorum(), form.minGroupBreakdown() == null || form.minGroupBreakdown() < 1
                    ? 5 : form.minGroupBreakdown(), null, groups, List.of(), unitId));
            Flash.notice(redirect, "ballot.created.notice", title);
            return "redirect:/ballots/" + id;
        } catch (BusinessRuleException e) {
            model.addAttribute("form", form);
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
            return newForm(model);
        }
    }

    private String newForm(Model model) {
        model.addAttribute("modes", BallotMode.values());
        model.addAttribute("passRules", PassRule.values());
        model.addAttribute("quorums", Quorum.values());
        return "ballots/new";
    }

    @GetMapping("/ballots/{id}")
    @PreAuthorize("hasAuthority('ballot:manage')")
    String ballot(@PathVariable long id, @RequestParam(required = false) Long group,
                  @RequestParam(required = false) Integer page, Model model) {
        BallotDefinition ballot = access.manage(id);
        model.addAttribute("ballot", views.of(ballot, repository.turnout(id, ballot.state(), ballot.groups())));
        Page<BallotRepository.Voter> roll = repository.roll(id, group, PageRequest.of(page, 50));
        model.addAttribute("roll", new Page<>(views.voters(roll.items()), roll.total(), roll.page(), roll.size()));
        model.addAttribute("rollGroup", group);
        model.addAttribute("unitName", ballot.unitId() == null ? null : organization.unitNames(
                java.util.Set.of(ballot.unitId()), LocalDate.now(clock)).get(ballot.unitId()));
        model.addAttribute("groupNames", groupNames(ballot));
        model.addAttribute("kinds", QuestionKind.values());
        model.addAttribute("choiceScales", List.of(Scale.AGREEMENT, Scale.FOR_AGAINST));
        model.addAttribute("ratingScales", List.of(Scale.COMPETENCE, Scale.TEAM));
        model.addAttribute("levels", PostLevel.values());
        if (ballot.mode() == BallotMode.COUNTED && ballot.state() == BallotState.OPEN) {
            model.addAttribute("counts", countsEntered(ballot));
        }
        return "ballots/ballot";
    }

    @PostMapping("/ballots/{id}/groups")
    @PreAuthorize("hasAuthority('ballot:manage')")
    String addGroup(@PathVariable long id, @RequestParam(required = false) String name,
                    @RequestParam(required = false) BigDecimal weight, RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            drafts.addGroup(id, name, weight);
            Flash.notice(redirect, "ballot.group.added.notice", name == null ? "" : name.strip());
        });
    }

    @PostMapping("/ballots/{id}/groups/{groupId}/delete")
    @PreAuthorize("hasAuthority('ballot:manage')")
    String removeGroup(@PathVariable long id, @PathVariable long groupId, RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            drafts.removeGroup(id, groupId);
            Flash.notice(redirect, "ballot.group.removed.notice");
        });
    }

    /** A question as the form gives it; candidates are employee numbers, items one per line ("label" or "label|weight"). */
    record QuestionForm(QuestionKind kind, String title, Scale scale, String subjectEmployeeNo, String candidates,
                        Integer maxPicks, Boolean writeIn, String items, Integer minScore, Integer maxScore) {
    }

    @PostMapping("/ballots/{id}/questions")
    @PreAuthorize("hasAuthority('ballot:manage')")
    String addQuestion(@PathVariable long id, QuestionForm form, RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            drafts.addQuestion(id, question(form));
            Flash.notice(redirect, "ballot.question.added.notice", form.title() == null ? "" : form.title().strip());
        });
    }

    private BallotSpec.QuestionSpec question(QuestionForm form) {
        if (form.kind() == null || Text.blankToNull(form.title()) == null) {
            throw new BusinessRuleException("ballot.form.questionRequired");
        }
        Long subject = null;
        if (Text.blankToNull(form.subjectEmployeeNo()) != null) {
            subject = personByEmployeeNo(form.subjectEmployeeNo().strip());
        }
        List<BallotSpec.OptionSpec> options = new ArrayList<>();
        boolean candidates = form.kind() == QuestionKind.PICK || form.kind() == QuestionKind.RANK;
        if (candidates && form.candidates() != null) {
            List<String> numbers = Text.items(form.candidates());
            Map<String, Long> ids = people.idsByEmployeeNo(numbers);
            List<String> unknown = numbers.stream().filter(n -> !ids.containsKey(n)).toList();
            if (!unknown.isEmpty()) {
                throw new BusinessRuleException("ballot.voters.unknown", String.join(", ", unknown));
            }
            Map<Long, PersonNames.Named> names = people.byIds(ids.values());
            for (String number : numbers) {
                long personId = ids.get(number);
                options.add(BallotSpec.OptionSpec.candidate(names.get(personId).name(), personId));
            }
        }
        if (form.kind() == QuestionKind.SCORE && form.items() != null) {
            for (String line : form.items().split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("[|｜]");
                BigDecimal weight = null;
                if (parts.length > 1 && !parts[1].isBlank()) {
                    try {
                        weight = new BigDecimal(parts[1].strip());
                    } catch (NumberFormatException e) {
                        throw new BusinessRuleException("ballot.form.itemWeight", line.strip());
                    }
                }
                options.add(BallotSpec.OptionSpec.item(parts[0].strip(), weight));
            }
        }
        Scale scale = switch (form.kind()) {
            case CHOICE, RATING -> form.scale();
            default -> null;
        };
        Integer maxPicks = candidates ? (form.maxPicks() == null ? 1 : form.maxPicks()) : null;
        return new BallotSpec.QuestionSpec(form.kind(), form.title().strip(), subject, scale, options, maxPicks,
                form.kind() == QuestionKind.PICK && Boolean.TRUE.equals(form.writeIn()),
                form.kind() == QuestionKind.SCORE ? form.minScore() : null,
                form.kind() == QuestionKind.SCORE ? form.maxScore() : null);
    }

    @PostMapping("/ballots/{id}/questions/{questionId}/delete")
    @PreAuthorize("hasAuthority('ballot:manage')")
    String removeQuestion(@PathVariable long id, @PathVariable long questionId, RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            drafts.removeQuestion(id, questionId);
            Flash.notice(redirect, "ballot.question.removed.notice");
        });
    }

    @PostMapping("/ballots/{id}/voters")
    @PreAuthorize("hasAuthority('ballot:manage')")
    String addVoters(@PathVariable long id, @RequestParam long groupId,
                     @RequestParam(required = false) String employeeNos,
                     @RequestParam(required = false) String unitCode,
                     @RequestParam(required = false) Set<PostLevel> levels, RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            int added;
            if (Text.blankToNull(unitCode) != null) {
                UnitRef unit = organization.findUnitByCode(unitCode.strip(), LocalDate.now(clock))
                        .orElseThrow(() -> new BusinessRuleException("ballot.form.unitUnknown", unitCode.strip()));
                added = drafts.addVotersFromUnit(id, groupId, unit.id(), levels == null ? Set.of() : levels);
            } else {
                added = drafts.addVotersByEmployeeNo(id, groupId, Text.items(employeeNos));
            }
            Flash.notice(redirect, "ballot.voters.added.notice", added);
        });
    }

    @PostMapping("/ballots/{id}/voters/{voterId}/delete")
    @PreAuthorize("hasAuthority('ballot:manage')")
    String removeVoter(@PathVariable long id, @PathVariable long voterId, RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            drafts.removeVoter(id, voterId);
            Flash.notice(redirect, "ballot.voters.removed.notice");
        });
    }

    @PostMapping("/ballots/{id}/groups/{groupId}/counts")
    @PreAuthorize("hasAuthority('ballot:manage')")
    String counts(@PathVariable long id, @PathVariable long groupId, @RequestParam(required = false) Integer voted,
                  HttpServletRequest request, RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            BallotDefinition ballot = access.require(id);
            Map<Long, Map<String, Integer>> votes = new LinkedHashMap<>();
            for (BallotDefinition.Question q : ballot.questions()) {
                Map<String, Integer> answers = new LinkedHashMap<>();
                for (String key : q.answerKeys()) {
                    String value = request.getParameter("c" + q.id() + "_" + key);
                    if (value != null && !value.isBlank()) {
                        try {
                            answers.put(key, Integer.parseInt(value.strip()));
                        } catch (NumberFormatException e) {
                            throw new BusinessRuleException("ballot.form.number", q.title());
                        }
                    }
                }
                votes.put(q.id(), answers);
            }
            drafts.enterCounts(id, groupId, voted == null ? 0 : voted, votes);
            Flash.notice(redirect, "ballot.counts.entered.notice");
        });
    }

    @PostMapping("/ballots/{id}/open")
    @PreAuthorize("hasAuthority('ballot:manage')")
    String open(@PathVariable long id, RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            steps.open(id);
            Flash.notice(redirect, "ballot.opened.notice");
        });
    }

    @PostMapping("/ballots/{id}/close")
    @PreAuthorize("hasAuthority('ballot:manage')")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            steps.close(id);
            Flash.notice(redirect, "ballot.closed.notice");
        });
    }

    @PostMapping("/ballots/{id}/publish")
    @PreAuthorize("hasAuthority('ballot:manage')")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            steps.publish(id);
            Flash.notice(redirect, "ballot.published.notice");
        });
    }

    @PostMapping("/ballots/{id}/cancel")
    @PreAuthorize("hasAuthority('ballot:manage')")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            steps.cancel(id);
            Flash.notice(redirect, "ballot.cancelled.notice");
        });
    }

    @GetMapping("/ballots/{id}/results")
    @PreAuthorize("isAuthenticated()")
    String results(@PathVariable long id, Model model) {
        BallotDefinition ballot = access.results(id);
        model.addAttribute("ballot", views.of(ballot, repository.turnout(id, ballot.state(), ballot.groups())));
        model.addAttribute("results", access.shown(ballot, ballots.results(id)));
        model.addAttribute("officer", access.manages(ballot));
        return "ballots/results";
    }

    private Map<Long, String> groupNames(BallotDefinition ballot) {
        Map<Long, String> names = new LinkedHashMap<>();
        ballot.groups().forEach(g -> names.put(g.id(), g.name()));
        return names;
    }

    /** The totals entered so far, by "groupId/questionId/answer". */
    private Map<String, Integer> countsEntered(BallotDefinition ballot) {
        Map<String, Integer> counts = new HashMap<>();
        repository.counts(ballot.id()).forEach(c -> counts.put(c.groupId() + "/" + c.questionId() + "/" + c.key(),
                c.votes()));
        return counts;
    }

    private long personByEmployeeNo(String number) {
        Long id = people.idsByEmployeeNo(List.of(number)).get(number);
        if (id == null) {
            throw new BusinessRuleException("ballot.voters.unknown", number);
        }
        return id;
    }

    /** Runs a change; a refused one comes back to the ballot's page with its reason, having changed nothing. */
    private String change(long id, RedirectAttributes redirect, Runnable change) {
        access.manage(id);
        try {
            change.run();
        } catch (BusinessRuleException e) {
            Flash.failure(redirect, e);
        }
        return "redirect:/ballots/" + id;
    }
}
