/**
 * People (人员): the personnel roster. Owns the tables {@code people_person} (the standard personnel fields, status,
 * home unit, optimistic-lock version), {@code people_unit_membership} (which unit a person belonged to and when;
 * {@code people_person.unit_id} mirrors the open row), {@code people_status_change} (the status history: from, to,
 * effective date, reason, who recorded it) and {@code people_photo}.
 *
 * <p>Public API: {@link org.cadre.people.RosterQuery} (the roster, filtered, sorted and paged in the database, on
 * any date; also streamed for exports) with {@link org.cadre.people.RosterFilter}, {@link org.cadre.people.RosterRow}
 * and {@link org.cadre.people.RosterSort}; the closed sets {@link org.cadre.people.Gender},
 * {@link org.cadre.people.PersonStatus} (ACTIVE, RETIRED, LEFT, SECONDED — any status may follow any other),
 * {@link org.cadre.people.PoliticalAffiliation}, {@link org.cadre.people.EducationLevel}; and
 * {@link org.cadre.people.Age}; the extension point {@link org.cadre.people.ProfileLink}, through which other
 * modules add links (e.g. assessment results) to a person's profile; the command
 * {@link org.cadre.people.PersonStatuses} (a status change from a date with a reason, for modules whose own decision
 * changes it, e.g. a cadre's retirement) and the event {@link org.cadre.people.PersonStatusChanged}, published by
 * every status change (roster page, API, import, command) inside its transaction; the query
 * {@link org.cadre.people.PersonStatusHistory} (a person's status changes, shown on the profile and under
 * {@code /api/v1/people/{id}/status-history} with the profile's permission and scope). It implements the SPIs {@code organization.PersonLookup} and
 * {@code identity.PersonDirectory}, and follows {@code PrimaryAssignmentChanged} and {@code UnitMerged} to move
 * people's home units. Pages under {@code /people}, JSON under {@code /api/v1/people}, Excel import and export.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "organization"})
package org.cadre.people;
