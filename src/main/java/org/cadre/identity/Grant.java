package org.cadre.identity;

import java.io.Serializable;
import java.util.Set;

/** A role held within a data scope, as the signed-in user carries it. */
public record Grant(String roleCode, Set<String> permissions, ScopeKind scopeKind, Long scopeUnitId)
        implements Serializable {
}
