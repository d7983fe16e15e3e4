package org.cadre.cadres.internal.reserve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.cadre.organization.PostLevel;
import org.junit.jupiter.api.Test;

/** How successors are ranked, and which posts stand out. */
class SuccessionTest {

    private static Succession.Successor successor(long id, Readiness readiness, String nominated) {
        return new Succession.Successor(id, 100 + id, "P" + id, readiness, LocalDate.parse(nominated),
                ReserveState.RESERVE, false);
    }

    private static Succession.Row post(List<Succession.Successor> successors) {
        return new Succession.Row(1, "Head", PostLevel.MID_PRINCIPAL, 1, "Unit", List.of(), successors);
    }

    @Test
    void successors_are_ranked_by_readiness_then_by_the_earlier_nomination() {
        var later = successor(1, Readiness.ONE_TO_TWO_YEARS, "2025-06-01");
        var ready = successor(2, Readiness.READY_NOW, "2026-01-10");
        var earlier = successor(3, Readiness.ONE_TO_TWO_YEARS, "2024-03-01");
        var far = successor(4, Readiness.THREE_PLUS_YEARS, "2020-01-01");
        var readyEarlier = successor(5, Readiness.READY_NOW, "2025-01-10");

        assertThat(Succession.rank(List.of(later, ready, earlier, far, readyEarlier)))
                .extracting(Succession.Successor::entryId).containsExactly(5L, 2L, 3L, 1L, 4L);
    }

    @Test
    void equal_readiness_and_date_keep_the_earlier_entry_first() {
        var second = successor(8, Readiness.READY_NOW, "2025-01-01");
        var first = successor(7, Readiness.READY_NOW, "2025-01-01");
        assertThat(Succession.rank(List.of(second, first))).extracting(Succession.Successor::entryId)
                .containsExactly(7L, 8L);
    }

    @Test
    void a_post_without_a_successor_ready_now_stands_out() {
        assertThat(post(List.of()).lacksReadySuccessor()).isTrue();
        assertThat(post(List.of(successor(1, Readiness.ONE_TO_TWO_YEARS, "2025-01-01"))).lacksReadySuccessor()).isTrue();
        assertThat(post(List.of(successor(1, Readiness.ONE_TO_TWO_YEARS, "2025-01-01"),
                successor(2, Readiness.READY_NOW, "2025-01-01"))).lacksReadySuccessor()).isFalse();
    }

    @Test
    void a_review_is_due_within_the_window_or_overdue_only_while_the_entry_is_active() {
        LocalDate today = LocalDate.parse("2026-06-01");
        ReserveEntry dueSoon = entry(ReserveState.RESERVE, "2026-06-20");
        assertThat(dueSoon.reviewDue(today, 30)).isTrue();
        assertThat(dueSoon.reviewOverdue(today)).isFalse();
        assertThat(entry(ReserveState.UNDER_INSPECTION, "2026-05-01").reviewOverdue(today)).isTrue();
        assertThat(entry(ReserveState.RESERVE, "2026-08-01").reviewDue(today, 30)).isFalse();
        assertThat(entry(ReserveState.WITHDRAWN, "2026-05-01").reviewDue(today, 30)).isFalse();
    }

    private static ReserveEntry entry(ReserveState state, String due) {
        return new ReserveEntry(1, 1, "E1", "P", 1, PostLevel.MID_PRINCIPAL, null, 1, NominationSource.ORGANIZATION,
                "why", Readiness.READY_NOW, LocalDate.parse("2025-01-01"), state, LocalDate.parse(due), null, 0);
    }
}
