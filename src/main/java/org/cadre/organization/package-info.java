/**
 * Organization (组织机构): the unit tree with effective-dated versions (opened, renamed, moved, merged, dissolved),
 * posts (岗位/职务) with level, track and approved count (职数), and assignments of people to posts (任职), each
 * effective-dated with its document reference.
 * <p>
 * Public API: {@link org.cadre.organization.OrganizationQueries} (units and subtrees on a date, current posts,
 * assignment histories, scope checks), {@link org.cadre.organization.Appointments} (appointing, ending, transferring,
 * annulling and reopening, for imports and the cadre workflow), the enums {@link org.cadre.organization.PostLevel} and {@link org.cadre.organization.UnitKind},
 * the events {@link org.cadre.organization.PrimaryAssignmentChanged} and {@link org.cadre.organization.UnitMerged},
 * and the SPI {@link org.cadre.organization.PersonLookup} that the people module implements. The module implements
 * identity's {@code UnitDirectory}.
 * <p>
 * Time: every period is [valid_from, valid_to). A unit change closes the current version on its effective date
 * (never earlier than that version began) and opens the next; a change on the very day a version began leaves it as
 * an empty period, kept in the history. A unit is open while it has a version without an end; merging or
 * dissolving ends it for good. An assignment is open until it is ended (removed, resigned, retired, transferred,
 * term ended); rows are never deleted. One recorded in error is annulled: closed to an empty period (end reason
 * ANNULLED, with the reason), kept in the histories but seen by no as-of query; an end recorded in error is undone
 * by reopening, refused when something since conflicts ({@code Appointments.annul}, {@code Appointments.reopen}). A
 * post is active until closed, which needs it to be vacant.
 * <p>
 * Inside ({@code internal}): domain values and rules ({@code Period}, {@code UnitVersion}, {@code UnitHierarchy},
 * {@code AppointmentRules}), repositories with their SQL, the command services ({@code UnitCommands},
 * {@code PostCommands}, {@code AppointmentCommands}) that check permission, data scope and rules and write the audit
 * log, the pages ({@code UnitPages}, {@code UnitForms}, {@code PostPages}, {@code AssignmentPages}) and the JSON API
 * ({@code UnitApi}, {@code PostApi}, {@code AssignmentApi}).
 */
package org.cadre.organization;
