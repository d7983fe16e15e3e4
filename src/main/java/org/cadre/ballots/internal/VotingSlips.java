package org.cadre.ballots.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cadre.ballots.BallotState;
import org.cadre.identity.AuditLog;
import org.cadre.people.PersonNames;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.NotFoundException;
import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-time codes of an open ballot, for printing slips (and sending links). Codes are kept sealed with the
 * ballot's key and can be printed again until the ballot closes; each printing is audited.
 */
@Service
public class VotingSlips {

    private final BallotRepository ballots;
    private final BallotKeys keys;
    private final PersonNames people;
    private final AuditLog audit;

    VotingSlips(BallotRepository ballots, BallotKeys keys, PersonNames people, AuditLog audit) {
        this.ballots = ballots;
        this.keys = keys;
        this.people = people;
        this.audit = audit;
    }

    /** One slip: the voter, their group, the code as printed, and whether it has been used. */
    public record Slip(long voterId, String groupName, long personId, String employeeNo, String voterName,
                       String code, boolean used) {
    }

    /** Every slip (the PDF and the links workbook, which split into pages of their own). */
    @Transactional
    public List<Slip> slips(long ballotId) {
        BallotDefinition ballot = open(ballotId);
        List<Slip> slips = unseal(ballot, ballots.sealedCodes(ballotId));
        audit.record("ballot.codesPrinted", "ballot", ballotId, "Voting codes printed: " + slips.size(), null, null);
        return slips;
    }

    /** One page of slips, in roll order: the slips page and the codes API, whose length must not grow with the roll. */
    @Transactional
    public Page<Slip> slips(long ballotId, PageRequest request) {
        BallotDefinition ballot = open(ballotId);
        Page<BallotRepository.SealedCode> page = ballots.sealedCodes(ballotId, request);
        List<Slip> slips = unseal(ballot, page.items());
        audit.record("ballot.codesPrinted", "ballot", ballotId, "Voting codes printed: " + slips.size() + " (page "
                + (page.page() + 1) + " of " + Math.max(1, page.totalPages()) + ")", null, null);
        return new Page<>(slips, page.total(), page.page(), page.size());
    }

    private BallotDefinition open(long ballotId) {
        BallotDefinition ballot = ballots.find(ballotId).orElseThrow(() -> new NotFoundException("ballot", ballotId));
        if (ballot.state() != BallotState.OPEN) {
            throw new BusinessRuleException("ballot.codes.notOpen");
        }
        return ballot;
    }

    private List<Slip> unseal(BallotDefinition ballot, List<BallotRepository.SealedCode> sealed) {
        long ballotId = ballot.id();
        byte[] key = ballots.wrappedKey(ballotId).map(w -> keys.unwrap(w, ballotId))
                .orElseThrow(() -> new BusinessRuleException("ballot.codes.notOpen"));
        Map<Long, PersonNames.Named> names = people.byIds(sealed.stream().map(BallotRepository.SealedCode::personId).toList());
        List<Slip> slips = new ArrayList<>();
        for (BallotRepository.SealedCode s : sealed) {
            String code = new String(BallotKeys.open(key, s.sealed(), ballotId), StandardCharsets.US_ASCII);
            PersonNames.Named person = names.get(s.personId());
            slips.add(new Slip(s.voterId(), ballot.group(s.groupId()).map(BallotDefinition.Group::name).orElse(""),
                    s.personId(), person == null ? "" : person.employeeNo(), person == null ? "#" + s.personId()
                    : person.name(), VotingCodes.display(code), s.voted()));
        }
        return slips;
    }
}
