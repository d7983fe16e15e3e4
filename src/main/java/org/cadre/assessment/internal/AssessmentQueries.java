package org.cadre.assessment.internal;

import org.cadre.assessment.Grade;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.cadre.ballots.BallotSummary;
import org.cadre.ballots.Ballots;
import org.cadre.identity.Permissions;
import org.cadre.organization.OrganizationQueries;
import org.cadre.organization.PersonLookup;
import org.cadre.shared.NotFoundException;
import org.cadre.shared.Page;
import org.cadre.shared.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the pages, the API and the exports read, within the reader's scope. */
@Service
@Transactional(readOnly = true)
class AssessmentQueries {

    /** An appraisee with their component scores and unit name. */
    public record AppraiseeLine(Appraisee appraisee, String unitName, Map<Long, BigDecimal> scores) {

        public BigDecimal score(long componentId) {
            return scores.get(componentId);
        }
    }

    /** A unit's appraisees by final grade (the report). */
    public record UnitRow(long unitId, String unitName, int total, Map<Grade, Integer> counts) {

        public int count(Grade grade) {
            return counts.getOrDefault(grade, 0);
        }
    }

    /** A person's results across years and the consequences kept on them. */
    public record PersonResults(long personId, String name, String employeeNo,
                                List<ConsequenceRepository.HistoryLine> results, Map<Long, String> unitNames,
                                List<ConsequenceRepository.PersonRecord> records) {
    }

    private final CycleRepository cycles;
    private final ConsequenceRepository consequences;
    private final AssessmentAccess access;
    private final OrganizationQueries organization;
    private final PersonLookup people;
    private final Ballots ballots;

    AssessmentQueries(CycleRepository cycles, ConsequenceRepository consequences, AssessmentAccess access,
                      OrganizationQueries organization, PersonLookup people, Ballots ballots) {
        this.cycles = cycles;
        this.consequences = consequences;
        this.access = access;
        this.organization = organization;
        this.people = people;
        this.ballots = ballots;
    }

    /** A cycle, to anyone who may read, run or decide on assessments (its appraisees are scoped separately). */
    Cycle cycle(long id) {
        return cycles.find(id).orElseThrow(() -> new NotFoundException("cycle", id));
    }

    Page<Cycle> cycles(Integer year, CycleState state, PageRequest page) {
        return cycles.page(year, state, page);
    }

    List<AppraisalComponent> components(long cycleId) {
        return cycles.components(cycleId);
    }

    List<Quota> quotas(long cycleId) {
        return cycles.quotas(cycleId);
    }

    List<String> categories(long cycleId) {
        return cycles.categories(cycleId);
    }

    /** The ballot's summary, when the cycle has one and the ballot engine answers. */
    Optional<BallotSummary> ballot(Cycle cycle) {
        if (cycle.ballotId() == null) {
            return Optional.empty();
        }
        try {
            return ballots.find(cycle.ballotId());
        } catch (UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /** Appraisees within the reader's reach of a permission, filtered and paged in the database. */
    Page<AppraiseeLine> appraisees(long cycleId, AppraiseeFilter filter, String permission, PageRequest page) {
        CycleRepository.Reach reach = access.reach(permission);
        List<Long> subtree = filter.unitId() == null ? null
                : List.copyOf(organization.subtreeUnitIds(List.of(filter.unitId()), access.today()));
        Page<Appraisee> found = cycles.page(cycleId, filter, reach, subtree, page);
        return new Page<>(lines(found.items()), found.total(), found.page(), found.size());
    }

    List<AppraiseeLine> allAppraisees(long cycleId, String permission) {
        return lines(cycles.appraisees(cycleId, access.reach(permission)));
    }

    private List<AppraiseeLine> lines(List<Appraisee> appraisees) {
        Map<Long, Map<Long, BigDecimal>> scores = cycles.scores(appraisees.stream().map(Appraisee::id).toList());
        Map<Long, String> units = organization.unitNames(appraisees.stream().map(Appraisee::unitId).distinct().toList(),
                access.today());
        return appraisees.stream().map(a -> new AppraiseeLine(a, units.get(a.unitId()),
                scores.getOrDefault(a.id(), Map.of()))).toList();
    }

    /** The grade distribution per category against the quotas, over every appraisee the reader reaches. */
    List<Distribution.Row> distribution(long cycleId, String permission) {
        return Distribution.of(cycles.appraisees(cycleId, access.reach(permission)).stream()
                .map(a -> new Distribution.Placed(a.category(), a.finalGrade())).toList(), cycles.quotas(cycleId));
    }

    List<UnitRow> byUnit(long cycleId, String permission) {
        List<Appraisee> appraisees = cycles.appraisees(cycleId, access.reach(permission));
        Map<Long, List<Appraisee>> byUnit = new TreeMap<>();
        appraisees.forEach(a -> byUnit.computeIfAbsent(a.unitId(), k -> new ArrayList<>()).add(a));
        Map<Long, String> names = organization.unitNames(byUnit.keySet(), access.today());
        List<UnitRow> rows = new ArrayList<>();
        byUnit.forEach((unit, list) -> {
            Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
            list.stream().filter(a -> a.finalGrade() != null).forEach(a -> counts.merge(a.finalGrade(), 1, Integer::sum));
            rows.add(new UnitRow(unit, names.getOrDefault(unit, String.valueOf(unit)), list.size(), counts));
        });
        rows.sort(java.util.Comparator.comparing(UnitRow::unitName));
        return rows;
    }

    List<CycleRepository.GradeChange> gradeChanges(long cycleId, String permission) {
        return cycles.gradeChanges(cycles.appraisees(cycleId, access.reach(permission)).stream().map(Appraisee::id).toList());
    }

    List<Recommendation> recommendations(long cycleId, String permission, Recommendation.State state) {
        return consequences.recommendations(cycleId, access.reach(permission), state);
    }

    List<ConsequenceRule> rules() {
        return consequences.rules();
    }

    Appraisee appraisee(long id, String permission) {
        return access.require(cycles.appraisee(id).orElseThrow(() -> new NotFoundException("appraisee", id)), permission);
    }

    /** Results across years of a person the reader's assessment:read scope reaches (by their unit today). */
    PersonResults person(long personId) {
        PersonLookup.PersonSummary person = people.findById(personId)
                .filter(p -> access.reaches(access.scope(Permissions.ASSESSMENT_READ), p.id(), p.unitId()))
                .orElseThrow(() -> new NotFoundException("person", personId));
        List<ConsequenceRepository.HistoryLine> results = consequences.history(personId);
        Map<Long, String> units = new LinkedHashMap<>(organization.unitNames(results.stream()
                .map(ConsequenceRepository.HistoryLine::unitId).filter(java.util.Objects::nonNull).distinct().toList(),
                access.today()));
        return new PersonResults(person.id(), person.name(), person.employeeNo(), results, units,
                consequences.personRecords(personId));
    }
}
