/**
 * The reserve pool (后备干部库) and the succession view (接替人选).
 * <p>
 * A {@link org.cadre.cadres.internal.reserve.ReserveEntry} puts a person forward for a target level (and optionally a
 * target post) with the source of the nomination, a reason and a {@link org.cadre.cadres.internal.reserve.Readiness};
 * one active entry per person and level. Each entry has a development plan (training, rotation 轮岗, temporary
 * posting 挂职, mentor 导师), periodic reviews (定期考察, the next due 12 months later unless set; due or overdue ones
 * feed the work queue as {@code RESERVE_REVIEW_DUE}) and a history of every change.
 * <p>
 * States ({@link org.cadre.cadres.internal.reserve.ReserveState}): RESERVE → UNDER_INSPECTION → APPOINTED | WITHDRAWN,
 * withdrawn also from RESERVE (with a reason), and back from UNDER_INSPECTION to RESERVE when a selection drops the
 * candidate. The selection part's events move entries ({@code ReserveSelectionListener}).
 * <p>
 * The succession view lists the key posts (company leaders and mid-level principals, optionally deputies) within the
 * reader's scope with their incumbents, term ends ({@code TermEnds}, else 3 years after the assignment began) and the
 * successors — entries for that post, or for its level in its unit — ranked by readiness, then nomination date. A
 * reader sees as successors only the entries their scope reaches. The view is paged in the database, and "only posts
 * lacking a ready successor" is a condition of the query ({@code PostHolders.pageOfLevels} leaves out the posts that
 * a ready-now entry covers), not a filter over a loaded list.
 * <p>
 * Commands: {@code ReserveCommands}; reads: {@code ReserveQueries}; pages: {@code ReservePages}; JSON:
 * {@code ReserveApi}; Excel: {@code SuccessionExport}.
 */
package org.cadre.cadres.internal.reserve;
