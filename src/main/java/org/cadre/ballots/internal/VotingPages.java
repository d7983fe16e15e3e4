package org.cadre.ballots.internal;

import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.cadre.ballots.BallotPaper;
import org.cadre.ballots.BallotState;
import org.cadre.identity.AccessControl;
import org.cadre.people.PersonNames;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Voting: with the code on a slip (the QR code opens {@code /vote/<code>} on a phone; no account needed), or
 * signed in from "My ballots". After a ballot is cast and committed the voter sees a receipt, which they can check
 * against the published list of counted ballots. Nothing of a cast is kept in the session.
 */
@Controller
class VotingPages {

    private final BallotBox box;
    private final BallotRepository repository;
    private final BallotViews views;
    private final PersonNames people;
    private final AccessControl access;

    VotingPages(BallotBox box, BallotRepository repository, BallotViews views, PersonNames people,
                AccessControl access) {
        this.box = box;
        this.repository = repository;
        this.views = views;
        this.people = people;
        this.access = access;
    }

    /** The page where a code is typed; with {@code ?code=} it goes on to the paper. */
    @GetMapping("/vote")
    String enterCode(@RequestParam(required = false) String code, Model model) {
        if (code != null && !code.isBlank()) {
            String normalized = VotingCodes.normalize(code);
            if (normalized != null) {
                return "redirect:/vote/" + normalized;
            }
            model.addAttribute("error", "ballot.code.malformed");
        }
        return "ballots/vote";
    }

    @GetMapping("/vote/{code}")
    String paperForCode(@PathVariable String code, Model model) {
        try {
            BallotBox.VoterOnRoll voter = box.voterByCode(code);
            return paper(voter, PaperForm.empty(), "/vote/" + VotingCodes.normalize(code), model);
        } catch (BusinessRuleException e) {
            model.addAttribute("error", e.messageKey());
            return "ballots/vote";
        }
    }

    @PostMapping("/vote/{code}")
    String castWithCode(@PathVariable String code, HttpServletRequest request, Model model) {
        BallotBox.VoterOnRoll voter;
        try {
            voter = box.voterByCode(code);
        } catch (BusinessRuleException e) {
            model.addAttribute("error", e.messageKey());
            return "ballots/vote";
        }
        return cast(voter, new PaperForm(request.getParameterMap()), "/vote/" + VotingCodes.normalize(code), model);
    }

    /** The published list of counted ballots' receipts, and a check of one. */
    @GetMapping("/vote/receipts/{ballotId}")
    String receipts(@PathVariable long ballotId, @RequestParam(required = false) String receipt,
                    @RequestParam(required = false) Integer page, Model model) {
        BallotDefinition ballot = repository.find(ballotId).orElseThrow(() -> new NotFoundException("ballot", ballotId));
        if (ballot.state() != BallotState.PUBLISHED) {
            throw new NotFoundException("ballot", ballotId);
        }
        model.addAttribute("ballot", ballot);
        model.addAttribute("receipts", box.receipts(ballotId,
                new org.cadre.shared.PageRequest(page == null ? 0 : page, org.cadre.shared.PageRequest.MAX_SIZE)));
        if (receipt != null && !receipt.isBlank()) {
            String normalized = receipt.replace("-", "").strip().toUpperCase(Locale.ROOT);
            model.addAttribute("checked", normalized);
            model.addAttribute("counted", box.counted(ballotId, normalized));
        }
        return "ballots/receipts";
    }

    @GetMapping("/my/ballots")
    String inbox(Model model) {
        Long person = access.requireUser().personId();
        model.addAttribute("items", person == null ? java.util.List.of() : repository.inbox(person));
        return "ballots/inbox";
    }

    @GetMapping("/my/ballots/{ballotId}")
    String myPaper(@PathVariable long ballotId, Model model) {
        return paper(mine(ballotId), PaperForm.empty(), "/my/ballots/" + ballotId, model);
    }

    @PostMapping("/my/ballots/{ballotId}")
    String castMine(@PathVariable long ballotId, HttpServletRequest request, Model model) {
        return cast(mine(ballotId), new PaperForm(request.getParameterMap()), "/my/ballots/" + ballotId, model);
    }

    private String cast(BallotBox.VoterOnRoll voter, PaperForm form, String action, Model model) {
        BallotDefinition ballot = repository.find(voter.ballotId()).orElseThrow();
        try {
            BallotPaper paper = form.toPaper(ballot, people);
            String receipt = box.cast(voter, paper);
            // shown in this response, not redirected: a redirect would keep the receipt in the session, which for a
            // signed-in voter would put it beside their name in the database
            model.addAttribute("receipt", receipt.substring(0, 4) + "-" + receipt.substring(4));
            model.addAttribute("ballotTitle", ballot.title());
            model.addAttribute("ballotId", ballot.id());
            return "ballots/recorded";
        } catch (BusinessRuleException e) {
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", Arrays.stream(e.arguments()).map(String::valueOf).toArray(String[]::new));
            model.addAttribute("errorField", e.field());
            return paper(voter, form, action, model);
        }
    }

    private String paper(BallotBox.VoterOnRoll voter, PaperForm form, String action, Model model) {
        BallotDefinition ballot = repository.find(voter.ballotId()).orElseThrow();
        if (ballot.state() != BallotState.OPEN || voter.voted()) {
            model.addAttribute("error", voter.voted() ? "ballot.code.used" : "ballot.notOpen");
            model.addAttribute("errorArgs", new String[0]);
            return "ballots/vote";
        }
        model.addAttribute("paper", views.paper(ballot, voter.groupId()));
        model.addAttribute("form", form);
        model.addAttribute("action", action);
        return "ballots/paper";
    }

    private BallotBox.VoterOnRoll mine(long ballotId) {
        Long person = access.requireUser().personId();
        if (person == null) {
            throw new NotFoundException("ballot", ballotId);
        }
        return box.voterOfPerson(ballotId, person).orElseThrow(() -> new NotFoundException("ballot", ballotId));
    }
}
