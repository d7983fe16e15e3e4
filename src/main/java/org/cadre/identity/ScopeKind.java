package org.cadre.identity;

/** How far a grant reaches: the whole company, one unit and everything below it, or the person themself. */
public enum ScopeKind {
    ALL, UNIT, SELF
}
