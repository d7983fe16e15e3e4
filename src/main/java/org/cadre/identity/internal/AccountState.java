package org.cadre.identity.internal;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An account as administrators see it, and as the audit log records it before and after a change: never a password
 * or its hash.
 */
public record AccountState(long id, String username, String displayName, Long personId, boolean enabled,
                           boolean locked, boolean passwordTemporary, int failedLogins,
                           OffsetDateTime loginBlockedUntil, OffsetDateTime lastLoginAt, List<GrantState> grants) {

    public boolean blockedAt(OffsetDateTime now) {
        return loginBlockedUntil != null && loginBlockedUntil.isAfter(now);
    }
}
