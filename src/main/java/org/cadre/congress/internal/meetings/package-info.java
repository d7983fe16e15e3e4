/**
 * The congress's meetings part: terms and meetings ({@link org.cadre.congress.internal.meetings.Meetings}) with their
 * venues, video sites (分会场) and agenda items with materials; delegates
 * ({@link org.cadre.congress.internal.meetings.Delegates}: election, Excel import all or nothing, replacement with
 * history, composition rules per term, delegation secretaries read through
 * {@link org.cadre.congress.internal.meetings.DelegationSecretaries}); attendance
 * ({@link org.cadre.congress.internal.meetings.Attendance}: the venue's QR code, officers by employee number, site
 * officers at video sites, the quorum of two thirds of all delegates); votes
 * ({@link org.cadre.congress.internal.meetings.Votes}: a secret ballot on the ballot engine for the delegates present,
 * or entered counts, decided by {@link org.cadre.congress.internal.meetings.AdoptionRule}: more than half of ALL
 * delegates of the term). Reminders go through {@link org.cadre.congress.internal.meetings.CongressReminders}, sent as
 * in-app notifications (a vote opened, to the delegates present; an overdue required disclosure, to the board's
 * editors, daily at {@code cadre.congress.board.overdue-cron}, default 09:00; a returning delegate's seat already
 * filled, to the union). {@link org.cadre.congress.internal.meetings.DelegateExits} vacates the seats of a delegate who
 * retires or leaves, and gives them back, when still vacant, if that exit is undone.
 */
package org.cadre.congress.internal.meetings;
