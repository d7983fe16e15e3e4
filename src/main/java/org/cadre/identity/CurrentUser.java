package org.cadre.identity;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in account with its grants; kept in the (database-backed) session, hence serializable. */
public final class CurrentUser implements UserDetails, CredentialsContainer, Serializable {

    private final long accountId;
    private final String username;
    private final String displayName;
    private final Long personId;
    private final List<Grant> grants;
    private final boolean locked;
    private final boolean enabled;
    private String passwordHash;

    public CurrentUser(long accountId, String username, String displayName, Long personId, List<Grant> grants,
                       boolean locked, boolean enabled, String passwordHash) {
        this.accountId = accountId;
        this.username = username;
        this.displayName = displayName;
        this.personId = personId;
        this.grants = List.copyOf(grants);
        this.locked = locked;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    public long accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public Long personId() {
        return personId;
    }

    public List<Grant> grants() {
        return grants;
    }

    public boolean can(String permission) {
        return grants.stream().anyMatch(g -> carries(g, permission));
    }

    /** The union of the scopes of every grant whose role holds the permission. */
    public DataScope scopeFor(String permission) {
        Set<Long> units = new HashSet<>();
        Long self = null;
        for (Grant grant : grants) {
            if (!carries(grant, permission)) {
                continue;
            }
            switch (grant.scopeKind()) {
                case ALL -> {
                    return DataScope.everything();
                }
                case UNIT -> units.add(grant.scopeUnitId());
                case SELF -> self = personId;
            }
        }
        return new DataScope(false, units, self);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return grants.stream().flatMap(g -> g.permissions().stream().filter(p -> carries(g, p))).distinct()
                .map(SimpleGrantedAuthority::new).toList();
    }

    /** Whether the grant gives the permission: its role holds it, and within its scope it means something. */
    private static boolean carries(Grant grant, String permission) {
        return grant.permissions().contains(permission)
                && (grant.scopeKind() == ScopeKind.ALL || !Permissions.COMPANY_WIDE.contains(permission));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CurrentUser u && u.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return username;
    }
}
