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

    @Transactional
    public List<Slip> slips(long ballotId) {
        BallotDefinition ballot = ballots.find(ballotId).orElseThrow(() -> new NotFoundException("ballot", ballotId));
        if (ballot.state() != BallotState.OPEN) {
            throw new BusinessRuleException("ballot.codes.notOpen");
        }
        byte[] key = ballots.wrappedKey(ballotId).map(w -> keys.unwrap(w, ballotId))
                .orElseThrow(() -> new BusinessRuleException("ballot.codes.notOpen"));
        List<BallotRepository.SealedCode> sealed = ballots.sealedCodes(ballotId);
        Map<Long, PersonNames.Named> names = people.byIds(sealed.stream().map(BallotRepository.SealedCode::personId).toList());
        List<Slip> slips = new ArrayList<>();
        for (BallotRepository.SealedCode s : sealed) {
            String code = new String(BallotKeys.open(key, s.sealed(), ballotId), StandardCharsets.US_ASCII);
            PersonNames.Named person = names.get(s.personId());
            slips.add(new Slip(s.voterId(), ballot.group(s.groupId()).map(BallotDefinition.Group::name).orElse(""),
                    s.personId(), person == null ? "" : person.employeeNo(), person == null ? "#" + s.personId()
                    : person.name(), VotingCodes.display(code), s.voted()));
        }
        audit.record("ballot.codesPrinted", "ballot", ballotId, "Voting codes printed: " + slips.size(), null, null);
        return slips;
    }
}
