package org.cadre.identity.internal;

import org.cadre.identity.ScopeKind;

/** One grant of an account: a role within a scope (a unit's subtree when the scope is UNIT). */
public record GrantState(long id, String role, ScopeKind scope, Long unitId) {
}
