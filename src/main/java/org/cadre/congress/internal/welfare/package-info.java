/**
 * Member welfare (工会会员福利) by the adopted welfare scheme: benefit items of a year with their standard amount and
 * eligibility rules (person statuses, years of service, a yearly limit per person), budgets per item and unit,
 * applications by an employee for themself or by the union for a member, approval or rejection with a reason,
 * payments. Application states: SUBMITTED → APPROVED → PAID, or SUBMITTED → REJECTED. welfare:manage runs it within
 * its scope; everyone sees their own applications. Tables: {@code congress_welfare_*} (V97).
 */
package org.cadre.congress.internal.welfare;
