package org.cadre.congress.internal.proposals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.cadre.congress.ProposalKind;
import org.cadre.congress.ProposalState;
import org.cadre.congress.internal.CongressRoll;
import org.cadre.organization.OrganizationQueries;
import org.cadre.organization.PersonLookup;
import org.cadre.shared.NotFoundException;
import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.springframework.stereotype.Component;

/** Proposals as pages and the API show them: with names of people and departments, and what the reader may do. */
@Component
class ProposalViews {

    /** A line of a list. */
    public record Line(Proposal proposal, String proposerName, String leadUnitName, long daysOverdue) {
    }

    public record Person(long personId, String name, String state) {
    }

    public record Codept(long unitId, String unitName, boolean countersigned, String by, String note, boolean mine) {
    }

    public record SimilarItem(long id, String title, String meetingName, String state, int percent) {
    }

    /** One proposal with everything its page shows, and the steps the reader may take now. */
    public record Detail(Proposal proposal, String meetingName, String proposerName, String delegationName,
                  String leadUnitName, List<Person> cosigners, List<Codept> codepartments,
                  List<ProposalRepository.Event> events, List<ProposalRepository.RatingRow> ratings,
                  List<Map<String, Object>> reminders, Map<Long, String> raterNames, List<SimilarItem> similar,
                  long daysOverdue, Actions actions) {
    }

    /** What the reader may do on the page. */
    public record Actions(boolean edit, boolean submit, boolean withdraw, boolean cosign, boolean review, boolean convert,
                   boolean requestReassignment, boolean reassign, boolean answer, boolean countersign,
                   boolean acceptAnswer, boolean rate) {
    }

    static final double SIMILAR_THRESHOLD = 0.25;
    static final int SIMILAR_CANDIDATES = 1000;

    private final ProposalRepository repository;
    private final ProposalAccess access;
    private final ProposalCommands commands;
    private final CongressRoll roll;
    private final PersonLookup people;
    private final OrganizationQueries organization;

    ProposalViews(ProposalRepository repository, ProposalAccess access, ProposalCommands commands, CongressRoll roll,
                  PersonLookup people, OrganizationQueries organization) {
        this.repository = repository;
        this.access = access;
        this.commands = commands;
        this.roll = roll;
        this.people = people;
        this.organization = organization;
    }

    Page<Line> list(ProposalRepository.Filter filter, PageRequest page) {
        return lines(repository.list(filter, access.reach(), page));
    }

    Page<Line> owed(Long meetingId, Long unitId, ProposalKind kind, boolean overdueOnly, PageRequest page) {
        return lines(repository.owed(meetingId, unitId, kind, overdueOnly, access.today(), access.reach(), page));
    }

    List<Line> lines(List<Proposal> proposals) {
        return lines(new Page<>(proposals, proposals.size(), 0, Math.max(1, proposals.size()))).items();
    }

    private Page<Line> lines(Page<Proposal> page) {
        Map<Long, PersonLookup.PersonSummary> persons = people.findByIds(
                page.items().stream().map(Proposal::proposerPersonId).distinct().toList());
        Map<Long, String> units = unitNames(page.items().stream().map(Proposal::leadUnitId).toList());
        return page.map(p -> new Line(p, name(persons, p.proposerPersonId()),
                p.leadUnitId() == null ? null : units.get(p.leadUnitId()), p.daysOverdue(access.today())));
    }

    /** The proposal, if the reader may see it; otherwise "not found". */
    Proposal visible(long id) {
        Proposal p = repository.find(id).orElseThrow(() -> new NotFoundException("proposal", id));
        if (!canSee(p)) {
            throw new NotFoundException("proposal", id);
        }
        return p;
    }

    boolean canSee(Proposal p) {
        ProposalRepository.Reach reach = access.reach();
        if ((reach.all() && p.state() != ProposalState.DRAFT) || p.state().filed() || Objects.equals(reach.personId(), p.proposerPersonId())) {
            return true;
        }
        if (reach.personId() != null && repository.cosigners(p.id()).stream()
                .anyMatch(c -> c.personId() == reach.personId())) {
            return true;
        }
        Set<Long> units = new HashSet<>(reach.units());
        return (p.leadUnitId() != null && units.contains(p.leadUnitId()))
                || repository.codepartments(p.id()).stream().anyMatch(c -> units.contains(c.unitId()));
    }

    Detail detail(long id) {
        Proposal p = visible(id);
        Long me = access.personId();
        var cosigners = repository.cosigners(id);
        var codepts = repository.codepartments(id);
        var ratings = repository.ratings(id);
        Set<Long> personIds = new HashSet<>();
        personIds.add(p.proposerPersonId());
        cosigners.forEach(c -> personIds.add(c.personId()));
        ratings.forEach(r -> personIds.add(r.personId()));
        Map<Long, PersonLookup.PersonSummary> persons = people.findByIds(personIds);
        List<Long> unitIds = new ArrayList<>(codepts.stream().map(ProposalRepository.Codepartment::unitId).toList());
        unitIds.add(p.leadUnitId());
        Map<Long, String> units = unitNames(unitIds);
        List<Codept> codeptViews = codepts.stream().map(c -> new Codept(c.unitId(), units.get(c.unitId()),
                c.countersignedAt() != null, c.countersignedBy(), c.note(),
                access.answersFor(c.unitId()))).toList();
        boolean manager = access.manages();
        boolean own = Objects.equals(me, p.proposerPersonId());
        ProposalState s = p.state();
        boolean invited = me != null && cosigners.stream()
                .anyMatch(c -> c.personId() == me && c.state().equals("INVITED"));
        boolean rater = me != null && s == ProposalState.RATING && commands.raters(p).contains(me)
                && ratings.stream().noneMatch(r -> r.round() == p.round() && r.personId() == me);
        boolean lead = access.answersFor(p.leadUnitId());
        Actions actions = new Actions(
                own && (s == ProposalState.DRAFT || s == ProposalState.RETURNED),
                own && (s == ProposalState.DRAFT || s == ProposalState.RETURNED),
                own && s == ProposalState.AWAITING_COSIGNERS,
                invited && s == ProposalState.AWAITING_COSIGNERS,
                manager && s == ProposalState.SUBMITTED,
                manager && s == ProposalState.SUBMITTED && p.kind() == ProposalKind.PROPOSAL,
                lead && s == ProposalState.IN_HANDLING,
                manager && s == ProposalState.REASSIGNMENT_REQUESTED,
                lead && s == ProposalState.IN_HANDLING,
                s == ProposalState.COUNTERSIGNING && codeptViews.stream().anyMatch(c -> c.mine() && !c.countersigned()),
                manager && s == ProposalState.ANSWERED,
                rater);
        String delegation = p.delegationId() == null ? null : repository.delegationName(p.delegationId());
        Map<Long, String> raterNames = new java.util.HashMap<>();
        persons.forEach((k, v) -> raterNames.put(k, v.name()));
        return new Detail(p, roll.meeting(p.meetingId()).map(CongressRoll.Meeting::name).orElse(""),
                name(persons, p.proposerPersonId()), delegation, p.leadUnitId() == null ? null : units.get(p.leadUnitId()),
                cosigners.stream().map(c -> new Person(c.personId(), name(persons, c.personId()), c.state())).toList(),
                codeptViews, repository.events(id), ratings, repository.reminders(id), raterNames,
                manager && (s == ProposalState.SUBMITTED) ? similar(p) : List.of(), p.daysOverdue(access.today()),
                actions);
    }

    /** Earlier proposals (same or earlier meetings of the term) about the same matter, most alike first. */
    List<SimilarItem> similar(Proposal p) {
        Set<String> title = Similarity.bigrams(p.title());
        Set<String> content = Similarity.bigrams(p.title() + p.reasons());
        List<SimilarItem> found = new ArrayList<>();
        Map<Long, String> meetings = new java.util.HashMap<>();
        for (var c : repository.similarityCandidates(p.id(), p.meetingId(), SIMILAR_CANDIDATES)) {
            double score = Math.max(Similarity.jaccard(title, Similarity.bigrams(c.title())),
                    Similarity.jaccard(content, Similarity.bigrams(c.title() + c.reasons())));
            if (score >= SIMILAR_THRESHOLD) {
                String meeting = meetings.computeIfAbsent(c.meetingId(),
                        m -> roll.meeting(m).map(CongressRoll.Meeting::name).orElse(""));
                found.add(new SimilarItem(c.id(), c.title(), meeting, c.state(), (int) Math.round(score * 100)));
            }
        }
        found.sort(Comparator.comparingInt(SimilarItem::percent).reversed());
        return found.size() > 10 ? found.subList(0, 10) : found;
    }

    private Map<Long, String> unitNames(Collection<Long> ids) {
        Set<Long> set = new HashSet<>(ids);
        set.remove(null);
        return organization.unitNames(set, access.today());
    }

    private static String name(Map<Long, PersonLookup.PersonSummary> persons, long id) {
        PersonLookup.PersonSummary p = persons.get(id);
        return p == null ? "#" + id : p.name();
    }
}
