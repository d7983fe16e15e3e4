package org.cadre.identity.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cadre.identity.PersonDirectory.PersonRef;
import org.cadre.identity.ScopeKind;
import org.springframework.stereotype.Component;

/** Accounts as the JSON API shows them: with the linked person and the names of roles and units. */
@Component
class UserViews {

    private final Directories directories;
    private final RoleNames roleNames;
    private final Clock clock;

    UserViews(Directories directories, RoleNames roleNames, Clock clock) {
        this.directories = directories;
        this.roleNames = roleNames;
        this.clock = clock;
    }

    /** The linked person; employee number and name are null when no person directory is present. */
    record PersonView(long id, String employeeNo, String name) {
    }

    /** @param unitId and {@code unitName} when the scope is UNIT */
    record GrantView(long id, String role, String roleName, ScopeKind scope, Long unitId, String unitName) {
    }

    record UserView(long id, String username, String displayName, PersonView person, boolean enabled,
                    boolean locked, boolean loginBlocked, OffsetDateTime loginBlockedUntil, boolean passwordTemporary,
                    OffsetDateTime lastLoginAt, List<GrantView> grants) {
    }

    UserView user(AccountState account, Locale locale) {
        Map<String, String> roles = roleNames.all(locale);
        return new UserView(account.id(), account.username(), account.displayName(), person(account.personId()),
                account.enabled(), account.locked(), account.blockedAt(OffsetDateTime.now(clock)),
                account.loginBlockedUntil(), account.passwordTemporary(), account.lastLoginAt(),
                account.grants().stream().map(g -> grant(g, roles)).toList());
    }

    GrantView grant(GrantState grant, Map<String, String> roles) {
        return new GrantView(grant.id(), grant.role(), roles.get(grant.role()), grant.scope(), grant.unitId(),
                directories.unitLabel(grant.unitId()));
    }

    private PersonView person(Long personId) {
        return directories.person(personId).map(UserViews::view).orElse(null);
    }

    private static PersonView view(PersonRef ref) {
        return new PersonView(ref.id(), ref.employeeNo(), ref.name());
    }
}
