package org.cadre.assessment.internal;

import org.cadre.assessment.Grade;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cadre.ballots.BallotResults;
import org.cadre.ballots.BallotSpec;
import org.cadre.ballots.Ballots;
import org.cadre.ballots.Scale;
import org.cadre.identity.AuditLog;
import org.cadre.identity.DataScope;
import org.cadre.identity.Permissions;
import org.cadre.organization.CurrentPost;
import org.cadre.organization.OrganizationQueries;
import org.cadre.organization.PersonLookup;
import org.cadre.organization.UnitRef;
import org.cadre.people.PersonStatus;
import org.cadre.people.RosterFilter;
import org.cadre.people.RosterQuery;
import org.cadre.people.RosterSort;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.NotFoundException;
import org.cadre.shared.Text;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to a cycle: settings, appraisees, scores, the appraisal ballot, calibration, finalizing. Each checks
 * the permission and scope, the cycle's state and the rules, and writes the audit log in its transaction.
 * Deciding on the consequences is in {@link ConsequenceCommands}.
 */
@Service
class CycleCommands {

    /** One score to save: an appraisee's score of a component. */
    record ScoreEntry(long appraiseeId, long componentId, BigDecimal score) {
    }

    private final CycleRepository cycles;
    private final ConsequenceRepository consequences;
    private final AssessmentAccess access;
    private final AuditLog audit;
    private final RosterQuery roster;
    private final PersonLookup people;
    private final OrganizationQueries organization;
    private final Ballots ballots;
    private final LeadershipTeams teams;
    private final MessageSource messages;

    CycleCommands(CycleRepository cycles, ConsequenceRepository consequences, AssessmentAccess access, AuditLog audit,
                  RosterQuery roster, PersonLookup people, OrganizationQueries organization, Ballots ballots,
                  MessageSource messages, LeadershipTeams teams) {
        this.teams = teams;
        this.cycles = cycles;
        this.consequences = consequences;
        this.access = access;
        this.audit = audit;
        this.roster = roster;
        this.people = people;
        this.organization = organization;
        this.ballots = ballots;
        this.messages = messages;
    }

    // --- settings

    @Transactional
    @PreAuthorize("hasAuthority('assessment:manage')")
    public long create(CycleSpec spec) {
        access.requireCompanyWide(Permissions.ASSESSMENT_MANAGE);
        GradeBands bands = bands(spec);
        List<AppraisalComponent> components = components(spec);
        List<Quota> quotas = quotas(spec);
        long id = cycles.insert(spec.kind(), spec.year(), spec.title().strip(), bands, access.now());
        cycles.replaceComponents(id, components);
        cycles.replaceQuotas(id, quotas);
        audit.record("assessment.cycle.created", "assessment_cycle", id, spec.title().strip(), null, settings(id));
        return id;
    }

    @Transactional
    @PreAuthorize("hasAuthority('assessment:manage')")
    public void updateSettings(long cycleId, CycleSpec spec, int version) {
        access.requireCompanyWide(Permissions.ASSESSMENT_MANAGE);
        Cycle cycle = lock(cycleId);
        if (cycle.state() != CycleState.DRAFT) {
            throw new BusinessRuleException("assessment.settings.notDraft");
        }
        if (spec.kind() != cycle.kind() || !spec.year().equals(cycle.year())) {
            throw new BusinessRuleException("assessment.settings.kindYearFixed");
        }
        Map<String, Object> before = settings(cycleId);
        GradeBands bands = bands(spec);
        List<AppraisalComponent> components = components(spec);
        List<Quota> quotas = quotas(spec);
        cycles.updateSettings(cycleId, spec.title().strip(), bands, version);
        cycles.replaceComponents(cycleId, components);
        cycles.replaceQuotas(cycleId, quotas);
        audit.record("assessment.cycle.settingsChanged", "assessment_cycle", cycleId, spec.title().strip(), before,
                settings(cycleId));
    }

    private static GradeBands bands(CycleSpec spec) {
        GradeBands bands = spec.bands() == null ? GradeBands.standard() : spec.bands().toBands();
        bands.check();
        return bands;
    }

    private List<AppraisalComponent> components(CycleSpec spec) {
        List<CycleSpec.ComponentSpec> specs = spec.components() == null || spec.components().isEmpty()
                ? CycleSpec.standardComponents() : spec.components();
        List<AppraisalComponent> components = new ArrayList<>();
        for (CycleSpec.ComponentSpec c : specs) {
            String name = Text.blankToNull(c.name());
            if (name == null) {
                if (c.kind() == ComponentKind.CUSTOM) {
                    throw BusinessRuleException.onField("components", "assessment.components.customName");
                }
                name = messages.getMessage("enum.ComponentKind." + c.kind(), null, LocaleContextHolder.getLocale());
            }
            if (c.kind() == ComponentKind.DEMOCRATIC_APPRAISAL
                    && components.stream().anyMatch(x -> x.kind() == ComponentKind.DEMOCRATIC_APPRAISAL)) {
                throw BusinessRuleException.onField("components", "assessment.components.oneDemocratic");
            }
            components.add(new AppraisalComponent(0, c.kind(), name, c.weight(), components.size()));
        }
        Scoring.checkWeights(components);
        return components;
    }

    private static List<Quota> quotas(CycleSpec spec) {
        List<CycleSpec.QuotaSpec> specs = spec.quotas() == null ? CycleSpec.standardQuotas() : spec.quotas();
        Map<Grade, Quota> byGrade = new LinkedHashMap<>();
        for (CycleSpec.QuotaSpec q : specs) {
            if (byGrade.put(q.grade(), new Quota(q.grade(), q.maxPercent())) != null) {
                throw BusinessRuleException.onField("quotas", "assessment.quota.duplicate");
            }
        }
        return List.copyOf(byGrade.values());
    }

    /** The settings as the audit log keeps them. */
    private Map<String, Object> settings(long cycleId) {
        Cycle cycle = cycles.find(cycleId).orElseThrow();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("title", cycle.title());
        map.put("kind", cycle.kind());
        map.put("year", cycle.year());
        map.put("bands", cycle.bands());
        map.put("components", cycles.components(cycleId).stream()
                .map(c -> c.kind() + " " + c.name() + " " + c.weight().toPlainString()).toList());
        map.put("quotas", cycles.quotas(cycleId).stream().map(q -> q.grade() + " ≤ " + q.maxPercent().toPlainString() + "%").toList());
        return map;
    }

    // --- appraisees

    /** @return how many were added (people already appraised in the cycle are skipped) */
    @Transactional
    @PreAuthorize("hasAuthority('assessment:manage')")
    public int addAppraisees(long cycleId, AppraiseeSelection selection) {
        Cycle cycle = lock(cycleId);
        if (!cycle.state().appraiseesOpen()) {
            throw new BusinessRuleException("assessment.appraisees.closed");
        }
        if (selection.unitId() == null && selection.employeeNos().isEmpty()) {
            throw BusinessRuleException.onField("unitId", "assessment.appraisees.nobody");
        }
        DataScope scope = access.scope(Permissions.ASSESSMENT_MANAGE);
        var today = access.today();
        Map<Long, PersonLookup.PersonSummary> chosen = new LinkedHashMap<>();
        if (selection.unitId() != null) {
            RosterFilter filter = new RosterFilter(today, selection.unitId(), false, selection.postLevels(), null, null,
                    null, null, null, null, PersonStatus.ACTIVE, null, RosterSort.NAME, false);
            roster.forEach(filter, scope, row -> chosen.put(row.id(),
                    new PersonLookup.PersonSummary(row.id(), row.employeeNo(), row.name(), row.unitId())));
        }
        for (String no : selection.employeeNos()) {
            PersonLookup.PersonSummary person = people.findByEmployeeNo(no)
                    .filter(p -> access.reaches(scope, p.id(), p.unitId()))
                    .orElseThrow(() -> BusinessRuleException.onField("employeeNos", "assessment.appraisees.unknownEmployee", no));
            chosen.put(person.id(), person);
        }
        if (chosen.isEmpty()) {
            throw BusinessRuleException.onField("unitId", "assessment.appraisees.noneFound");
        }
        Map<Long, List<CurrentPost>> posts = organization.currentPosts(chosen.keySet(), today);
        Map<Long, String> unitKinds = new HashMap<>();
        int added = 0;
        for (PersonLookup.PersonSummary p : chosen.values()) {
            String post = posts.getOrDefault(p.id(), List.of()).stream().findFirst().map(CurrentPost::postTitle).orElse(null);
            String category = selection.category() != null ? selection.category()
                    : unitKinds.computeIfAbsent(p.unitId(), u -> organization.findUnit(u, today)
                    .map(UnitRef::kind).map(Enum::name).orElse("OTHER"));
            if (cycles.addAppraisee(cycleId, p.id(), p.employeeNo(), p.name(), p.unitId(), post, category)) {
                added++;
            }
        }
        audit.record("assessment.appraisees.added", "assessment_cycle", cycleId, cycle.title() + ": +" + added, null,
                Map.of("added", added, "selection", selection));
        return added;
    }

    @Transactional
    @PreAuthorize("hasAuthority('assessment:manage')")
    public void removeAppraisee(long appraiseeId) {
        Appraisee appraisee = access.require(requireAppraisee(appraiseeId), Permissions.ASSESSMENT_MANAGE);
        Cycle cycle = lock(appraisee.cycleId());
        if (!cycle.state().appraiseesOpen()) {
            throw new BusinessRuleException("assessment.appraisees.closed");
        }
        cycles.removeAppraisee(appraiseeId);
        audit.record("assessment.appraisee.removed", "assessment_cycle", cycle.id(), appraisee.name(), appraisee, null);
    }

    // --- scores

    /** Saves scores, all or none; only while the cycle collects them. */
    @Transactional
    @PreAuthorize("hasAuthority('assessment:manage')")
    public int enterScores(long cycleId, List<ScoreEntry> entries) {
        return saveScores(cycleId, entries, "ENTERED", true);
    }

    /** Scores read from an import file, all or none. */
    @Transactional
    @PreAuthorize("hasAuthority('assessment:manage')")
    public int saveScoresImported(long cycleId, List<ScoreEntry> entries) {
        return saveScores(cycleId, entries, "IMPORTED", true);
    }

    int saveScores(long cycleId, List<ScoreEntry> entries, String source, boolean checkScope) {
        Cycle cycle = lock(cycleId);
        if (cycle.state() != CycleState.COLLECTING) {
            throw new BusinessRuleException("assessment.scores.notCollecting");
        }
        Map<Long, AppraisalComponent> components = new HashMap<>();
        cycles.components(cycleId).forEach(c -> components.put(c.id(), c));
        Map<Long, Appraisee> appraisees = new HashMap<>();
        for (ScoreEntry e : entries) {
            if (!components.containsKey(e.componentId())) {
                throw new NotFoundException("component", e.componentId());
            }
            Appraisee a = appraisees.computeIfAbsent(e.appraiseeId(), this::requireAppraisee);
            if (a.cycleId() != cycleId) {
                throw new NotFoundException("appraisee", e.appraiseeId());
            }
            if (checkScope) {
                access.requireManaged(a, Permissions.ASSESSMENT_MANAGE);
            }
            Scoring.checkScore(e.score());
        }
        List<Map<String, Object>> changes = new ArrayList<>();
        for (ScoreEntry e : entries) {
            BigDecimal before = cycles.putScore(e.appraiseeId(), e.componentId(), e.score(), source, access.now(),
                    access.actor());
            if (before == null || before.compareTo(e.score()) != 0) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("appraisee", appraisees.get(e.appraiseeId()).employeeNo());
                change.put("component", components.get(e.componentId()).name());
                change.put("before", before);
                change.put("after", e.score());
                changes.add(change);
            }
        }
        if (!changes.isEmpty()) {
            audit.record("assessment.scores.saved", "assessment_cycle", cycleId,
                    cycle.title() + ": " + changes.size() + " (" + source + ")", null, Map.of("scores", changes));
        }
        return changes.size();
    }

    // --- the democratic appraisal ballot

    /** Creates the cycle's appraisal ballot (a DRAFT, one rating question per appraisee) for the ballot pages to run. */
    @Transactional
    @PreAuthorize("hasAuthority('assessment:manage')")
    public long createBallot(long cycleId) {
        access.requireCompanyWide(Permissions.ASSESSMENT_MANAGE);
        Cycle cycle = lock(cycleId);
        if (cycle.ballotId() != null) {
            throw new BusinessRuleException("assessment.ballot.exists");
        }
        if (cycle.state() != CycleState.DRAFT && cycle.state() != CycleState.COLLECTING) {
            throw new BusinessRuleException("assessment.ballot.tooLate");
        }
        if (democratic(cycleId).isEmpty()) {
            throw new BusinessRuleException("assessment.ballot.noComponent");
        }
        List<Appraisee> appraisees = cycles.appraisees(cycleId, CycleRepository.Reach.everything());
        List<LeadershipTeams.Team> teamsOfCycle = teams.of(cycleId);
        if (appraisees.isEmpty() && teamsOfCycle.isEmpty()) {
            throw new BusinessRuleException("assessment.ballot.noAppraisees");
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<BallotSpec.GroupSpec> groups = List.of(
                new BallotSpec.GroupSpec(message("assessment.ballot.group.leaders", locale), new BigDecimal("0.3"), List.of()),
                new BallotSpec.GroupSpec(message("assessment.ballot.group.peers", locale), new BigDecimal("0.4"), List.of()),
                new BallotSpec.GroupSpec(message("assessment.ballot.group.subordinates", locale), new BigDecimal("0.3"), List.of()));
        List<BallotSpec.QuestionSpec> questions = appraisees.stream()
                .map(a -> BallotSpec.QuestionSpec.rating(a.name() + (a.postTitle() == null ? "" : " (" + a.postTitle() + ")"),
                        a.personId(), Scale.COMPETENCE)).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        for (LeadershipTeams.Team team : teamsOfCycle) {
            questions.add(BallotSpec.QuestionSpec.teamRating(
                    messages.getMessage("assessment.teams.question", new Object[] {team.name()}, locale), team.unitId()));
        }
        String title = messages.getMessage("assessment.ballot.title", new Object[] {cycle.title()}, locale);
        // a cycle is the whole company's (only a company-wide officer creates its ballot), so is its ballot
        long ballotId = ballots.create(new BallotSpec(title, null, null, null, null, null, cycle.ballotOrigin(),
                groups, questions, null));
        cycles.setBallot(cycleId, ballotId);
        audit.record("assessment.ballot.created", "assessment_cycle", cycleId, title, null, Map.of("ballotId", ballotId));
        return ballotId;
    }

    /** Pulls the published ballot's weighted score of each appraisee into the democratic-appraisal component. */
    @Transactional
    @PreAuthorize("hasAuthority('assessment:manage')")
    public int pullBallotResults(long cycleId) {
        access.requireCompanyWide(Permissions.ASSESSMENT_MANAGE);
        Cycle cycle = cycles.find(cycleId).orElseThrow(() -> new NotFoundException("cycle", cycleId));
        if (cycle.ballotId() == null) {
            throw new BusinessRuleException("assessment.ballot.none");
        }
        return applyBallot(cycleId, cycle.ballotId());
    }

    /**
     * The ballot's results as democratic-appraisal scores (ballot published; called by the listener too). Appraisees
     * the ballot did not rate keep what they have.
     */
    @Transactional(noRollbackFor = BusinessRuleException.class)
    public int applyBallot(long cycleId, long ballotId) {
        Cycle cycle = lock(cycleId);
        if (cycle.ballotId() == null || cycle.ballotId() != ballotId) {
            throw new BusinessRuleException("assessment.ballot.notThisCycle");
        }
        if (cycle.state() != CycleState.COLLECTING) {
            throw new BusinessRuleException("assessment.scores.notCollecting");
        }
        AppraisalComponent component = democratic(cycleId).orElseThrow(() -> new BusinessRuleException("assessment.ballot.noComponent"));
        BallotResults results = ballots.results(ballotId);
        if (!results.state().counted()) {
            throw new BusinessRuleException("assessment.ballot.notCounted");
        }
        List<ScoreEntry> entries = new ArrayList<>();
        for (Appraisee a : cycles.appraisees(cycleId, CycleRepository.Reach.everything())) {
            BallotResults.QuestionResult q = results.aboutPerson(a.personId());
            if (q != null && q.weightedScore() != null) {
                entries.add(new ScoreEntry(a.id(), component.id(),
                        q.weightedScore().setScale(2, java.math.RoundingMode.HALF_UP)));
            }
        }
        teams.apply(cycle, results);
        return saveScores(cycleId, entries, "BALLOT", false);
    }

    private Optional<AppraisalComponent> democratic(long cycleId) {
        return cycles.components(cycleId).stream().filter(c -> c.kind() == ComponentKind.DEMOCRATIC_APPRAISAL).findFirst();
    }

    // --- steps

    /** DRAFT → COLLECTING: weights add up to 100 and somebody is appraised. */
    @Transactional
    @PreAuthorize("hasAuthority('assessment:manage')")
    public void startCollecting(long cycleId) {
        access.requireCompanyWide(Permissions.ASSESSMENT_MANAGE);
        Cycle cycle = lock(cycleId);
        move(cycle, CycleState.COLLECTING);
        Scoring.checkWeights(cycles.components(cycleId));
        if (cycles.countAppraisees(cycleId) == 0) {
            throw new BusinessRuleException("assessment.appraisees.none");
        }
        cycles.updateState(cycleId, CycleState.COLLECTING, null);
        audit.record("assessment.cycle.collecting", "assessment_cycle", cycleId, cycle.title(),
                Map.of("state", cycle.state()), Map.of("state", CycleState.COLLECTING));
    }

    /** COLLECTING → CALIBRATING: every score is in; totals and proposed grades are computed. */
    @Transactional
    @PreAuthorize("hasAuthority('assessment:decide')")
    public void startCalibration(long cycleId) {
        access.requireCompanyWide(Permissions.ASSESSMENT_DECIDE);
        Cycle cycle = lock(cycleId);
        move(cycle, CycleState.CALIBRATING);
        List<AppraisalComponent> components = cycles.components(cycleId);
        List<Appraisee> appraisees = cycles.appraisees(cycleId, CycleRepository.Reach.everything());
        Map<Long, Map<Long, BigDecimal>> scores = cycles.scores(appraisees.stream().map(Appraisee::id).toList());
        List<String> missing = new ArrayList<>();
        Map<Long, BigDecimal> totals = new HashMap<>();
        for (Appraisee a : appraisees) {
            BigDecimal total = Scoring.total(components, scores.getOrDefault(a.id(), Map.of()));
            if (total == null) {
                missing.add(a.name());
            } else {
                totals.put(a.id(), total);
            }
        }
        if (!missing.isEmpty()) {
            throw new BusinessRuleException("assessment.calibration.missingScores", missing.size(),
                    String.join(", ", missing.subList(0, Math.min(5, missing.size()))));
        }
        appraisees.forEach(a -> cycles.setComputed(a.id(), totals.get(a.id()), cycle.bands().grade(totals.get(a.id()))));
        cycles.updateState(cycleId, CycleState.CALIBRATING, null);
        audit.record("assessment.cycle.calibrating", "assessment_cycle", cycleId, cycle.title(),
                Map.of("state", cycle.state()), Map.of("state", CycleState.CALIBRATING, "appraisees", appraisees.size()));
    }

    /** CALIBRATING → COLLECTING, to correct scores; grades are computed again later, the override history stays. */
    @Transactional
    @PreAuthorize("hasAuthority('assessment:decide')")
    public void reopenScores(long cycleId) {
        access.requireCompanyWide(Permissions.ASSESSMENT_DECIDE);
        Cycle cycle = lock(cycleId);
        move(cycle, CycleState.COLLECTING);
        cycles.clearComputed(cycleId);
        cycles.updateState(cycleId, CycleState.COLLECTING, null);
        audit.record("assessment.cycle.reopened", "assessment_cycle", cycleId, cycle.title(),
                Map.of("state", cycle.state()), Map.of("state", CycleState.COLLECTING));
    }

    /** The committee sets an appraisee's final grade, with the reason it must give. */
    @Transactional
    @PreAuthorize("hasAuthority('assessment:decide')")
    public void adjustGrade(long appraiseeId, Grade grade, String reason) {
        Appraisee appraisee = access.requireManaged(requireAppraisee(appraiseeId), Permissions.ASSESSMENT_DECIDE);
        Cycle cycle = lock(appraisee.cycleId());
        if (cycle.state() != CycleState.CALIBRATING) {
            throw new BusinessRuleException("assessment.calibration.notCalibrating");
        }
        if (grade == null) {
            throw BusinessRuleException.onField("grade", "assessment.validation.required");
        }
        String why = Text.blankToNull(reason);
        if (why == null) {
            throw BusinessRuleException.onField("reason", "assessment.calibration.reasonRequired");
        }
        if (why.length() > 500) {
            throw BusinessRuleException.onField("reason", "assessment.validation.tooLong");
        }
        if (grade == appraisee.finalGrade()) {
            throw BusinessRuleException.onField("grade", "assessment.calibration.unchanged");
        }
        cycles.setFinalGrade(appraiseeId, grade);
        cycles.addGradeChange(appraiseeId, appraisee.finalGrade(), grade, why, access.now(), access.actor());
        audit.record("assessment.grade.adjusted", "assessment_appraisee", appraiseeId,
                appraisee.name() + ": " + appraisee.finalGrade() + " → " + grade + " (" + why + ")",
                Map.of("finalGrade", String.valueOf(appraisee.finalGrade())),
                Map.of("finalGrade", grade, "reason", why));
    }

    /**
     * CALIBRATING → FINALIZED, refused while a quota is exceeded in some category; the consequence rules then
     * propose their recommendations.
     *
     * @return how many recommendations were proposed
     */
    @Transactional
    @PreAuthorize("hasAuthority('assessment:decide')")
    public int finalizeCycle(long cycleId) {
        access.requireCompanyWide(Permissions.ASSESSMENT_DECIDE);
        Cycle cycle = lock(cycleId);
        move(cycle, CycleState.FINALIZED);
        requireQuotasMet(cycleId);
        int proposed = proposeConsequences(cycle);
        cycles.updateState(cycleId, CycleState.FINALIZED, access.now());
        audit.record("assessment.cycle.finalized", "assessment_cycle", cycleId, cycle.title(),
                Map.of("state", cycle.state()), Map.of("state", CycleState.FINALIZED, "recommendations", proposed));
        return proposed;
    }

    /** Refuses while a quota is exceeded in some category, naming the first such category. */
    void requireQuotasMet(long cycleId) {
        List<Appraisee> appraisees = cycles.appraisees(cycleId, CycleRepository.Reach.everything());
        List<Distribution.QuotaLine> exceeded = Distribution.exceeded(Distribution.of(appraisees.stream()
                .map(a -> new Distribution.Placed(a.category(), a.finalGrade())).toList(), cycles.quotas(cycleId)));
        if (!exceeded.isEmpty()) {
            Distribution.QuotaLine q = exceeded.get(0);
            Locale locale = LocaleContextHolder.getLocale();
            throw new BusinessRuleException("assessment.finalize.quotaExceeded", CategoryLabels.label(q.category(), messages, locale),
                    message("enum.Grade." + q.grade(), locale), q.count(), q.total(), q.maxPercent().stripTrailingZeros().toPlainString(),
                    q.allowed());
        }
    }

    /** The consequence rules applied to each appraisee's final grade and earlier annual results. */
    int proposeConsequences(Cycle cycle) {
        List<Appraisee> appraisees = cycles.appraisees(cycle.id(), CycleRepository.Reach.everything());
        Map<Long, List<YearResult>> earlier = new HashMap<>();
        consequences.earlierAnnualResults(appraisees.stream().map(Appraisee::personId).toList(), cycle.year())
                .forEach(py -> earlier.computeIfAbsent(py.personId(), k -> new ArrayList<>()).add(py.result()));
        List<ConsequenceRule> rules = consequences.rules();
        int proposed = 0;
        for (Appraisee a : appraisees) {
            YearResult current = new YearResult(cycle.year(), a.finalGrade(), a.totalScore());
            for (Consequences.Proposal p : Consequences.propose(current, earlier.getOrDefault(a.personId(), List.of()),
                    cycle.kind() == CycleKind.ANNUAL, rules)) {
                consequences.insertRecommendation(cycle.id(), a, p);
                proposed++;
            }
        }
        return proposed;
    }

    private void move(Cycle cycle, CycleState next) {
        if (!cycle.state().canMoveTo(next)) {
            throw new BusinessRuleException("assessment.cycle.cannotMove", message("enum.CycleState." + cycle.state(),
                    LocaleContextHolder.getLocale()), message("enum.CycleState." + next, LocaleContextHolder.getLocale()));
        }
    }

    Cycle lock(long cycleId) {
        return cycles.lock(cycleId).orElseThrow(() -> new NotFoundException("cycle", cycleId));
    }

    private Appraisee requireAppraisee(long id) {
        return cycles.appraisee(id).orElseThrow(() -> new NotFoundException("appraisee", id));
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
