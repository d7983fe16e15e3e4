package org.cadre.assessment.internal;

import org.cadre.assessment.Grade;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.cadre.identity.AuditLog;
import org.cadre.identity.DataScope;
import org.cadre.identity.Permissions;
import org.cadre.organization.PersonLookup;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.NotFoundException;
import org.cadre.shared.Text;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's decisions on recommendations (an accepted one becomes a record on the person), the consequence
 * rules, and past years' results.
 */
@Service
class ConsequenceCommands {

    /** A rule as a form or the API gives it. */
    record RuleSpec(@NotNull(message = "{assessment.validation.required}") Grade grade,
                    @NotNull(message = "{assessment.validation.required}") @Min(value = 1, message = "{assessment.rule.years}") @Max(value = 10, message = "{assessment.rule.years}") Integer years,
                    @NotNull(message = "{assessment.validation.required}") Consequence consequence,
                    @DecimalMin(value = "0", message = "{assessment.rule.coefficient}") @DecimalMax(value = "5", message = "{assessment.rule.coefficient}") BigDecimal coefficient,
                    Boolean active) {

        ConsequenceRule toRule(long id) {
            if (consequence == Consequence.PAY_COEFFICIENT && coefficient == null) {
                throw BusinessRuleException.onField("coefficient", "assessment.rule.coefficientRequired");
            }
            if (consequence == Consequence.PAY_COEFFICIENT && years != 1) {
                throw BusinessRuleException.onField("years", "assessment.rule.payOneYear");
            }
            return new ConsequenceRule(id, grade, years, consequence,
                    consequence == Consequence.PAY_COEFFICIENT ? coefficient : null, !Boolean.FALSE.equals(active));
        }
    }

    /** An earlier year's annual result of a person. */
    record PastResult(@NotNull(message = "{assessment.validation.required}") String employeeNo,
                      @NotNull(message = "{assessment.validation.required}") @Min(value = 1990, message = "{assessment.validation.year}") @Max(value = 2200, message = "{assessment.validation.year}") Integer year,
                      @NotNull(message = "{assessment.validation.required}") Grade grade,
                      @DecimalMin(value = "0", message = "{assessment.score.range}") @DecimalMax(value = "100", message = "{assessment.score.range}") BigDecimal score) {
    }

    private final ConsequenceRepository repository;
    private final CycleRepository cycles;
    private final AssessmentAccess access;
    private final AuditLog audit;
    private final PersonLookup people;

    ConsequenceCommands(ConsequenceRepository repository, CycleRepository cycles, AssessmentAccess access,
                        AuditLog audit, PersonLookup people) {
        this.repository = repository;
        this.cycles = cycles;
        this.access = access;
        this.audit = audit;
        this.people = people;
    }

    /** Accepts or rejects a proposed recommendation; an accepted one is kept on the person. */
    @Transactional
    @PreAuthorize("hasAuthority('assessment:decide')")
    public void decide(long recommendationId, boolean accept, String note) {
        Recommendation r = repository.lockRecommendation(recommendationId)
                .orElseThrow(() -> new NotFoundException("recommendation", recommendationId));
        Appraisee appraisee = access.requireManaged(cycles.appraisee(r.appraiseeId()).orElseThrow(),
                Permissions.ASSESSMENT_DECIDE);
        if (r.state() != Recommendation.State.PROPOSED) {
            throw new BusinessRuleException("assessment.recommendation.decided");
        }
        String why = Text.blankToNull(note);
        if (why != null && why.length() > 500) {
            throw BusinessRuleException.onField("note", "assessment.validation.tooLong");
        }
        Recommendation.State state = accept ? Recommendation.State.ACCEPTED : Recommendation.State.REJECTED;
        repository.decide(recommendationId, state, why, access.now(), access.actor());
        if (accept) {
            Cycle cycle = cycles.find(r.cycleId()).orElseThrow();
            repository.insertPersonRecord(new Recommendation(r.id(), r.cycleId(), r.appraiseeId(), r.personId(),
                    r.personName(), r.ruleId(), r.grade(), r.years(), r.consequence(), r.coefficient(), r.evidence(),
                    state, why, null, null), cycle.year(), access.now());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", state);
        after.put("note", why);
        audit.record(accept ? "assessment.recommendation.accepted" : "assessment.recommendation.rejected",
                "assessment_recommendation", recommendationId,
                appraisee.name() + ": " + r.consequence() + " (" + Recommendation.encode(r.evidence()) + ")",
                Map.of("state", r.state()), after);
    }

    @Transactional
    @PreAuthorize("hasAuthority('assessment:manage')")
    public long addRule(RuleSpec spec) {
        access.requireCompanyWide(Permissions.ASSESSMENT_MANAGE);
        ConsequenceRule rule = spec.toRule(0);
        long id = repository.insertRule(rule);
        audit.record("assessment.rule.created", "assessment_rule", id, rule.grade() + " " + rule.consequence(), null, rule);
        return id;
    }

    @Transactional
    @PreAuthorize("hasAuthority('assessment:manage')")
    public void updateRule(long id, RuleSpec spec) {
        access.requireCompanyWide(Permissions.ASSESSMENT_MANAGE);
        ConsequenceRule before = repository.rule(id).orElseThrow(() -> new NotFoundException("rule", id));
        ConsequenceRule after = spec.toRule(id);
        repository.updateRule(after);
        audit.record("assessment.rule.changed", "assessment_rule", id, after.grade() + " " + after.consequence(),
                before, after);
    }

    /** Records (or replaces) a person's annual result of an earlier year. */
    @Transactional
    @PreAuthorize("hasAuthority('assessment:manage')")
    public void putPastResult(PastResult result) {
        put(result);
    }

    /** Past results read from an import file, all or none. */
    @Transactional
    @PreAuthorize("hasAuthority('assessment:manage')")
    public int putPastResults(java.util.List<PastResult> results, String source) {
        results.forEach(this::put);
        return results.size();
    }

    /** The person of an employee number, when the manage scope reaches them. */
    java.util.Optional<PersonLookup.PersonSummary> reachable(String employeeNo) {
        DataScope scope = access.scope(Permissions.ASSESSMENT_MANAGE);
        return people.findByEmployeeNo(employeeNo.strip()).filter(p -> access.manages(scope, p.id(), p.unitId()));
    }

    /** Only years already over: the running year is assessed by a cycle. */
    boolean pastYear(int year) {
        return year < access.today().getYear();
    }

    private void put(PastResult result) {
        if (!pastYear(result.year())) {
            throw BusinessRuleException.onField("year", "assessment.past.notPast", result.year());
        }
        PersonLookup.PersonSummary person = reachable(result.employeeNo())
                .orElseThrow(() -> BusinessRuleException.onField("employeeNo", "assessment.appraisees.unknownEmployee",
                        result.employeeNo()));
        repository.putPastResult(person.id(), result.year(), result.grade(), result.score(), access.now());
        audit.record("assessment.pastResult.recorded", "person", person.id(),
                person.name() + " " + result.year() + " " + result.grade(), null, result);
    }
}
