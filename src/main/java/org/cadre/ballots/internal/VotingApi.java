package org.cadre.ballots.internal;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cadre.ballots.BallotPaper;
import org.cadre.ballots.BallotState;
import org.cadre.identity.AccessControl;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.JsonApi;
import org.cadre.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Voting through the API. With a one-time code (no account: the code is the credential), or as a signed-in voter
 * on the roll. The answer comes only after the ballot has been committed.
 */
@JsonApi("/api/v1")
@Tag(name = "Voting", description = "Cast a ballot with a one-time code or as a signed-in voter; check a receipt")
class VotingApi {

    record CodeRequest(String code) {
    }

    record CastRequest(String code, Map<Long, BallotPaper.Answer> answers) {
    }

    record Receipt(String receipt) {
    }

    record ReceiptCheck(long ballotId, String receipt, boolean counted) {
    }

    private final BallotBox box;
    private final BallotRepository repository;
    private final BallotViews views;
    private final AccessControl access;

    VotingApi(BallotBox box, BallotRepository repository, BallotViews views, AccessControl access) {
        this.box = box;
        this.repository = repository;
        this.views = views;
        this.access = access;
    }

    @PostMapping("/votes/paper")
    @Operation(summary = "The ballot paper a one-time code opens (no sign-in)")
    BallotViews.PaperView paperForCode(@RequestBody CodeRequest request) {
        BallotBox.VoterOnRoll voter = box.voterByCode(request.code());
        return paper(voter);
    }

    @PostMapping("/votes")
    @Operation(summary = "Cast a ballot with a one-time code (no sign-in); answers by question id. Returns the receipt "
            + "after the ballot is committed")
    ResponseEntity<Receipt> cast(@RequestBody CastRequest request) {
        String receipt = box.castWithCode(request.code(), new BallotPaper(request.answers()));
        return ResponseEntity.status(201).body(new Receipt(receipt));
    }

    @GetMapping("/votes/{ballotId}/receipts/{receipt}")
    @Operation(summary = "Whether a receipt is among the counted ballots of a published ballot (no sign-in)")
    ReceiptCheck check(@PathVariable long ballotId, @PathVariable String receipt) {
        requirePublished(ballotId);
        String normalized = receipt.replace("-", "").strip().toUpperCase(java.util.Locale.ROOT);
        return new ReceiptCheck(ballotId, normalized, box.counted(ballotId, normalized));
    }

    @GetMapping("/votes/{ballotId}/receipts")
    @Operation(summary = "The receipts of the counted ballots of a published ballot, a page at a time in alphabetical "
            + "order (page from 0, size up to 200; no sign-in)")
    org.cadre.shared.Page<String> receipts(@PathVariable long ballotId, @RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size) {
        requirePublished(ballotId);
        return box.receipts(ballotId, org.cadre.shared.PageRequest.of(page, size));
    }

    @GetMapping("/my/ballots")
    @Operation(summary = "The ballots on whose roll the signed-in user is, open ones first")
    List<BallotRepository.InboxItem> inbox() {
        Long person = access.requireUser().personId();
        return person == null ? List.of() : repository.inbox(person);
    }

    @GetMapping("/my/ballots/{ballotId}")
    @Operation(summary = "The ballot paper of a ballot the signed-in user may vote in")
    BallotViews.PaperView myPaper(@PathVariable long ballotId) {
        return paper(mine(ballotId));
    }

    @PostMapping("/my/ballots/{ballotId}/vote")
    @Operation(summary = "Cast the signed-in user's ballot; answers by question id")
    ResponseEntity<Receipt> castMine(@PathVariable long ballotId, @RequestBody CastRequest request) {
        String receipt = box.cast(mine(ballotId), new BallotPaper(request.answers()));
        return ResponseEntity.status(201).body(new Receipt(receipt));
    }

    private BallotBox.VoterOnRoll mine(long ballotId) {
        Long person = access.requireUser().personId();
        if (person == null) {
            throw new NotFoundException("ballot", ballotId);
        }
        return box.voterOfPerson(ballotId, person).orElseThrow(() -> new NotFoundException("ballot", ballotId));
    }

    private BallotViews.PaperView paper(BallotBox.VoterOnRoll voter) {
        BallotDefinition ballot = repository.find(voter.ballotId()).orElseThrow();
        if (ballot.state() != BallotState.OPEN) {
            throw new BusinessRuleException("ballot.notOpen");
        }
        if (voter.voted()) {
            throw new BusinessRuleException("ballot.code.used");
        }
        return views.paper(ballot, voter.groupId());
    }

    private void requirePublished(long ballotId) {
        BallotDefinition ballot = repository.find(ballotId).orElseThrow(() -> new NotFoundException("ballot", ballotId));
        if (ballot.state() != BallotState.PUBLISHED) {
            throw new BusinessRuleException("ballot.results.notPublished");
        }
    }
}
