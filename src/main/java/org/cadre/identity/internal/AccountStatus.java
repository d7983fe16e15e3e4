package org.cadre.identity.internal;

/**
 * How an account stands for signing in: usable, locked by an administrator, blocked for a while after failed
 * attempts, or disabled.
 */
public enum AccountStatus {
    ACTIVE, LOCKED, BLOCKED, DISABLED
}
