/**
 * Workers' Congress (职工代表大会) and democratic management, run by the trade union all year: congress terms and
 * meetings, delegates and their composition, attendance and quorum, votes on the ballot engine, breakout
 * discussions, proposals and their answers, the transparency board (厂务公开) and member welfare.
 * <p>
 * Parts, each an internal sub-package with its own tables ({@code congress_*}), pages under {@code /congress/…}, JSON
 * under {@code /api/v1/congress/…} and messages ({@code messages/congress}, {@code messages/congress-proposals}).
 * <p>
 * Who may do what: congress:read reads, congress:manage runs the congress (the union), proposal:answer answers the
 * proposals assigned to units within its scope, disclosure:manage publishes on the board, welfare:manage runs
 * welfare. Delegates are people on a term's delegate list, not a permission.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workers' Congress", allowedDependencies = {"shared",
        "identity", "organization", "people", "ballots", "notifications"})
package org.cadre.congress;
