package org.cadre.cadres.internal.tenure;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.cadre.assessment.AnnualGrades;
import org.cadre.assessment.Grade;
import org.cadre.organization.OrganizationQueries;
import org.cadre.organization.PersonLookup;
import org.cadre.organization.PostLevel;
import org.cadre.organization.PostRef;
import org.cadre.shared.NotFoundException;
import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the pages and the API read, always within the reader's reach. */
@Service
@Transactional(readOnly = true)
class TenureQueries {

    /** A contract with the person's assessment grade of its year and its exit recommendation, if any. */
    record ContractLine(Contract contract, Grade grade, ContractRepository.Recommendation recommendation) {
    }

    /** A person's terms, contracts and deployment events (the profile's page). */
    record PersonTenure(long personId, String name, String employeeNo, List<Term> terms, List<ContractLine> contracts,
                        List<DeploymentEvent> events) {
    }

    private final TermRepository terms;
    private final ContractRepository contracts;
    private final DeploymentRepository events;
    private final TenureAccess access;
    private final OrganizationQueries organization;
    private final PersonLookup people;
    private final AnnualGrades grades;
    private final MessageSource messages;

    TenureQueries(TermRepository terms, ContractRepository contracts, DeploymentRepository events, TenureAccess access,
                  OrganizationQueries organization, PersonLookup people, AnnualGrades grades, MessageSource messages) {
        this.terms = terms;
        this.contracts = contracts;
        this.events = events;
        this.access = access;
        this.organization = organization;
        this.people = people;
        this.grades = grades;
        this.messages = messages;
    }

    /** The units below one (itself included) for a filter, or null for no filter. */
    Long[] subtree(Long unitId) {
        return unitId == null ? null
                : organization.subtreeUnitIds(List.of(unitId), access.today()).toArray(Long[]::new);
    }

    Page<Term> terms(TermRepository.Filter filter, PageRequest page) {
        return terms.page(filter, access.readReach(), page);
    }

    Term term(long id) {
        Term term = terms.find(id).orElseThrow(() -> new NotFoundException("term", id));
        access.requireRead("term", id, term.unitId(), term.personId());
        return term;
    }

    Page<ContractLine> contracts(ContractRepository.Filter filter, PageRequest page) {
        return lines(contracts.page(filter, access.readReach(), page));
    }

    ContractLine contract(long id) {
        Contract c = contracts.find(id).orElseThrow(() -> new NotFoundException("contract", id));
        access.requireRead("contract", id, c.unitId(), c.personId());
        return new ContractLine(c, grades.of(List.of(c.personId()), c.year()).get(c.personId()),
                contracts.recommendationOf(id).orElse(null));
    }

    private Page<ContractLine> lines(Page<Contract> page) {
        Map<Long, ContractRepository.Recommendation> recs = contracts.recommendationsOf(
                page.items().stream().map(Contract::id).toList());
        Map<Integer, List<Contract>> byYear = page.items().stream().collect(Collectors.groupingBy(Contract::year));
        Map<String, Grade> gradeOf = new java.util.HashMap<>();
        byYear.forEach((year, list) -> grades.of(list.stream().map(Contract::personId).distinct().toList(), year)
                .forEach((person, grade) -> gradeOf.put(person + ":" + year, grade)));
        return page.map(c -> new ContractLine(c, gradeOf.get(c.personId() + ":" + c.year()), recs.get(c.id())));
    }

    Page<ContractRepository.Recommendation> pendingRecommendations(PageRequest page) {
        return contracts.recommendations(ContractRepository.Recommendation.State.PROPOSED, access.readReach(), page);
    }

    ExitRule exitRule() {
        return contracts.exitRule();
    }

    Page<DeploymentEvent> events(DeploymentRepository.Filter filter, PageRequest page) {
        return events.page(filter, access.readReach(), page);
    }

    List<DeploymentEvent> allEvents(DeploymentRepository.Filter filter) {
        return events.all(filter, access.readReach());
    }

    DeploymentEvent event(long id) {
        DeploymentEvent e = events.find(id).orElseThrow(() -> new NotFoundException("deployment", id));
        access.requireRead("deployment", id, e.unitId(), e.personId());
        return e;
    }

    /** The year's counts within the reach: by unit (named), by kind. */
    Ledger ledger(int year) {
        List<DeploymentRepository.Count> counts = events.counts(year, access.readReach());
        Map<Long, String> names = organization.unitNames(counts.stream().map(DeploymentRepository.Count::unitId)
                .distinct().toList(), access.today());
        return Ledger.of(counts, names);
    }

    /**
     * A person's terms, contracts and events: of the units the reader reaches (a transferee's records of their
     * former unit stay with that unit's readers), or all of them when the reader reads themself.
     */
    PersonTenure person(long personId) {
        TenureAccess.Reach reach = access.readReach();
        PersonLookup.PersonSummary p = people.findById(personId)
                .filter(s -> reach.reaches(s.unitId(), s.id()))
                .orElseThrow(() -> new NotFoundException("person", personId));
        List<Contract> list = contracts.ofPerson(personId).stream().filter(c -> reach.reaches(c.unitId(), personId))
                .toList();
        Map<Long, ContractRepository.Recommendation> recs = contracts.recommendationsOf(list.stream().map(Contract::id).toList());
        List<ContractLine> lines = list.stream().map(c -> new ContractLine(c,
                grades.of(List.of(personId), c.year()).get(personId), recs.get(c.id()))).toList();
        return new PersonTenure(p.id(), p.name(), p.employeeNo(),
                terms.ofPerson(personId).stream().filter(t -> reach.reaches(t.unitId(), personId)).toList(), lines,
                events.ofPerson(personId).stream().filter(e -> reach.reaches(e.unitId(), personId)).toList());
    }

    /** Cadre posts within the manage scope, for the event form. */
    List<PostRef> posts() {
        TenureAccess.Reach reach = access.manageReach();
        List<PostLevel> levels = java.util.Arrays.stream(PostLevel.values()).filter(PostLevel::isCadre).toList();
        return organization.activePosts(levels, reach.all() ? null : List.of(reach.units()), access.today());
    }

    Map<Long, String> unitNames(Collection<Long> unitIds) {
        return organization.unitNames(unitIds, access.today());
    }

    /** The recommendation's basis in the reader's language. */
    String basis(String encoded, Locale locale) {
        if (encoded == null) {
            return "";
        }
        return java.util.Arrays.stream(encoded.split(";")).map(part -> {
            String[] p = part.split(":");
            return switch (p[0]) {
                case "SCORE" -> messages.getMessage("cadres.exit.basis.score", new Object[]{p[1], p[2]}, locale);
                case "GRADE" -> messages.getMessage("cadres.exit.basis.grade",
                        new Object[]{messages.getMessage("enum.Grade." + p[1], null, p[1], locale)}, locale);
                default -> part;
            };
        }).collect(Collectors.joining("; "));
    }
}
