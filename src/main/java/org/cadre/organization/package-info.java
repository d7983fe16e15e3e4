/**
 * Organization (组织机构): the unit tree with effective-dated versions (opened, renamed, moved, merged, dissolved),
 * posts (岗位/职务) with level, track and approved count (职数), and assignments of people to posts (任职), each
 * effective-dated with its document reference. Public API: {@link org.cadre.organization.OrganizationQueries},
 * the enums {@link org.cadre.organization.PostLevel}, {@link org.cadre.organization.UnitKind}, the event
 * {@link org.cadre.organization.PrimaryAssignmentChanged} and the SPI {@link org.cadre.organization.PersonLookup}
 * that the people module implements.
 */
package org.cadre.organization;
