package org.cadre.congress.internal.proposals;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cadre.congress.ProposalCategory;
import org.cadre.congress.ProposalKind;
import org.cadre.congress.ProposalState;
import org.cadre.congress.internal.CongressRoll;
import org.cadre.congress.internal.meetings.DelegationSecretaries;
import org.cadre.identity.AuditLog;
import org.cadre.organization.PersonLookup;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.Text;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 分团讨论: at a meeting each delegation's secretary (代表团秘书, appointed with history on the delegations page, read
 * through {@link DelegationSecretaries}) records the delegation's opinions. An opinion goes before the committee like
 * a proposal and, once filed, is tracked to an answer the same way. There is no separate per-meeting appointment:
 * whoever is the delegation's secretary on the day records.
 */
@Service
class Breakouts {

    public record Secretary(long meetingId, long delegationId, String delegationName, long personId,
                            String personName) {
    }

    private final ProposalAccess access;
    private final ProposalRepository repository;
    private final CongressRoll roll;
    private final DelegationSecretaries delegationSecretaries;
    private final PersonLookup people;
    private final AuditLog audit;

    Breakouts(ProposalAccess access, ProposalRepository repository, CongressRoll roll,
              DelegationSecretaries delegationSecretaries, PersonLookup people, AuditLog audit) {
        this.access = access;
        this.repository = repository;
        this.roll = roll;
        this.delegationSecretaries = delegationSecretaries;
        this.people = people;
        this.audit = audit;
    }

    Optional<Secretary> secretary(long meetingId, long delegationId) {
        return secretaries(meetingId).stream().filter(s -> s.delegationId() == delegationId).findFirst();
    }

    /** The secretaries of the meeting's delegations today (the delegation secretaries of its term). */
    List<Secretary> secretaries(long meetingId) {
        Optional<CongressRoll.Meeting> meeting = roll.meeting(meetingId);
        if (meeting.isEmpty()) {
            return List.of();
        }
        List<DelegationSecretaries.Secretary> list = delegationSecretaries.ofTerm(meeting.get().termId(),
                access.today());
        var names = people.findByIds(list.stream().map(DelegationSecretaries.Secretary::personId).toList());
        return list.stream().map(s -> new Secretary(meetingId, s.delegationId(), s.delegationName(), s.personId(),
                names.containsKey(s.personId()) ? names.get(s.personId()).name() : "")).toList();
    }

    /** The delegations the signed-in person is secretary of at the meeting. */
    List<Secretary> mySeats(long meetingId) {
        Long me = access.personId();
        return me == null ? List.of() : secretaries(meetingId).stream().filter(s -> s.personId() == me).toList();
    }

    /** The secretary records an opinion of the delegation; it goes before the committee at once. */
    @Transactional
    @PreAuthorize(ProposalCommands.READERS)
    public long recordOpinion(long meetingId, long delegationId, String title, ProposalCategory category,
                              String text) {
        long me = access.requirePerson();
        Secretary secretary = secretary(meetingId, delegationId).filter(s -> s.personId() == me)
                .orElseThrow(() -> new AccessDeniedException("not the secretary of this breakout"));
        String cleanTitle = Text.blankToNull(title);
        String cleanText = Text.blankToNull(text);
        if (cleanTitle == null || cleanTitle.length() > 200) {
            throw BusinessRuleException.onField("title", "proposal.validation.required");
        }
        if (cleanText == null || cleanText.length() > 5000) {
            throw BusinessRuleException.onField("reasons", "proposal.validation.required");
        }
        if (category == null) {
            throw BusinessRuleException.onField("category", "proposal.validation.required");
        }
        long id = repository.insert(meetingId, ProposalKind.OPINION, cleanTitle, category, cleanText, null, me,
                secretary.delegationId());
        repository.change(id, ProposalState.SUBMITTED, Map.of("submitted_on", access.today()));
        repository.event(id, access.now(), access.actor(), "opinion.recorded", null, ProposalState.SUBMITTED,
                secretary.delegationName());
        audit.record("proposal.opinion.recorded", "congress_proposal", id, cleanTitle, null,
                Map.of("meeting", meetingId, "delegation", delegationId));
        return id;
    }
}
