package org.cadre.assessment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

import org.cadre.identity.AccessControl;
import org.cadre.identity.CurrentUser;
import org.cadre.identity.DataScope;
import org.cadre.identity.Permissions;
import org.cadre.organization.OrganizationQueries;
import org.cadre.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may reach what: a cycle's settings and steps belong to whoever holds the permission for the whole company;
 * an appraisee is reached when the permission's scope reaches the unit they were appraised in (or they are the
 * user). An appraisee outside the scope is "not found" (we do not say which).
 */
@Component
class AssessmentAccess {

    private final AccessControl access;
    private final OrganizationQueries organization;
    private final Clock clock;

    AssessmentAccess(AccessControl access, OrganizationQueries organization, Clock clock) {
        this.access = access;
        this.organization = organization;
        this.clock = clock;
    }

    CycleRepository.Reach reach(String permission) {
        DataScope scope = access.requireScope(permission);
        if (scope.all()) {
            return CycleRepository.Reach.everything();
        }
        return new CycleRepository.Reach(false, organization.unitIdsWithin(scope, today()), scope.selfPersonId());
    }

    /** The reach, or nothing when the permission is not held (for optional parts of a page). */
    CycleRepository.Reach reachIfHeld(String permission) {
        return access.scopeFor(permission).isEmpty() ? new CycleRepository.Reach(false, java.util.List.of(), null)
                : reach(permission);
    }

    /**
     * The permission whose scope a reader's lists use: one held for the whole company if any, else read, manage or
     * decide, the first held.
     */
    String viewPermission() {
        java.util.List<String> all = java.util.List.of(Permissions.ASSESSMENT_READ, Permissions.ASSESSMENT_MANAGE,
                Permissions.ASSESSMENT_DECIDE);
        return all.stream().filter(this::companyWide).findFirst()
                .or(() -> all.stream().filter(p -> !access.scopeFor(p).isEmpty()).findFirst())
                .orElse(Permissions.ASSESSMENT_READ);
    }

    boolean scopeIfHeldEmpty(String permission) {
        return access.scopeFor(permission).isEmpty();
    }

    void requireCompanyWide(String permission) {
        if (!access.requireScope(permission).all()) {
            throw new AccessDeniedException(permission + " is not granted for the whole company");
        }
    }

    boolean companyWide(String permission) {
        return access.scopeFor(permission).all();
    }

    boolean reaches(String permission, Appraisee appraisee) {
        DataScope scope = access.scopeFor(permission);
        return !scope.isEmpty() && reaches(scope, appraisee.personId(), appraisee.unitId());
    }

    boolean reaches(DataScope scope, long personId, long unitId) {
        return scope.all() || Objects.equals(scope.selfPersonId(), personId)
                || organization.isWithin(unitId, scope, today());
    }

    /**
     * For a change to an appraisal (scores, grade, decisions, past results): the scope must reach the appraisee's
     * unit ("self" does not count: managing oneself is not managing), and nobody changes their own appraisal,
     * whatever their scope.
     */
    Appraisee requireManaged(Appraisee appraisee, String permission) {
        DataScope scope = access.requireScope(permission);
        if (!manages(scope, appraisee.personId(), appraisee.unitId())) {
            throw new NotFoundException("appraisee", appraisee.id());
        }
        return appraisee;
    }

    /** Whether a write scope reaches this person: their unit is within it and they are not the user themself. */
    boolean manages(DataScope scope, long personId, long unitId) {
        if (isMe(personId)) {
            return false;
        }
        return scope.all() || organization.isWithin(unitId, scope, today());
    }

    boolean manages(String permission, Appraisee appraisee) {
        DataScope scope = access.scopeFor(permission);
        return !scope.isEmpty() && manages(scope, appraisee.personId(), appraisee.unitId());
    }

    private boolean isMe(long personId) {
        return access.currentUser().map(CurrentUser::personId).filter(me -> me == personId).isPresent();
    }

    Appraisee require(Appraisee appraisee, String permission) {
        DataScope scope = access.requireScope(permission);
        if (!reaches(scope, appraisee.personId(), appraisee.unitId())) {
            throw new NotFoundException("appraisee", appraisee.id());
        }
        return appraisee;
    }

    DataScope scope(String permission) {
        return access.requireScope(permission);
    }

    String actor() {
        return access.currentUser().map(CurrentUser::getUsername).orElse("system");
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
