package org.cadre.cadres.internal.tenure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cadre.assessment.AnnualGrades;
import org.cadre.assessment.Grade;
import org.cadre.cadres.internal.TermEnds;
import org.cadre.identity.AuditLog;
import org.cadre.organization.CurrentPost;
import org.cadre.organization.OrganizationQueries;
import org.cadre.organization.PersonLookup.PersonSummary;
import org.cadre.organization.UnitRef;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.cadre.cadres.internal.tenure.DeploymentCommands.optional;
import static org.cadre.cadres.internal.tenure.DeploymentCommands.required;

/**
 * Terms of office, contracts and their results, and the exit rule with its recommendations. Needs cadre:manage with
 * a scope reaching the unit concerned; the exit rule's settings need it for the whole company.
 */
@Service
class TenureCommands {

    /** A term: of the person's primary post (POST, by employee number) or of a unit's team (TEAM, by unit id). */
    record TermSpec(Term.Kind kind, String employeeNo, Long unitId, LocalDate startDate, LocalDate expectedEnd) {
    }

    /** An indicator as given; {@code lowerIsBetter} null means higher is better. */
    record IndicatorSpec(String name, BigDecimal weight, BigDecimal target, String measureUnit, ScoringRule rule,
                         BigDecimal capPercent, BigDecimal deduction, Boolean lowerIsBetter) {

        boolean blank() {
            return (name == null || name.isBlank()) && weight == null && target == null;
        }
    }

    record ContractSpec(ContractKind kind, String employeeNo, Integer year, String title, LocalDate signedOn,
                        String rewardsPenalties, List<IndicatorSpec> indicators) {
    }

    private final TermRepository terms;
    private final ContractRepository contracts;
    private final DeploymentCommands deployments;
    private final OrganizationQueries organization;
    private final AnnualGrades grades;
    private final TenureAccess access;
    private final AuditLog audit;

    TenureCommands(TermRepository terms, ContractRepository contracts, DeploymentCommands deployments,
                   OrganizationQueries organization, AnnualGrades grades, TenureAccess access, AuditLog audit) {
        this.terms = terms;
        this.contracts = contracts;
        this.deployments = deployments;
        this.organization = organization;
        this.grades = grades;
        this.access = access;
        this.audit = audit;
    }

    // --- terms

    @Transactional
    @PreAuthorize("hasAuthority('cadre:manage')")
    public long startTerm(TermSpec spec) {
        if (spec.kind() == null) {
            throw BusinessRuleException.onField("kind", "cadres.tenure.validation.required");
        }
        if (spec.startDate() == null) {
            throw BusinessRuleException.onField("startDate", "cadres.tenure.validation.required");
        }
        LocalDate end = spec.expectedEnd() == null ? spec.startDate().plusYears(TermEnds.DEFAULT_TERM_YEARS)
                : spec.expectedEnd();
        if (!end.isAfter(spec.startDate())) {
            throw BusinessRuleException.onField("expectedEnd", "cadres.term.endBeforeStart");
        }
        Term term;
        if (spec.kind() == Term.Kind.POST) {
            PersonSummary person = deployments.managedPerson(spec.employeeNo());
            CurrentPost post = organization.currentPosts(List.of(person.id()), spec.startDate())
                    .getOrDefault(person.id(), List.of()).stream().filter(CurrentPost::primary).findFirst()
                    .orElseThrow(() -> BusinessRuleException.onField("employeeNo", "cadres.term.noPost", person.name()));
            if (terms.openOfAssignment(post.assignmentId()).isPresent()) {
                throw BusinessRuleException.onField("employeeNo", "cadres.term.alreadyOpen", person.name(), post.postTitle());
            }
            term = new Term(0, Term.Kind.POST, person.id(), person.name(), person.employeeNo(), post.assignmentId(),
                    post.postId(), post.postTitle(), post.unitId(), spec.startDate(), end, null, null, "manual");
        } else {
            if (spec.unitId() == null) {
                throw BusinessRuleException.onField("unitId", "cadres.tenure.validation.required");
            }
            UnitRef unit = organization.findUnit(spec.unitId(), spec.startDate())
                    .filter(u -> access.manageReach().reaches(u.id(), null))
                    .orElseThrow(() -> BusinessRuleException.onField("unitId", "cadres.term.unitUnknown"));
            term = new Term(0, Term.Kind.TEAM, null, null, null, null, null, unit.name(), unit.id(),
                    spec.startDate(), end, null, null, "manual");
        }
        long id = terms.insert(term);
        audit.record("cadre.term.started", "cadre_term", id, term.title() + " " + term.startDate() + "–" + end, null, term);
        return id;
    }

    /** Ends a term (任期届满 or otherwise) on a day with a reason; the assignment itself is changed by an event. */
    @Transactional
    @PreAuthorize("hasAuthority('cadre:manage')")
    public void endTerm(long id, LocalDate day, String reason) {
        Term term = terms.lock(id).orElseThrow(() -> new NotFoundException("term", id));
        access.requireManaged("term", id, term.unitId());
        if (!term.open()) {
            throw new BusinessRuleException("cadres.term.alreadyEnded");
        }
        if (day == null) {
            throw BusinessRuleException.onField("endDate", "cadres.tenure.validation.required");
        }
        if (day.isBefore(term.startDate())) {
            throw BusinessRuleException.onField("endDate", "cadres.term.endBeforeStart");
        }
        String why = required("endReason", reason, 200);
        terms.end(id, day, why);
        audit.record("cadre.term.ended", "cadre_term", id, term.title(), term, Map.of("actualEnd", day, "endReason", why));
    }

    // --- contracts

    @Transactional
    @PreAuthorize("hasAuthority('cadre:manage')")
    public long createContract(ContractSpec spec) {
        if (spec.kind() == null) {
            throw BusinessRuleException.onField("kind", "cadres.tenure.validation.required");
        }
        if (spec.year() == null || spec.year() < 2000 || spec.year() > 2200) {
            throw BusinessRuleException.onField("year", "cadres.contract.year");
        }
        PersonSummary person = deployments.managedPerson(spec.employeeNo());
        String title = required("title", spec.title(), 200);
        String rewards = optional("rewardsPenalties", spec.rewardsPenalties(), 2000);
        List<Indicator> indicators = indicators(spec.kind(), spec.indicators());
        Optional<Term> term = terms.openOfPerson(person.id()).stream().filter(t -> t.kind() == Term.Kind.POST).findFirst();
        long unitId = term.map(Term::unitId).orElse(person.unitId());
        Contract contract = new Contract(0, spec.kind(), person.id(), person.name(), person.employeeNo(), unitId,
                term.map(Term::id).orElse(null), spec.year(), title, rewards, spec.signedOn(), null, null, 0, indicators);
        long id = contracts.insert(contract);
        audit.record("cadre.contract.created", "cadre_contract", id, person.name() + " " + spec.year() + " " + title,
                null, contract);
        return id;
    }

    /** The indicators of a contract as given: weights adding up to 100 (a post agreement may have none). */
    static List<Indicator> indicators(ContractKind kind, List<IndicatorSpec> specs) {
        List<Indicator> list = new ArrayList<>();
        int position = 0;
        for (IndicatorSpec s : specs == null ? List.<IndicatorSpec>of() : specs) {
            if (s == null || s.blank()) {
                continue;
            }
            String field = "indicators[" + position + "]";
            String name = required(field + ".name", s.name(), 200);
            if (s.weight() == null || s.weight().signum() <= 0) {
                throw BusinessRuleException.onField(field + ".weight", "cadres.contract.weightPositive", name);
            }
            if (s.target() == null) {
                throw BusinessRuleException.onField(field + ".target", "cadres.tenure.validation.required");
            }
            ScoringRule rule = s.rule() == null ? ScoringRule.LINEAR : s.rule();
            if (rule == ScoringRule.LINEAR && s.target().signum() <= 0) {
                throw BusinessRuleException.onField(field + ".target", "cadres.contract.linearTarget", name);
            }
            if (s.capPercent() != null && (s.capPercent().compareTo(ScoringRule.HUNDRED) < 0
                    || s.capPercent().compareTo(BigDecimal.valueOf(200)) > 0)) {
                throw BusinessRuleException.onField(field + ".capPercent", "cadres.contract.capRange", name);
            }
            if (rule == ScoringRule.DEDUCTION && (s.deduction() == null || s.deduction().signum() <= 0)) {
                throw BusinessRuleException.onField(field + ".deduction", "cadres.contract.deduction", name);
            }
            list.add(new Indicator(0, position++, name, s.weight(), s.target(), optional(field + ".measureUnit",
                    s.measureUnit(), 30), rule, rule == ScoringRule.LINEAR ? s.capPercent() : null,
                    rule == ScoringRule.DEDUCTION ? s.deduction() : null, Boolean.TRUE.equals(s.lowerIsBetter()),
                    null, null));
        }
        if (list.isEmpty() && kind != ContractKind.AGREEMENT) {
            throw BusinessRuleException.onField("indicators", "cadres.contract.noIndicators");
        }
        BigDecimal sum = list.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!list.isEmpty() && sum.compareTo(ScoringRule.HUNDRED) != 0) {
            throw BusinessRuleException.onField("indicators", "cadres.contract.weights", sum.stripTrailingZeros().toPlainString());
        }
        return list;
    }

    /**
     * Enters the actual results (by indicator id) and scores them; once every indicator has one, the total is set and
     * the exit rule is applied with the person's assessment grade of the contract's year. An indicator absent from
     * {@code actuals} keeps its result; one given as null loses it.
     *
     * @return the recommendation drawn, if any
     */
    @Transactional
    @PreAuthorize("hasAuthority('cadre:manage')")
    public Optional<ContractRepository.Recommendation> enterResults(long contractId, Map<Long, BigDecimal> actuals) {
        Contract before = contracts.lock(contractId).orElseThrow(() -> new NotFoundException("contract", contractId));
        access.requireManaged("contract", contractId, before.unitId());
        Optional<ContractRepository.Recommendation> existing = contracts.recommendationOf(contractId);
        if (existing.isPresent() && existing.get().state() != ContractRepository.Recommendation.State.PROPOSED) {
            throw new BusinessRuleException("cadres.contract.decided");
        }
        List<Indicator> scored = before.indicators().stream()
                .map(i -> i.withActual(actuals.containsKey(i.id()) ? actuals.get(i.id()) : i.actual())).toList();
        BigDecimal total = Contract.total(scored);
        contracts.saveResults(contractId, scored, total, access.now());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("actuals", scored.stream().map(i -> i.name() + "=" + i.actual() + "→" + i.score()).toList());
        after.put("totalScore", total);
        audit.record("cadre.contract.results", "cadre_contract", contractId, before.personName() + " " + before.title(),
                Map.of("totalScore", String.valueOf(before.totalScore())), after);
        existing.ifPresent(r -> {
            contracts.deleteProposed(contractId);
            audit.record("cadre.exit.withdrawn", "cadre_exit_recommendation", r.id(), before.personName(), r, null);
        });
        if (total == null) {
            return Optional.empty();
        }
        Grade grade = grades.of(List.of(before.personId()), before.year()).get(before.personId());
        List<String> basis = contracts.exitRule().basis(total, grade);
        if (basis.isEmpty()) {
            return Optional.empty();
        }
        String encoded = String.join(";", basis);
        long id = contracts.insertRecommendation(before, encoded, access.now());
        audit.record("cadre.exit.proposed", "cadre_exit_recommendation", id, before.personName() + " " + encoded, null,
                Map.of("contractId", contractId, "basis", encoded));
        return contracts.recommendationOf(contractId);
    }

    /**
     * Accepts (the term ends: a removal is recorded, which ends the assignment) or rejects a recommendation, with a
     * reason (required to reject).
     */
    @Transactional
    @PreAuthorize("hasAuthority('cadre:manage')")
    public void decide(long recommendationId, boolean accept, String reason, LocalDate effectiveDate,
                       String documentNo, String issuingBody) {
        ContractRepository.Recommendation r = contracts.lockRecommendation(recommendationId)
                .orElseThrow(() -> new NotFoundException("recommendation", recommendationId));
        access.requireManaged("recommendation", recommendationId, r.unitId());
        if (r.state() != ContractRepository.Recommendation.State.PROPOSED) {
            throw new BusinessRuleException("cadres.exit.decided");
        }
        String why = accept ? optional("reason", reason, 500) : required("reason", reason, 500);
        Long eventId = null;
        if (accept) {
            Contract contract = contracts.find(r.contractId()).orElseThrow();
            Long assignmentId = contract.termId() == null ? null
                    : terms.find(contract.termId()).filter(Term::open).map(Term::assignmentId).orElse(null);
            PersonSummary person = deployments.managedPerson(contract.employeeNo());
            eventId = deployments.record(new DeploymentCommands.EventSpec(DeploymentKind.REMOVAL, contract.employeeNo(),
                    null, assignmentId, effectiveDate == null ? access.today() : effectiveDate,
                    why == null ? "不胜任退出" : why, documentNo, null, issuingBody, null), person, null);
        }
        ContractRepository.Recommendation.State state = accept ? ContractRepository.Recommendation.State.ACCEPTED
                : ContractRepository.Recommendation.State.REJECTED;
        contracts.decide(recommendationId, state, why, access.now(), access.actor(), eventId);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", state);
        after.put("reason", why);
        after.put("eventId", eventId);
        audit.record(accept ? "cadre.exit.accepted" : "cadre.exit.rejected", "cadre_exit_recommendation",
                recommendationId, r.personName() + " " + r.basis(), Map.of("state", r.state()), after);
    }

    @Transactional
    @PreAuthorize("hasAuthority('cadre:manage')")
    public void updateExitRule(ExitRule rule) {
        if (!access.manageReach().all()) {
            throw new org.springframework.security.access.AccessDeniedException("cadre:manage for the whole company");
        }
        if (rule.scoreBelow() == null || rule.scoreBelow().signum() < 0 || rule.scoreBelow().compareTo(ScoringRule.HUNDRED) > 0) {
            throw BusinessRuleException.onField("scoreBelow", "cadres.exit.threshold");
        }
        ExitRule before = contracts.exitRule();
        contracts.updateExitRule(rule, access.now());
        audit.record("cadre.exit.ruleChanged", "cadre_exit_rule", 1, "exit rule", before, rule);
    }
}
