package org.cadre.ballots.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cadre.ballots.BallotSpec;
import org.cadre.ballots.Ballots;
import org.cadre.identity.AccessControl;
import org.cadre.identity.AuditLog;
import org.cadre.identity.DataScope;
import org.cadre.identity.Permissions;
import org.cadre.organization.OrganizationQueries;
import org.cadre.organization.PostLevel;
import org.cadre.people.PersonNames;
import org.cadre.people.PersonStatus;
import org.cadre.people.RosterFilter;
import org.cadre.people.RosterQuery;
import org.cadre.people.RosterSort;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Preparing a ballot as an officer does it, step by step: rater groups, questions and the voter roll while it is a
 * draft; for a show of hands, the totals while it is open. Voters can be added only from within the officer's data
 * scope of {@code ballot:manage}.
 */
@Service
public class BallotDrafts {

    private final Ballots ballots;
    private final ShowOfHands showOfHands;
    private final BallotRepository repository;
    private final PersonNames people;
    private final RosterQuery roster;
    private final OrganizationQueries organization;
    private final AccessControl access;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final BallotAccess ballotAccess;
    private final Clock clock;
    private final BallotBox box;

    BallotDrafts(Ballots ballots, ShowOfHands showOfHands, BallotRepository repository, PersonNames people, RosterQuery roster,
                 OrganizationQueries organization, AccessControl access, AuditLog audit, JdbcClient jdbc,
                 BallotAccess ballotAccess, Clock clock, BallotBox box) {
        this.ballotAccess = ballotAccess;
        this.ballots = ballots;
        this.showOfHands = showOfHands;
        this.repository = repository;
        this.people = people;
        this.roster = roster;
        this.organization = organization;
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.box = box;
    }

    @PreAuthorize("hasAuthority('ballot:manage')")
    @Transactional
    public long create(BallotSpec spec) {
        DataScope scope = access.requireScope(Permissions.BALLOT_MANAGE);
        // the ballot's unit decides which officers reach it: one within the creator's scope, or the whole company
        // for a company-wide grant only
        if (spec.unitId() == null && !scope.all()) {
            throw BusinessRuleException.onField("unitId", "ballot.unit.required");
        }
        if (spec.unitId() != null && organization.findUnit(spec.unitId(), LocalDate.now(clock)).isEmpty()) {
            throw BusinessRuleException.onField("unitId", "ballot.unit.unknown", spec.unitId());
        }
        if (!ballotAccess.mayCreateFor(spec.unitId())) {
            throw BusinessRuleException.onField("unitId", "ballot.unit.outOfScope");
        }
        for (BallotSpec.GroupSpec g : spec.groups()) {
            requireWithinScope(g.voterPersonIds(), scope);
        }
        return ballots.create(spec);
    }

    @PreAuthorize("hasAuthority('ballot:manage')")
    @Transactional
    public long addGroup(long ballotId, String name, BigDecimal weight) {
        BallotDefinition ballot = draft(ballotId);
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw BusinessRuleException.onField("name", "ballot.validation.required");
        }
        if (ballot.groups().stream().anyMatch(g -> g.name().equals(clean))) {
            throw BusinessRuleException.onField("name", "ballot.group.nameTwice", clean);
        }
        if (weight == null || weight.signum() < 0) {
            throw BusinessRuleException.onField("weight", "ballot.validation.weight");
        }
        long id = repository.addGroup(ballotId, ballot.groups().size() + 1, clean, weight);
        audit.record("ballot.groupAdded", "ballot", ballotId, "Rater group added: " + clean + " (" + weight + ")",
                null, Map.of("group", clean, "weight", weight));
        return id;
    }

    @PreAuthorize("hasAuthority('ballot:manage')")
    @Transactional
    public void removeGroup(long ballotId, long groupId) {
        BallotDefinition ballot = draft(ballotId);
        BallotDefinition.Group group = ballot.group(groupId).orElseThrow(() -> new NotFoundException("group", groupId));
        repository.deleteGroup(ballotId, groupId);
        audit.record("ballot.groupRemoved", "ballot", ballotId, "Rater group removed: " + group.name(),
                Map.of("group", group.name()), null);
    }

    @PreAuthorize("hasAuthority('ballot:manage')")
    @Transactional
    public long addQuestion(long ballotId, BallotSpec.QuestionSpec question) {
        BallotDefinition ballot = draft(ballotId);
        BallotRules.checkQuestion(question);
        Set<Long> persons = new LinkedHashSet<>();
        if (question.subjectPersonId() != null) {
            persons.add(question.subjectPersonId());
        }
        question.options().stream().filter(o -> o.personId() != null).forEach(o -> persons.add(o.personId()));
        if (people.byIds(persons).size() < persons.size()) {
            throw new BusinessRuleException("ballot.person.unknown", persons);
        }
        long id = repository.addQuestion(ballotId, ballot.questions().size() + 1, question);
        audit.record("ballot.questionAdded", "ballot", ballotId, "Question added: " + question.title(), null, question);
        return id;
    }

    @PreAuthorize("hasAuthority('ballot:manage')")
    @Transactional
    public void removeQuestion(long ballotId, long questionId) {
        BallotDefinition ballot = draft(ballotId);
        BallotDefinition.Question q = ballot.question(questionId)
                .orElseThrow(() -> new NotFoundException("question", questionId));
        repository.deleteQuestion(ballotId, questionId);
        audit.record("ballot.questionRemoved", "ballot", ballotId, "Question removed: " + q.title(),
                Map.of("question", q.title()), null);
    }

    /**
     * Adds the people with these employee numbers to a group's roll; all or nothing: an unknown number, or a person
     * outside the officer's scope, refuses the whole list. People already on the roll are left where they are.
     *
     * @return how many were added
     */
    @PreAuthorize("hasAuthority('ballot:manage')")
    @Transactional
    public int addVotersByEmployeeNo(long ballotId, long groupId, List<String> employeeNos) {
        BallotDefinition ballot = draft(ballotId);
        ballot.group(groupId).orElseThrow(() -> new NotFoundException("group", groupId));
        List<String> numbers = employeeNos.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (numbers.isEmpty()) {
            throw BusinessRuleException.onField("employeeNos", "ballot.voters.none");
        }
        Map<String, Long> found = people.idsByEmployeeNo(numbers);
        List<String> unknown = numbers.stream().filter(n -> !found.containsKey(n)).toList();
        if (!unknown.isEmpty()) {
            throw BusinessRuleException.onField("employeeNos", "ballot.voters.unknown",
                    String.join(", ", unknown.subList(0, Math.min(10, unknown.size()))));
        }
        List<Long> ids = numbers.stream().map(found::get).toList();
        requireWithinScope(ids, access.requireScope(Permissions.BALLOT_MANAGE));
        return added(ballotId, groupId, ids);
    }

    /** Adds everyone in service in a unit's subtree (optionally only holders of some post levels) within scope. */
    @PreAuthorize("hasAuthority('ballot:manage')")
    @Transactional
    public int addVotersFromUnit(long ballotId, long groupId, long unitId, Set<PostLevel> levels) {
        BallotDefinition ballot = draft(ballotId);
        ballot.group(groupId).orElseThrow(() -> new NotFoundException("group", groupId));
        LocalDate today = LocalDate.now(clock);
        DataScope scope = access.requireScope(Permissions.BALLOT_MANAGE);
        if (!organization.isWithin(unitId, scope, today)) {
            throw BusinessRuleException.onField("unitId", "ballot.voters.outOfScope");
        }
        RosterFilter filter = new RosterFilter(today, unitId, false, levels, null, null, null, null, null, null,
                PersonStatus.ACTIVE, null, RosterSort.NAME, false);
        List<Long> ids = new ArrayList<>();
        roster.forEach(filter, scope, row -> ids.add(row.id()));
        if (ids.isEmpty()) {
            throw BusinessRuleException.onField("unitId", "ballot.voters.none");
        }
        return added(ballotId, groupId, ids);
    }

    @PreAuthorize("hasAuthority('ballot:manage')")
    @Transactional
    public void removeVoter(long ballotId, long voterId) {
        draft(ballotId);
        if (repository.removeVoter(ballotId, voterId) == 0) {
            throw new NotFoundException("voter", voterId);
        }
        audit.record("ballot.voterRemoved", "ballot", ballotId, "Voter removed from the roll", Map.of("voter", voterId),
                null);
    }

    /**
     * The totals of a show of hands in one group, entered by the officer on the ballot's page ({@link ShowOfHands}).
     */
    @PreAuthorize("hasAuthority('ballot:manage')")
    @Transactional
    public void enterCounts(long ballotId, long groupId, int voted, Map<Long, Map<String, Integer>> votes) {
        ballotAccess.manage(ballotId);
        showOfHands.enter(ballotId, groupId, voted, votes);
    }

    private int added(long ballotId, long groupId, List<Long> ids) {
        int added = repository.addVoters(ballotId, groupId, ids);
        audit.record("ballot.votersAdded", "ballot", ballotId, added + " voters added to the roll", null,
                Map.of("group", groupId, "added", added));
        return added;
    }

    private void requireWithinScope(List<Long> personIds, DataScope scope) {
        if (scope.all() || personIds.isEmpty()) {
            return;
        }
        Set<Long> units = organization.unitIdsWithin(scope, LocalDate.now(clock));
        for (PersonNames.Named person : people.byIds(personIds).values()) {
            if (!units.contains(person.unitId())) {
                throw BusinessRuleException.onField("employeeNos", "ballot.voters.outOfScope");
            }
        }
    }

    /** The ballot, within the officer's scope and locked, refusing unless it is still a draft. */
    private BallotDefinition draft(long ballotId) {
        ballotAccess.manage(ballotId);
        repository.lockForStep(ballotId);
        BallotDefinition ballot = repository.find(ballotId).orElseThrow();
        if (!ballot.editable()) {
            throw new BusinessRuleException("ballot.notDraft");
        }
        // the box caches only open ballots; a draft being edited must never be served from it
        box.forget(ballotId);
        return ballot;
    }
}
