package org.cadre.cadres.internal.reserve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every move between the states of a reserve entry, allowed or refused. */
class ReserveStateTest {

    private static final Set<String> ALLOWED = Set.of(
            "RESERVE>UNDER_INSPECTION", "RESERVE>WITHDRAWN",
            "UNDER_INSPECTION>APPOINTED", "UNDER_INSPECTION>WITHDRAWN", "UNDER_INSPECTION>RESERVE");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "RESERVE, RESERVE", "RESERVE, UNDER_INSPECTION", "RESERVE, APPOINTED", "RESERVE, WITHDRAWN",
            "UNDER_INSPECTION, RESERVE", "UNDER_INSPECTION, UNDER_INSPECTION", "UNDER_INSPECTION, APPOINTED",
            "UNDER_INSPECTION, WITHDRAWN",
            "APPOINTED, RESERVE", "APPOINTED, UNDER_INSPECTION", "APPOINTED, APPOINTED", "APPOINTED, WITHDRAWN",
            "WITHDRAWN, RESERVE", "WITHDRAWN, UNDER_INSPECTION", "WITHDRAWN, APPOINTED", "WITHDRAWN, WITHDRAWN"})
    void an_entry_moves_only_along_the_allowed_transitions(ReserveState from, ReserveState to) {
        assertThat(from.canMoveTo(to)).isEqualTo(ALLOWED.contains(from + ">" + to));
    }

    @ParameterizedTest
    @CsvSource({"RESERVE, true", "UNDER_INSPECTION, true", "APPOINTED, false", "WITHDRAWN, false"})
    void only_entries_in_reserve_or_under_inspection_are_active(ReserveState state, boolean active) {
        assertThat(state.active()).isEqualTo(active);
    }
}
