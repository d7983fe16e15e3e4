package org.cadre.cadres.internal.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cadre.cadres.internal.selection.SelectionMethod.DEMOCRATIC_RECOMMENDATION;
import static org.cadre.cadres.internal.selection.SelectionMethod.OPEN_COMPETITION;
import static org.cadre.cadres.internal.selection.SelectionMethod.ORGANIZATION_NOMINATION;
import static org.cadre.cadres.internal.selection.SelectionState.*;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.cadre.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SelectionStateTest {

    /** Every move allowed without an exception, per method, written out by hand from the rules. */
    static final Map<SelectionState, Set<SelectionState>> RECOMMENDED = Map.ofEntries(
            Map.entry(MOTION, EnumSet.of(RECOMMENDATION, CANCELLED)),
            Map.entry(RECOMMENDATION, EnumSet.of(INSPECTION, CANCELLED)),
            Map.entry(INSPECTION, EnumSet.of(DECISION, CANCELLED)),
            Map.entry(DECISION, EnumSet.of(PUBLIC_NOTICE, CANCELLED)),
            Map.entry(PUBLIC_NOTICE, EnumSet.of(APPOINTED, CANCELLED)),
            Map.entry(APPOINTED, EnumSet.of(CONFIRMED, REMOVED)));

    static final Map<SelectionState, Set<SelectionState>> COMPETED = Map.ofEntries(
            Map.entry(MOTION, EnumSet.of(REGISTRATION, CANCELLED)),
            Map.entry(REGISTRATION, EnumSet.of(ELIGIBILITY, CANCELLED)),
            Map.entry(ELIGIBILITY, EnumSet.of(SCORING, CANCELLED)),
            Map.entry(SCORING, EnumSet.of(INSPECTION, CANCELLED)),
            Map.entry(INSPECTION, EnumSet.of(DECISION, CANCELLED)),
            Map.entry(DECISION, EnumSet.of(PUBLIC_NOTICE, CANCELLED)),
            Map.entry(PUBLIC_NOTICE, EnumSet.of(APPOINTED, CANCELLED)),
            Map.entry(APPOINTED, EnumSet.of(CONFIRMED, REMOVED)));

    @ParameterizedTest
    @EnumSource(SelectionMethod.class)
    void exactly_the_moves_of_the_rules_are_allowed_and_every_other_is_refused(SelectionMethod method) {
        Map<SelectionState, Set<SelectionState>> expected = method == OPEN_COMPETITION ? COMPETED : RECOMMENDED;
        for (SelectionState from : SelectionState.values()) {
            for (SelectionState to : SelectionState.values()) {
                boolean allowed = expected.getOrDefault(from, Set.of()).contains(to);
                assertThat(from.allows(method, to)).as("%s: %s → %s", method, from, to).isEqualTo(allowed);
                if (allowed) {
                    assertThatCode(() -> from.requireMove(method, to, false)).doesNotThrowAnyException();
                } else {
                    assertThatThrownBy(() -> from.requireMove(method, to, false)).as("%s → %s", from, to)
                            .isInstanceOf(BusinessRuleException.class);
                }
            }
        }
    }

    @Test
    void the_recommendation_is_not_part_of_an_open_competition_nor_registration_of_a_recommendation() {
        assertThat(MOTION.allows(OPEN_COMPETITION, RECOMMENDATION)).isFalse();
        assertThat(MOTION.allows(ORGANIZATION_NOMINATION, REGISTRATION)).isFalse();
        assertThat(MOTION.allowsByException(OPEN_COMPETITION, RECOMMENDATION)).isFalse();
    }

    @Test
    void skipping_the_recommendation_needs_an_exception_and_names_both_steps() {
        assertThatThrownBy(() -> MOTION.requireMove(DEMOCRATIC_RECOMMENDATION, INSPECTION, false))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo("selection.transition.needsException");
        assertThatCode(() -> MOTION.requireMove(DEMOCRATIC_RECOMMENDATION, INSPECTION, true))
                .doesNotThrowAnyException();
    }

    @Test
    void going_back_a_step_needs_an_exception_too() {
        assertThat(DECISION.allows(ORGANIZATION_NOMINATION, INSPECTION)).isFalse();
        assertThat(DECISION.allowsByException(ORGANIZATION_NOMINATION, INSPECTION)).isTrue();
    }

    @Test
    void no_exception_reaches_the_appointment_or_moves_after_it() {
        assertThat(DECISION.allowsByException(ORGANIZATION_NOMINATION, APPOINTED)).isFalse();
        assertThat(APPOINTED.allowsByException(ORGANIZATION_NOMINATION, INSPECTION)).isFalse();
        assertThatThrownBy(() -> APPOINTED.requireMove(ORGANIZATION_NOMINATION, PUBLIC_NOTICE, true))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("selection.transition.refused");
        assertThatThrownBy(() -> INSPECTION.requireMove(ORGANIZATION_NOMINATION, CONFIRMED, true))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("selection.transition.refused");
    }

    @ParameterizedTest
    @EnumSource(value = SelectionState.class, names = {"CONFIRMED", "REMOVED", "CANCELLED"})
    void nothing_leaves_an_end(SelectionState end) {
        assertThat(end.terminal()).isTrue();
        for (SelectionMethod method : SelectionMethod.values()) {
            for (SelectionState to : SelectionState.values()) {
                assertThat(end.allows(method, to) || end.allowsByException(method, to)).isFalse();
            }
        }
    }

    @Test
    void the_next_step_follows_the_path_of_the_method() {
        assertThat(MOTION.next(DEMOCRATIC_RECOMMENDATION)).isEqualTo(RECOMMENDATION);
        assertThat(MOTION.next(OPEN_COMPETITION)).isEqualTo(REGISTRATION);
        assertThat(SCORING.next(OPEN_COMPETITION)).isEqualTo(INSPECTION);
        assertThat(PUBLIC_NOTICE.next(ORGANIZATION_NOMINATION)).isEqualTo(APPOINTED);
        assertThat(APPOINTED.next(ORGANIZATION_NOMINATION)).isNull();
    }
}
