package org.cadre.cadres.internal.selection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cadre.ballots.BallotSummary;
import org.cadre.ballots.Ballots;
import org.cadre.organization.CurrentPost;
import org.cadre.organization.OrganizationQueries;
import org.cadre.organization.PostLevel;
import org.cadre.organization.PostRef;
import org.cadre.people.PersonNames;
import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.cadre.shared.NotFoundException;
import org.cadre.shared.WorkingDays;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Selection records as pages and the API show them, within the reader's scope. */
@Service
@PreAuthorize(SelectionQueries.READERS)
@Transactional(readOnly = true)
class SelectionQueries {

    static final String READERS = "hasAnyAuthority('cadre:read', 'selection:manage')";

    record Line(Selection selection, String postTitle, String unitName) {
    }

    record CandidateLine(Candidate candidate, String name, String employeeNo, String currentPost) {
    }

    /** Everything the page of one selection shows. */
    record View(Selection selection, String postTitle, PostLevel postLevel, String unitName,
                List<CandidateLine> candidates, List<Step> steps, List<Objection> objections, List<Judge> judges,
                Map<Long, Map<Long, BigDecimal>> scores, List<Blockers.Blocker> blockers, SelectionState next,
                List<SelectionState> exceptionTargets, BallotSummary ballot, boolean canManage,
                LocalDate earliestNoticeEnd, Map<Long, List<StepDocument>> documents) {

        /** The further documents of a step still listed, in the order they were attached. */
        public List<StepDocument> documents(long stepId) {
            return documents.getOrDefault(stepId, List.of());
        }

        public List<SelectionState> path() {
            return SelectionState.path(selection.method());
        }

        public boolean passed(SelectionState state) {
            List<SelectionState> path = new ArrayList<>(path());
            path.add(SelectionState.CONFIRMED);
            return path.indexOf(state) < path.indexOf(selection.state()) || selection.state() == SelectionState.CONFIRMED
                    || selection.state() == SelectionState.REMOVED && state != SelectionState.CONFIRMED;
        }

        public boolean onProbation() {
            return candidates.stream().anyMatch(c -> c.candidate().onProbation());
        }
    }

    private final SelectionRepository repository;
    private final SelectionAccess access;
    private final StepGuards guards;
    private final OrganizationQueries organization;
    private final PersonNames people;
    private final Ballots ballots;
    private final WorkingDays workingDays;

    SelectionQueries(SelectionRepository repository, SelectionAccess access, StepGuards guards,
                     OrganizationQueries organization, PersonNames people, Ballots ballots, WorkingDays workingDays) {
        this.repository = repository;
        this.access = access;
        this.guards = guards;
        this.organization = organization;
        this.people = people;
        this.ballots = ballots;
        this.workingDays = workingDays;
    }

    Page<Line> page(SelectionRepository.Filter filter, PageRequest page) {
        Page<Selection> found = repository.page(filter, access.readReach(), page);
        Map<Long, String> units = organization.unitNames(found.items().stream().map(Selection::unitId).toList(),
                access.today());
        return found.map(s -> new Line(s, organization.findPost(s.postId()).map(PostRef::title).orElse(""),
                units.get(s.unitId())));
    }

    /** The units a reader may filter the list by (those that have selections in reach), by name. */
    Map<Long, String> filterUnits() {
        return organization.unitNames(repository.unitsWithSelections(access.readReach()), access.today());
    }

    Selection selection(long id) {
        return access.readable(repository.find(id).orElseThrow(() -> new NotFoundException("selection", id)));
    }

    View view(long id) {
        Selection s = selection(id);
        PostRef post = organization.findPost(s.postId()).orElseThrow();
        List<Candidate> candidates = repository.candidates(id);
        List<Long> personIds = candidates.stream().map(Candidate::personId).toList();
        Map<Long, PersonNames.Named> names = people.byIds(personIds);
        Map<Long, List<CurrentPost>> posts = organization.currentPosts(personIds, access.today());
        List<CandidateLine> lines = candidates.stream().map(c -> new CandidateLine(c, names.get(c.personId()).name(),
                names.get(c.personId()).employeeNo(), posts.getOrDefault(c.personId(), List.of()).stream()
                .findFirst().map(p -> p.unitName() + " " + p.postTitle()).orElse(""))).toList();
        List<SelectionState> targets = Arrays.stream(SelectionState.values())
                .filter(t -> s.state().allowsByException(s.method(), t) && !s.state().allows(s.method(), t))
                .toList();
        BallotSummary ballot = s.ballotId() == null ? null : ballots.find(s.ballotId()).orElse(null);
        LocalDate today = access.today();
        return new View(s, post.title(), post.level(), organization.unitNames(List.of(s.unitId()), today)
                .get(s.unitId()), lines, repository.steps(id), repository.objections(id), repository.judges(id),
                repository.scores(id), guards.blockers(s, candidates), s.next(), targets, ballot,
                access.canManage(s), workingDays.calendar(today, today).endOfWorkingDays(today,
                SelectionCommands.NOTICE_WORKING_DAYS), repository.documents(id).stream()
                .collect(Collectors.groupingBy(StepDocument::stepId, LinkedHashMap::new, Collectors.toList())));
    }

    SelectionRepository.StoredFile file(long id, long stepId) {
        selection(id);
        return repository.stepFile(id, stepId).orElseThrow(() -> new NotFoundException("file", stepId));
    }

    /** The file of a further document still listed; a removed one is kept but no longer handed out. */
    SelectionRepository.StoredFile documentFile(long id, long stepId, long documentId) {
        selection(id);
        return repository.documentFile(id, stepId, documentId)
                .orElseThrow(() -> new NotFoundException("document", documentId));
    }
}
