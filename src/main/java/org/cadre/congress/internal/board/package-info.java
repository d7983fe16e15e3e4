/**
 * The transparency board (厂务公开): disclosure categories with the period they must be disclosed in (overdue ones
 * flagged), items published by disclosure:manage for a unit within its scope or for the whole company with
 * attachments, unique readers, comments and their moderation (hidden with a reason, kept).
 */
package org.cadre.congress.internal.board;
