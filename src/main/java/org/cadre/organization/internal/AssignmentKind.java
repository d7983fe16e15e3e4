package org.cadre.organization.internal;

/** A person's main post (主职, at most one at a time), or a concurrent one (兼职). */
enum AssignmentKind {
    PRIMARY, CONCURRENT
}
