/**
 * Identity: accounts (linked to people), roles made of permissions, grants with a data scope, API tokens, login
 * throttling and the audit log. Public API: {@link org.cadre.identity.Permissions}, {@link org.cadre.identity.DataScope},
 * {@link org.cadre.identity.CurrentUser}, {@link org.cadre.identity.AccessControl}, {@link org.cadre.identity.AuditLog}.
 * It depends on no other module except shared; other modules implement {@link org.cadre.identity.PersonDirectory} so
 * that accounts can be linked to people.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.cadre.identity;
