package org.cadre.congress.internal.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.cadre.identity.AccessControl;
import org.cadre.identity.CurrentUser;
import org.cadre.identity.Permissions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the congress: it is run for the whole company, so congress:manage must be held company-wide;
 * everyone who may read the congress reads terms, meetings, delegates, attendance and results.
 */
@Component
public class CongressAccess {

    private final AccessControl access;
    private final Clock clock;

    CongressAccess(AccessControl access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    public void requireManage() {
        requireCompanyWide(Permissions.CONGRESS_MANAGE);
    }

    public void requireCompanyWide(String permission) {
        if (!access.requireScope(permission).all()) {
            throw new AccessDeniedException(permission + " is not granted for the whole company");
        }
    }

    public boolean canManage() {
        return access.scopeFor(Permissions.CONGRESS_MANAGE).all();
    }

    public boolean can(String permission) {
        return !access.scopeFor(permission).isEmpty();
    }

    /** Reading the congress is not scoped: whoever holds congress:read (or manage, or disclosure:manage) reads it. */
    public void requireRead() {
        CurrentUser user = access.requireUser();
        if (!user.can(Permissions.CONGRESS_READ) && !user.can(Permissions.CONGRESS_MANAGE)
                && !user.can(Permissions.DISCLOSURE_MANAGE)) {
            throw new AccessDeniedException("missing congress:read");
        }
    }

    public CurrentUser user() {
        return access.requireUser();
    }

    public Long personId() {
        return access.currentUser().map(CurrentUser::personId).orElse(null);
    }

    public String actor() {
        return access.currentUser().map(CurrentUser::getUsername).orElse("system");
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
