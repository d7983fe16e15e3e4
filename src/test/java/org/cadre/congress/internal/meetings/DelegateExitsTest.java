package org.cadre.congress.internal.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.cadre.congress.internal.meetings.DelegateExits.EndedSeat;
import org.cadre.congress.internal.meetings.DelegateExits.Outcome;
import org.junit.jupiter.api.Test;

/** Which seats an undone exit gives back, and how each is treated. */
class DelegateExitsTest {

    static final LocalDate EARLIER = LocalDate.of(2025, 3, 1);
    static final LocalDate EXIT = LocalDate.of(2026, 6, 1);

    EndedSeat older = new EndedSeat(1, 10, EARLIER, null, false);
    EndedSeat ofTheExit = new EndedSeat(2, 10, EXIT, null, false);
    EndedSeat otherTerm = new EndedSeat(3, 11, EXIT, null, false);

    @Test
    void the_seats_ended_on_the_day_of_the_exit_being_undone_are_considered() {
        assertThat(DelegateExits.endedBy(Optional.of(EXIT), List.of(older, ofTheExit, otherTerm)))
                .containsExactly(ofTheExit, otherTerm);
        assertThat(DelegateExits.endedBy(Optional.of(EARLIER), List.of(older, ofTheExit))).containsExactly(older);
    }

    @Test
    void without_a_recorded_exit_the_latest_ended_seats_are_considered_and_a_date_matching_none_gives_none() {
        assertThat(DelegateExits.endedBy(Optional.empty(), List.of(older, ofTheExit))).containsExactly(ofTheExit);
        assertThat(DelegateExits.endedBy(Optional.empty(), List.of())).isEmpty();
        assertThat(DelegateExits.endedBy(Optional.of(LocalDate.of(2026, 9, 1)), List.of(older, ofTheExit))).isEmpty();
    }

    @Test
    void an_unfilled_seat_is_reopened_a_filled_one_reported_and_none_while_sitting_on_another_seat() {
        assertThat(DelegateExits.decide(ofTheExit)).isEqualTo(Outcome.REOPEN);
        assertThat(DelegateExits.decide(new EndedSeat(2, 10, EXIT, 7L, false))).isEqualTo(Outcome.FILLED);
        assertThat(DelegateExits.decide(new EndedSeat(2, 10, EXIT, null, true))).isEqualTo(Outcome.KEEP);
    }
}
