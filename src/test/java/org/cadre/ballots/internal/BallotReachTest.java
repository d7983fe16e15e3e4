package org.cadre.ballots.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cadre.ballots.BallotMode;
import org.cadre.ballots.BallotResults;
import org.cadre.ballots.BallotState;
import org.cadre.ballots.PassRule;
import org.cadre.ballots.Quorum;
import org.junit.jupiter.api.Test;

class BallotReachTest {

    @Test
    void a_unit_scoped_reach_takes_the_ballots_of_its_units_and_only_a_company_wide_one_takes_company_ballots() {
        BallotRepository.Reach units = new BallotRepository.Reach(false, Set.of(10L, 11L));
        BallotRepository.Reach all = new BallotRepository.Reach(true, Set.of());

        assertThat(units.reaches(11L)).isTrue();
        assertThat(units.reaches(12L)).isFalse();
        assertThat(units.reaches(null)).as("a company-wide ballot").isFalse();
        assertThat(all.reaches(null)).isTrue();
        assertThat(all.reaches(12L)).isTrue();
    }

    @Test
    void a_result_without_names_keeps_the_counts_and_drops_the_roll_call() {
        BallotResults named = new BallotResults(1, "Roll call", BallotMode.NAMED, BallotState.PUBLISHED, PassRule.NONE,
                Quorum.NONE, 2, 1, true, false, List.of(), List.of(),
                List.of(new BallotResults.NamedVote(7, "Voter", "Delegates", Map.of(3L, "FOR"))));

        BallotResults shown = named.withoutNames();

        assertThat(shown.namedVotes()).isEmpty();
        assertThat(shown.cast()).isEqualTo(1);
        assertThat(shown.eligible()).isEqualTo(2);
    }
}
