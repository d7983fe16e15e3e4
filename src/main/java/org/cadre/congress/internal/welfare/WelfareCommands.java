package org.cadre.congress.internal.welfare;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.cadre.identity.AccessControl;
import org.cadre.identity.AuditLog;
import org.cadre.identity.CurrentUser;
import org.cadre.identity.DataScope;
import org.cadre.identity.Permissions;
import org.cadre.organization.OrganizationQueries;
import org.cadre.people.PersonNames;
import org.cadre.people.PersonStatus;
import org.cadre.people.RosterFilter;
import org.cadre.people.RosterQuery;
import org.cadre.people.RosterRow;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.NotFoundException;
import org.cadre.shared.PageRequest;
import org.cadre.shared.Text;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Running member welfare: the union (welfare:manage) keeps the scheme's items and budgets, handles applications
 * (approve or reject with a reason) and records payments; an employee applies for themself and sees their own.
 */
@Service
class WelfareCommands {

    static final String READERS = "hasAnyAuthority('congress:read', 'welfare:manage')";

    public record ItemSpec(Integer year, String name, Welfare.EventKind eventKind, BigDecimal standardAmount,
                    Integer minServiceYears, List<PersonStatus> eligibleStatuses, BigDecimal yearlyLimit) {
    }

    private final WelfareRepository repository;
    private final AccessControl access;
    private final OrganizationQueries organization;
    private final RosterQuery roster;
    private final AuditLog audit;
    private final Clock clock;
    private final PersonNames names;

    WelfareCommands(WelfareRepository repository, AccessControl access, OrganizationQueries organization,
                    RosterQuery roster, AuditLog audit, Clock clock, PersonNames names) {
        this.names = names;
        this.repository = repository;
        this.access = access;
        this.organization = organization;
        this.roster = roster;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAuthority('welfare:manage')")
    public long createItem(ItemSpec spec) {
        requireCompanyWide();
        if (spec.year() == null || spec.year() < 2000 || spec.year() > 2200) {
            throw BusinessRuleException.onField("year", "welfare.validation.year");
        }
        String name = Text.blankToNull(spec.name());
        if (name == null || name.length() > 100) {
            throw BusinessRuleException.onField("name", "proposal.validation.required");
        }
        if (spec.eventKind() == null) {
            throw BusinessRuleException.onField("eventKind", "proposal.validation.required");
        }
        if (spec.standardAmount() == null || spec.standardAmount().signum() <= 0) {
            throw BusinessRuleException.onField("standardAmount", "welfare.validation.amount");
        }
        int minYears = spec.minServiceYears() == null ? 0 : spec.minServiceYears();
        if (minYears < 0 || minYears > 60) {
            throw BusinessRuleException.onField("minServiceYears", "welfare.validation.years");
        }
        if (spec.yearlyLimit() != null && spec.yearlyLimit().compareTo(spec.standardAmount()) < 0) {
            throw BusinessRuleException.onField("yearlyLimit", "welfare.validation.limit");
        }
        if (repository.itemExists(spec.year(), name)) {
            throw BusinessRuleException.onField("name", "welfare.item.exists", name, spec.year());
        }
        List<PersonStatus> statuses = spec.eligibleStatuses() == null || spec.eligibleStatuses().isEmpty()
                ? List.of(PersonStatus.ACTIVE) : List.copyOf(new java.util.LinkedHashSet<>(spec.eligibleStatuses()));
        long id = repository.insertItem(spec.year(), name, spec.eventKind(), spec.standardAmount(), minYears,
                WelfareRepository.statuses(statuses), spec.yearlyLimit());
        audit.record("welfare.item.created", "congress_welfare_item", id, spec.year() + " " + name, null, spec);
        return id;
    }

    /** Sets (or changes) an item's yearly budget in a unit; the earlier amount stays in the audit log. */
    @Transactional
    @PreAuthorize("hasAuthority('welfare:manage')")
    public void setBudget(long itemId, long unitId, BigDecimal amount) {
        requireCompanyWide();
        Welfare.Item item = repository.item(itemId).orElseThrow(() -> new NotFoundException("welfare item", itemId));
        if (organization.findUnit(unitId, today()).isEmpty()) {
            throw BusinessRuleException.onField("unit", "proposal.unit.unknown", unitId);
        }
        if (amount == null || amount.signum() < 0) {
            throw BusinessRuleException.onField("amount", "welfare.validation.amount");
        }
        Optional<BigDecimal> before = repository.budget(itemId, unitId);
        repository.putBudget(itemId, unitId, amount);
        audit.record("welfare.budget.set", "congress_welfare_item", itemId, item.name() + " / " + unitId,
                before.map(b -> Map.of("unit", unitId, "amount", b)).orElse(null), Map.of("unit", unitId, "amount", amount));
    }

    /**
     * An application: by the employee for themself, or by the union for a member within its scope.
     *
     * @param employeeNo null for oneself
     * @param amount     null for the item's standard amount
     */
    @Transactional
    @PreAuthorize(READERS)
    public long apply(long itemId, String employeeNo, LocalDate eventDate, BigDecimal amount, String reason) {
        Welfare.Item item = repository.item(itemId).orElseThrow(() -> BusinessRuleException.onField("itemId",
                "welfare.item.unknown"));
        RosterRow person = applicant(Text.blankToNull(employeeNo));
        if (eventDate == null || eventDate.getYear() != item.year() || eventDate.isAfter(today().plusDays(90))) {
            throw BusinessRuleException.onField("eventDate", "welfare.apply.eventDate", item.year());
        }
        BigDecimal asked = amount == null ? item.standardAmount() : amount;
        if (asked.signum() <= 0 || asked.compareTo(item.standardAmount()) > 0) {
            throw BusinessRuleException.onField("amount", "welfare.apply.amount", item.standardAmount().toPlainString());
        }
        checkEligible(item, person, eventDate);
        BigDecimal taken = repository.takenThisYear(itemId, person.id());
        if (item.yearlyLimit() != null && taken.add(asked).compareTo(item.yearlyLimit()) > 0) {
            throw BusinessRuleException.onField("amount", "welfare.apply.limit", item.yearlyLimit().toPlainString(),
                    taken.toPlainString());
        }
        String why = Text.blankToNull(reason);
        if (why != null && why.length() > 1000) {
            throw BusinessRuleException.onField("reason", "proposal.validation.tooLong", 1000);
        }
        long id = repository.insertApplication(itemId, person.id(), person.unitId(), eventDate, asked, why, actor(), now());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("item", itemId);
        after.put("person", person.id());
        after.put("amount", asked);
        after.put("eventDate", eventDate);
        audit.record("welfare.application.submitted", "congress_welfare_application", id,
                person.name() + ": " + item.name(), null, after);
        return id;
    }

    /** The scheme's rules: a person status it pays to, and enough years of service on the day of the event. */
    static void checkEligible(Welfare.Item item, RosterRow person, LocalDate eventDate) {
        if (!item.eligibleStatuses().contains(person.status())) {
            throw BusinessRuleException.onField("employeeNo", "welfare.apply.status", person.name());
        }
        if (item.minServiceYears() > 0) {
            LocalDate joined = person.companyJoinDate();
            if (joined == null || Period.between(joined, eventDate).getYears() < item.minServiceYears()) {
                throw BusinessRuleException.onField("employeeNo", "welfare.apply.service", person.name(),
                        item.minServiceYears());
            }
        }
    }

    @Transactional
    @PreAuthorize("hasAuthority('welfare:manage')")
    public void decide(long applicationId, boolean approve, String reason) {
        Welfare.Application a = reachable(applicationId);
        if (a.state() != Welfare.ApplicationState.SUBMITTED) {
            throw new BusinessRuleException("welfare.decide.decided");
        }
        String why = Text.blankToNull(reason);
        if (!approve && why == null) {
            throw BusinessRuleException.onField("reason", "welfare.decide.reason");
        }
        if (approve) {
            BigDecimal budget = repository.budget(a.itemId(), a.unitId()).orElse(null);
            if (budget != null && repository.spent(a.itemId(), a.unitId()).add(a.amount()).compareTo(budget) > 0) {
                throw new BusinessRuleException("welfare.decide.overBudget", budget.toPlainString());
            }
        }
        Welfare.ApplicationState state = approve ? Welfare.ApplicationState.APPROVED : Welfare.ApplicationState.REJECTED;
        repository.decide(applicationId, state, actor(), now(), approve ? null : why);
        audit.record(approve ? "welfare.application.approved" : "welfare.application.rejected",
                "congress_welfare_application", applicationId, a.itemName(), Map.of("state", a.state()),
                why == null ? Map.of("state", state) : Map.of("state", state, "reason", why));
    }

    @Transactional
    @PreAuthorize("hasAuthority('welfare:manage')")
    public void pay(long applicationId, BigDecimal amount, LocalDate paidOn, String reference) {
        Welfare.Application a = reachable(applicationId);
        if (a.state() != Welfare.ApplicationState.APPROVED) {
            throw new BusinessRuleException("welfare.pay.notApproved");
        }
        BigDecimal paid = amount == null ? a.amount() : amount;
        if (paid.signum() <= 0 || paid.compareTo(a.amount()) > 0) {
            throw BusinessRuleException.onField("amount", "welfare.apply.amount", a.amount().toPlainString());
        }
        if (paidOn == null || paidOn.isAfter(today())) {
            throw BusinessRuleException.onField("paidOn", "welfare.pay.date");
        }
        String ref = Text.blankToNull(reference);
        if (ref == null || ref.length() > 100) {
            throw BusinessRuleException.onField("reference", "proposal.validation.required");
        }
        repository.pay(applicationId, paid, paidOn, ref, actor(), now());
        audit.record("welfare.application.paid", "congress_welfare_application", applicationId, a.itemName(),
                Map.of("state", a.state()), Map.of("state", "PAID", "amount", paid, "paidOn", paidOn, "reference", ref));
    }

    /** What the reader reaches: welfare:manage's scope, and always their own applications. */
    WelfareRepository.Reach reach() {
        DataScope scope = access.scopeFor(Permissions.WELFARE_MANAGE);
        Long me = access.currentUser().map(CurrentUser::personId).orElse(null);
        if (scope.all()) {
            return new WelfareRepository.Reach(true, List.of(), me);
        }
        return new WelfareRepository.Reach(false, scope.isEmpty() ? List.of()
                : List.copyOf(new HashSet<>(organization.unitIdsWithin(scope, today()))), me);
    }

    boolean manages() {
        return !access.scopeFor(Permissions.WELFARE_MANAGE).isEmpty();
    }

    boolean managesAll() {
        return access.scopeFor(Permissions.WELFARE_MANAGE).all();
    }

    private Welfare.Application reachable(long id) {
        Welfare.Application a = repository.lockApplication(id).orElseThrow(() -> new NotFoundException("application", id));
        DataScope scope = access.requireScope(Permissions.WELFARE_MANAGE);
        if (!organization.isWithin(a.unitId(), scope, today())) {
            throw new NotFoundException("application", id);
        }
        return a;
    }

    private RosterRow applicant(String employeeNo) {
        CurrentUser user = access.requireUser();
        if (employeeNo == null) {
            if (user.personId() == null) {
                throw new BusinessRuleException("proposal.noPerson");
            }
            return find(user.personId())
                    .orElseThrow(() -> new BusinessRuleException("proposal.noPerson"));
        }
        DataScope scope = access.scopeFor(Permissions.WELFARE_MANAGE);
        RosterRow row = Optional.ofNullable(names.idsByEmployeeNo(List.of(employeeNo)).get(employeeNo)).flatMap(this::find)
                .orElseThrow(() -> BusinessRuleException.onField("employeeNo", "proposal.cosigners.unknown", employeeNo));
        if (Objects.equals(row.id(), user.personId())) {
            return row;
        }
        if (scope.isEmpty() || !organization.isWithin(row.unitId(), scope, today())) {
            throw new AccessDeniedException("welfare:manage does not reach " + employeeNo);
        }
        return row;
    }

    /**
     * The person as the roster shows them today (status, unit, date joined): the roster read within a scope of that
     * one person, so it is exactly them however many others share part of their name or number.
     */
    private Optional<RosterRow> find(long personId) {
        return roster.page(RosterFilter.everybody(today()), new DataScope(false, java.util.Set.of(), personId),
                new PageRequest(0, 2)).items().stream().filter(r -> r.id() == personId).findFirst();
    }

    private void requireCompanyWide() {
        if (!managesAll()) {
            throw new AccessDeniedException("welfare:manage is not granted for the whole company");
        }
    }

    String actor() {
        return access.currentUser().map(CurrentUser::getUsername).orElse("system");
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
