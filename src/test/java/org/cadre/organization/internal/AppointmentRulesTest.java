package org.cadre.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.cadre.organization.PostLevel;
import org.cadre.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

class AppointmentRulesTest {

    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
    private static final LocalDate JUL_1 = LocalDate.of(2024, 7, 1);
    private static final long ANNA = 1, BO = 2;

    private final Post director = post(10, "Director", 1);
    private final Post deputy = post(11, "Deputy director", 2);

    @Test
    void appointing_beyond_the_approved_count_is_refused_without_a_reason() {
        List<Assignment> held = List.of(held(20, BO, director, AssignmentKind.PRIMARY, JAN_1, null));
        assertThatThrownBy(() -> AppointmentRules.check(ANNA, director, AssignmentKind.PRIMARY, JUL_1, " ", held, List.of()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("assignment.overCount");
                    assertThat(e.field()).isEqualTo("overCountReason");
                    assertThat(e.arguments()).containsExactly("Director", 1, 1);
                });
    }

    @Test
    void appointing_beyond_the_approved_count_is_allowed_with_a_reason() {
        List<Assignment> held = List.of(held(20, BO, director, AssignmentKind.PRIMARY, JAN_1, null));
        assertThat(AppointmentRules.check(ANNA, director, AssignmentKind.PRIMARY, JUL_1, "Handover until August",
                held, List.of())).isTrue();
    }

    @Test
    void a_holder_who_leaves_on_the_day_leaves_room() {
        List<Assignment> held = List.of(held(20, BO, director, AssignmentKind.PRIMARY, JAN_1, JUL_1));
        assertThat(AppointmentRules.check(ANNA, director, AssignmentKind.PRIMARY, JUL_1, null, held, List.of()))
                .isFalse();
    }

    @Test
    void a_post_with_room_needs_no_reason() {
        List<Assignment> held = List.of(held(20, BO, deputy, AssignmentKind.PRIMARY, JAN_1, null));
        assertThat(AppointmentRules.check(ANNA, deputy, AssignmentKind.PRIMARY, JUL_1, null, held, List.of()))
                .isFalse();
    }

    @Test
    void a_second_primary_post_overlapping_an_open_one_is_refused() {
        List<Assignment> annas = List.of(held(21, ANNA, deputy, AssignmentKind.PRIMARY, JAN_1, null));
        assertThatThrownBy(() -> AppointmentRules.check(ANNA, director, AssignmentKind.PRIMARY, JUL_1, null,
                List.of(), annas))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("assignment.primaryOverlap"));
    }

    @Test
    void a_concurrent_post_may_be_held_beside_the_primary_one() {
        List<Assignment> annas = List.of(held(21, ANNA, deputy, AssignmentKind.PRIMARY, JAN_1, null));
        assertThat(AppointmentRules.check(ANNA, director, AssignmentKind.CONCURRENT, JUL_1, null, List.of(), annas))
                .isFalse();
    }

    @Test
    void a_primary_post_may_follow_one_that_ended() {
        List<Assignment> annas = List.of(held(21, ANNA, deputy, AssignmentKind.PRIMARY, JAN_1, JUL_1));
        assertThat(AppointmentRules.check(ANNA, director, AssignmentKind.PRIMARY, JUL_1, null, List.of(), annas))
                .isFalse();
    }

    @Test
    void a_person_cannot_hold_the_same_post_twice() {
        List<Assignment> annas = List.of(held(21, ANNA, deputy, AssignmentKind.CONCURRENT, JAN_1, null));
        assertThatThrownBy(() -> AppointmentRules.check(ANNA, deputy, AssignmentKind.CONCURRENT, JUL_1, null,
                annas, annas))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("assignment.samePost"));
    }

    private static Post post(long id, String title, int approved) {
        return new Post(id, 100, title, PostLevel.MID_PRINCIPAL, PostLevel.Track.MANAGEMENT, approved, false, true, 0);
    }

    private static Assignment held(long id, long person, Post post, AssignmentKind kind, LocalDate from, LocalDate to) {
        return new Assignment(id, person, post.id(), kind, new Period(from, to), null, null, null, null, null, null,
                null, null);
    }
}
