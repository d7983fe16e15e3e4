package org.cadre.congress.internal.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cadre.congress.ProposalState.*;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.cadre.congress.ProposalState;
import org.cadre.congress.ProposalStep;
import org.cadre.shared.BusinessRuleException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every step from every state: allowed where the handling procedure says, refused (changing nothing) elsewhere. */
class ProposalStepTest {

    /** The procedure, written out again by hand: from which states each step may be taken, and where it leads. */
    static final Map<ProposalStep, Map.Entry<Set<ProposalState>, ProposalState>> PROCEDURE = new EnumMap<>(Map.ofEntries(
            Map.entry(ProposalStep.SUBMIT_FOR_COSIGNING, Map.entry(Set.of(DRAFT), AWAITING_COSIGNERS)),
            Map.entry(ProposalStep.SUBMIT, Map.entry(Set.of(DRAFT, AWAITING_COSIGNERS, RETURNED), SUBMITTED)),
            Map.entry(ProposalStep.WITHDRAW, Map.entry(Set.of(AWAITING_COSIGNERS), DRAFT)),
            Map.entry(ProposalStep.FILE, Map.entry(Set.of(SUBMITTED), IN_HANDLING)),
            Map.entry(ProposalStep.MERGE, Map.entry(Set.of(SUBMITTED), MERGED)),
            Map.entry(ProposalStep.CONVERT, Map.entry(Set.of(SUBMITTED), SUBMITTED)),
            Map.entry(ProposalStep.RETURN, Map.entry(Set.of(SUBMITTED), RETURNED)),
            Map.entry(ProposalStep.DECLINE, Map.entry(Set.of(SUBMITTED), DECLINED)),
            Map.entry(ProposalStep.REQUEST_REASSIGNMENT, Map.entry(Set.of(IN_HANDLING), REASSIGNMENT_REQUESTED)),
            Map.entry(ProposalStep.REASSIGN, Map.entry(Set.of(REASSIGNMENT_REQUESTED), IN_HANDLING)),
            Map.entry(ProposalStep.DRAFT_ANSWER, Map.entry(Set.of(IN_HANDLING), COUNTERSIGNING)),
            Map.entry(ProposalStep.ANSWER, Map.entry(Set.of(IN_HANDLING, COUNTERSIGNING), ANSWERED)),
            Map.entry(ProposalStep.ACCEPT, Map.entry(Set.of(ANSWERED), RATING)),
            Map.entry(ProposalStep.ACCEPT_AND_CLOSE, Map.entry(Set.of(ANSWERED), CLOSED)),
            Map.entry(ProposalStep.SEND_BACK, Map.entry(Set.of(ANSWERED), IN_HANDLING)),
            Map.entry(ProposalStep.CLOSE, Map.entry(Set.of(RATING), CLOSED)),
            Map.entry(ProposalStep.HANDLE_AGAIN, Map.entry(Set.of(RATING), IN_HANDLING))));

    static Stream<Arguments> everyStepFromEveryState() {
        return Stream.of(ProposalStep.values()).flatMap(step -> Stream.of(ProposalState.values())
                .map(state -> Arguments.of(step, state)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyStepFromEveryState")
    void a_step_is_allowed_exactly_from_the_states_the_procedure_names_and_leads_where_it_says(ProposalStep step,
                                                                                                ProposalState state) {
        var rule = PROCEDURE.get(step);
        if (rule.getKey().contains(state)) {
            assertThat(step.from(state)).isEqualTo(rule.getValue());
            assertThat(ProposalStep.allowedSteps(state)).contains(step);
        } else {
            assertThatThrownBy(() -> step.from(state)).isInstanceOf(BusinessRuleException.class)
                    .hasMessage("proposal.step.refused");
            assertThat(ProposalStep.allowedSteps(state)).doesNotContain(step);
        }
    }

    @org.junit.jupiter.api.Test
    void declined_merged_and_closed_items_take_no_further_step() {
        for (ProposalState end : Set.of(DECLINED, MERGED, CLOSED)) {
            assertThat(ProposalStep.allowedSteps(end)).isEmpty();
        }
    }

    @org.junit.jupiter.api.Test
    void an_answer_is_owed_only_while_the_departments_handle_it() {
        assertThat(Stream.of(ProposalState.values()).filter(ProposalState::owesAnswer))
                .containsExactlyInAnyOrder(IN_HANDLING, REASSIGNMENT_REQUESTED, COUNTERSIGNING);
    }
}
