package org.cadre.assessment.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cadre.assessment.AssessmentHistory;
import org.cadre.assessment.Grade;
import org.cadre.identity.AuditLog;
import org.cadre.organization.CurrentPost;
import org.cadre.organization.OrganizationQueries;
import org.cadre.organization.PersonLookup;
import org.cadre.organization.UnitRef;
import org.cadre.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records results decided outside Cadre: finished annual cycles and past results (see {@link AssessmentHistory}). */
@Service
class HistoryRecorder implements AssessmentHistory {

    private final CycleRepository cycles;
    private final ConsequenceRepository consequences;
    private final CycleCommands commands;
    private final PersonLookup people;
    private final OrganizationQueries organization;
    private final AssessmentAccess access;
    private final AuditLog audit;
    private final MessageSource messages;

    HistoryRecorder(CycleRepository cycles, ConsequenceRepository consequences, CycleCommands commands,
                    PersonLookup people, OrganizationQueries organization, AssessmentAccess access, AuditLog audit,
                    MessageSource messages) {
        this.cycles = cycles;
        this.consequences = consequences;
        this.commands = commands;
        this.people = people;
        this.organization = organization;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
    }

    @Override
    @Transactional
    public long recordFinishedAnnualCycle(FinishedCycle finished) {
        GradeBands bands = GradeBands.standard();
        long id = cycles.insert(CycleKind.ANNUAL, finished.year(), finished.title(), bands, access.now());
        List<AppraisalComponent> components = CycleSpec.standardComponents().stream()
                .map(c -> new AppraisalComponent(0, c.kind(), messages.getMessage("enum.ComponentKind." + c.kind(), null,
                        finished.locale()), c.weight(), 0)).toList();
        cycles.replaceComponents(id, components);
        List<Quota> quotas = CycleSpec.standardQuotas().stream().map(q -> new Quota(q.grade(), q.maxPercent())).toList();
        cycles.replaceQuotas(id, quotas);
        components = cycles.components(id);

        LocalDate yearEnd = LocalDate.of(finished.year(), 12, 31);
        List<Long> ids = finished.appraisees().stream().map(Scores::personId).toList();
        Map<Long, PersonLookup.PersonSummary> persons = people.findByIds(ids);
        Map<Long, List<CurrentPost>> posts = organization.currentPosts(ids, yearEnd);
        Map<Long, String> kinds = new HashMap<>();
        for (Scores s : finished.appraisees()) {
            PersonLookup.PersonSummary p = persons.get(s.personId());
            if (p == null) {
                throw new NotFoundException("person", s.personId());
            }
            CurrentPost post = posts.getOrDefault(p.id(), List.of()).stream().findFirst().orElse(null);
            long unitId = post != null ? post.unitId() : p.unitId();
            String category = kinds.computeIfAbsent(unitId, u -> organization.findUnit(u, yearEnd).map(UnitRef::kind)
                    .map(Enum::name).orElse("OTHER"));
            cycles.addAppraisee(id, p.id(), p.employeeNo(), p.name(), unitId, post == null ? null : post.postTitle(),
                    category);
            Appraisee a = cycles.appraiseeOf(id, p.id()).orElseThrow();
            List<BigDecimal> values = List.of(s.businessResults(), s.democraticAppraisal(), s.superiorEvaluation());
            Map<Long, BigDecimal> byComponent = new HashMap<>();
            for (int i = 0; i < components.size(); i++) {
                Scoring.checkScore(values.get(i));
                cycles.putScore(a.id(), components.get(i).id(), values.get(i), "IMPORTED", access.now(), "system");
                byComponent.put(components.get(i).id(), values.get(i));
            }
            BigDecimal total = Scoring.total(components, byComponent);
            cycles.setComputed(a.id(), total, bands.grade(total));
        }
        meetQuotas(id, quotas, finished.quotaReason());
        Cycle cycle = cycles.find(id).orElseThrow();
        int proposed = commands.proposeConsequences(cycle);
        cycles.updateState(id, CycleState.FINALIZED, access.now());
        audit.record("assessment.cycle.recorded", "assessment_cycle", id, finished.title(), null,
                Map.of("year", finished.year(), "appraisees", ids.size(), "recommendations", proposed));
        return id;
    }

    /** Lowers the grade of those ranked last among the holders of a grade over its quota, one grade down. */
    private void meetQuotas(long cycleId, List<Quota> quotas, String reason) {
        List<Appraisee> all = cycles.appraisees(cycleId, CycleRepository.Reach.everything());
        Map<String, List<Appraisee>> byCategory = new HashMap<>();
        all.forEach(a -> byCategory.computeIfAbsent(a.category(), k -> new ArrayList<>()).add(a));
        for (List<Appraisee> members : byCategory.values()) {
            for (Quota q : quotas) {
                List<Appraisee> holders = members.stream().filter(a -> a.finalGrade() == q.grade())
                        .sorted(Comparator.comparing(Appraisee::totalScore)).toList();
                int excess = holders.size() - q.allowed(members.size());
                for (int i = 0; i < excess; i++) {
                    Appraisee a = holders.get(i);
                    Grade lower = Grade.values()[Math.min(q.grade().ordinal() + 1, Grade.values().length - 1)];
                    cycles.setFinalGrade(a.id(), lower);
                    cycles.addGradeChange(a.id(), a.finalGrade(), lower, reason, access.now(), "system");
                }
            }
        }
    }

    @Override
    @Transactional
    public void recordPastResult(long personId, int year, Grade grade, BigDecimal score) {
        consequences.putPastResult(personId, year, grade, score, access.now());
        audit.record("assessment.pastResult.recorded", "person", personId, year + " " + grade, null,
                Map.of("year", year, "grade", grade, "score", String.valueOf(score)));
    }
}
