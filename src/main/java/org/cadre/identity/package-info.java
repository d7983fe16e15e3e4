/**
 * Identity: accounts (linked to people), roles made of permissions, grants with a data scope, API tokens, login
 * throttling and the audit log. Public API: {@link org.cadre.identity.Permissions}, {@link org.cadre.identity.DataScope},
 * {@link org.cadre.identity.CurrentUser}, {@link org.cadre.identity.AccessControl}, {@link org.cadre.identity.AuditLog},
 * {@link org.cadre.identity.AuditTrail} (history of one thing, auditors' search) and
 * {@link org.cadre.identity.AccountAdministration} (create accounts, grant roles).
 * It depends on no other module except shared; the people and organization modules implement
 * {@link org.cadre.identity.PersonDirectory} and {@link org.cadre.identity.UnitDirectory} so that accounts can be linked
 * to people and grants scoped to units; without them, raw ids are shown and accepted.
 * <p>
 * An account is usable, locked by an administrator, blocked for a while after five failed sign-ins, or disabled;
 * a password set by an administrator is temporary until its holder chooses their own. Pages: /admin/accounts,
 * /admin/roles, /admin/audit, /account; JSON API under /api/v1 (me, users, roles, audit).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.cadre.identity;
