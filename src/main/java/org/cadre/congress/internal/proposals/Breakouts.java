package org.cadre.congress.internal.proposals;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cadre.congress.ProposalCategory;
import org.cadre.congress.ProposalKind;
import org.cadre.congress.ProposalState;
import org.cadre.congress.internal.CongressRoll;
import org.cadre.identity.AuditLog;
import org.cadre.organization.PersonLookup;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.NotFoundException;
import org.cadre.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 分团讨论: per delegation and meeting the union appoints a secretary, who records the delegation's opinions. An
 * opinion goes before the committee like a proposal and, once filed, is tracked to an answer the same way.
 */
@Service
class Breakouts {

    public record Secretary(long id, long meetingId, long delegationId, String delegationName, long personId,
                     String personName) {
    }

    private final JdbcClient jdbc;
    private final ProposalAccess access;
    private final ProposalRepository repository;
    private final CongressRoll roll;
    private final PersonLookup people;
    private final AuditLog audit;

    Breakouts(JdbcClient jdbc, ProposalAccess access, ProposalRepository repository, CongressRoll roll,
              PersonLookup people, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.repository = repository;
        this.roll = roll;
        this.people = people;
        this.audit = audit;
    }

    /** Appoints (or replaces) the secretary of a delegation's breakout at a meeting; the old appointment ends. */
    @Transactional
    @PreAuthorize("hasAuthority('congress:manage')")
    public void appoint(long meetingId, long delegationId, String employeeNo) {
        access.requireManager();
        CongressRoll.Meeting meeting = roll.meeting(meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
        boolean delegationOfTerm = jdbc.sql("select count(*) from congress_delegation where id = ? and term_id = ?")
                .params(delegationId, meeting.termId()).query(Long.class).single() > 0;
        if (!delegationOfTerm) {
            throw BusinessRuleException.onField("delegationId", "breakout.delegation.unknown");
        }
        PersonLookup.PersonSummary person = people.findByEmployeeNo(Text.blankToNull(employeeNo) == null ? ""
                : employeeNo.strip()).orElseThrow(() -> BusinessRuleException.onField("employeeNo",
                "proposal.cosigners.unknown", employeeNo));
        Optional<Secretary> before = secretary(meetingId, delegationId);
        jdbc.sql("""
                update congress_breakout_secretary set ended_at = :at
                where meeting_id = :meeting and delegation_id = :delegation and ended_at is null
                """).param("at", access.now()).param("meeting", meetingId).param("delegation", delegationId).update();
        long id = jdbc.sql("""
                insert into congress_breakout_secretary (meeting_id, delegation_id, person_id, appointed_at, appointed_by)
                values (:meeting, :delegation, :person, :at, :by) returning id
                """).param("meeting", meetingId).param("delegation", delegationId).param("person", person.id())
                .param("at", access.now()).param("by", access.actor()).query(Long.class).single();
        audit.record("breakout.secretary.appointed", "congress_breakout_secretary", id, person.name(),
                before.orElse(null), Map.of("meeting", meetingId, "delegation", delegationId, "person", person.id()));
    }

    Optional<Secretary> secretary(long meetingId, long delegationId) {
        return secretaries(meetingId).stream().filter(s -> s.delegationId() == delegationId).findFirst();
    }

    List<Secretary> secretaries(long meetingId) {
        List<Secretary> list = jdbc.sql("""
                select s.id, s.meeting_id, s.delegation_id, g.name, s.person_id
                from congress_breakout_secretary s join congress_delegation g on g.id = s.delegation_id
                where s.meeting_id = ? and s.ended_at is null order by g.sort_order, g.id
                """).param(meetingId).query((rs, n) -> new Secretary(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                rs.getString(4), rs.getLong(5), null)).list();
        var names = people.findByIds(list.stream().map(Secretary::personId).toList());
        return list.stream().map(s -> new Secretary(s.id(), s.meetingId(), s.delegationId(), s.delegationName(),
                s.personId(), names.containsKey(s.personId()) ? names.get(s.personId()).name() : "")).toList();
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

    List<Map<String, Object>> delegations(long meetingId) {
        return jdbc.sql("""
                select g.id, g.name from congress_delegation g join congress_meeting m on m.term_id = g.term_id
                where m.id = ? order by g.sort_order, g.id
                """).param(meetingId).query().listOfRows();
    }
}
