package org.cadre.cadres.internal.tenure;

import static org.assertj.core.api.Assertions.assertThat;

import org.cadre.cadres.internal.tenure.DeploymentKind.Change;
import org.cadre.cadres.internal.tenure.DeploymentKind.Direction;
import org.junit.jupiter.api.Test;

/** What each kind of deployment event does to the person's assignments, and where it counts in the ledger. */
class DeploymentKindTest {

    @Test
    void appointment_and_concurrent_post_appoint_as_primary_and_as_concurrent() {
        assertThat(DeploymentKind.APPOINTMENT.change()).isEqualTo(Change.APPOINT_PRIMARY);
        assertThat(DeploymentKind.CONCURRENT_POST.change()).isEqualTo(Change.APPOINT_CONCURRENT);
    }

    @Test
    void promotion_demotion_transfer_and_rotation_move_the_primary_post() {
        for (DeploymentKind kind : new DeploymentKind[]{DeploymentKind.PROMOTION, DeploymentKind.DEMOTION,
                DeploymentKind.TRANSFER, DeploymentKind.ROTATION}) {
            assertThat(kind.change()).as(kind.name()).isEqualTo(Change.MOVE_PRIMARY);
            assertThat(kind.needsPost()).as(kind.name()).isTrue();
            assertThat(kind.endReason()).as(kind.name()).isNull();
        }
    }

    @Test
    void removal_ends_one_assignment_and_resignation_and_retirement_end_them_all_with_their_reason() {
        assertThat(DeploymentKind.REMOVAL.change()).isEqualTo(Change.END_ONE);
        assertThat(DeploymentKind.REMOVAL.endReason()).isEqualTo("REMOVED");
        assertThat(DeploymentKind.RESIGNATION.change()).isEqualTo(Change.END_ALL);
        assertThat(DeploymentKind.RESIGNATION.endReason()).isEqualTo("RESIGNED");
        assertThat(DeploymentKind.RETIREMENT.change()).isEqualTo(Change.END_ALL);
        assertThat(DeploymentKind.RETIREMENT.endReason()).isEqualTo("RETIRED");
        assertThat(DeploymentKind.REMOVAL.needsPost()).isFalse();
    }

    @Test
    void the_ledger_counts_promotions_up_demotions_and_removals_down_and_exits_out() {
        assertThat(DeploymentKind.PROMOTION.direction()).isEqualTo(Direction.UP);
        assertThat(DeploymentKind.DEMOTION.direction()).isEqualTo(Direction.DOWN);
        assertThat(DeploymentKind.REMOVAL.direction()).isEqualTo(Direction.DOWN);
        assertThat(DeploymentKind.RETIREMENT.direction()).isEqualTo(Direction.OUT);
        assertThat(DeploymentKind.TRANSFER.direction()).isEqualTo(Direction.NONE);
    }

    @Test
    void a_promotion_goes_up_a_demotion_down_and_a_transfer_or_rotation_stays_at_the_same_rank_across_tracks() {
        var deputy = org.cadre.organization.PostLevel.MID_DEPUTY;
        var principal = org.cadre.organization.PostLevel.MID_PRINCIPAL;
        var chiefEngineer = org.cadre.organization.PostLevel.CHIEF_ENGINEER;
        assertThat(DeploymentKind.PROMOTION.misfit(deputy, principal)).isNull();
        assertThat(DeploymentKind.PROMOTION.misfit(deputy, deputy)).isEqualTo("cadres.deployment.notHigher");
        assertThat(DeploymentKind.DEMOTION.misfit(principal, deputy)).isNull();
        assertThat(DeploymentKind.DEMOTION.misfit(deputy, principal)).isEqualTo("cadres.deployment.notLower");
        assertThat(DeploymentKind.TRANSFER.misfit(principal, chiefEngineer)).isNull();
        assertThat(DeploymentKind.ROTATION.misfit(deputy, principal)).isEqualTo("cadres.deployment.notSameLevel");
        assertThat(DeploymentKind.APPOINTMENT.misfit(deputy, principal)).isNull();
    }
}
