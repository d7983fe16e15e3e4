package org.cadre.identity;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is asking, and which data they may reach with a permission. */
@Component
public class AccessControl {

    public Optional<CurrentUser> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public CurrentUser requireUser() {
        return currentUser().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    /** The data scope of the current user for a permission; nothing when not signed in or not granted. */
    public DataScope scopeFor(String permission) {
        return currentUser().map(u -> u.scopeFor(permission)).orElse(DataScope.nothing());
    }

    /** The scope, refusing when it is empty: the user does not hold the permission at all. */
    public DataScope requireScope(String permission) {
        DataScope scope = scopeFor(permission);
        if (scope.isEmpty()) {
            throw new AccessDeniedException("missing " + permission);
        }
        return scope;
    }
}
