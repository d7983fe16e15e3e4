package org.cadre.cadres.internal.tenure;

/**
 * 干部调配: the kinds of deployment event, and what each does to the person's assignments (through the
 * organization's {@code Appointments}):
 * appointment (任职) and concurrent post (兼职) appoint; promotion (提拔), demotion (降职), transfer (交流) and rotation
 * (轮岗) move the primary post; removal (免职) ends one assignment; resignation (辞职) and retirement (退休) end them all.
 */
enum DeploymentKind {
    APPOINTMENT(Change.APPOINT_PRIMARY, null, Direction.NONE),
    PROMOTION(Change.MOVE_PRIMARY, null, Direction.UP),
    DEMOTION(Change.MOVE_PRIMARY, null, Direction.DOWN),
    TRANSFER(Change.MOVE_PRIMARY, null, Direction.NONE),
    ROTATION(Change.MOVE_PRIMARY, null, Direction.NONE),
    CONCURRENT_POST(Change.APPOINT_CONCURRENT, null, Direction.NONE),
    REMOVAL(Change.END_ONE, "REMOVED", Direction.DOWN),
    RESIGNATION(Change.END_ALL, "RESIGNED", Direction.OUT),
    RETIREMENT(Change.END_ALL, "RETIRED", Direction.OUT);

    /** What happens to the assignments. */
    enum Change {
        APPOINT_PRIMARY, APPOINT_CONCURRENT, MOVE_PRIMARY, END_ONE, END_ALL
    }

    /** Where it counts in the rise-and-fall ledger (能上能下): up, down, out of the cadre team, or neither. */
    enum Direction {
        UP, DOWN, OUT, NONE
    }

    private final Change change;
    private final String endReason;
    private final Direction direction;

    DeploymentKind(Change change, String endReason, Direction direction) {
        this.change = change;
        this.endReason = endReason;
        this.direction = direction;
    }

    Change change() {
        return change;
    }

    /** The organization's end reason of the assignments it ends (REMOVED, RESIGNED, RETIRED), or null. */
    String endReason() {
        return endReason;
    }

    Direction direction() {
        return direction;
    }

    /**
     * The rank of a level across both tracks (0 the highest; a chief engineer ranks with a principal): what tells a
     * promotion from a transfer in the ledger.
     */
    static int rank(org.cadre.organization.PostLevel level) {
        return switch (level) {
            case COMPANY_LEADER -> 0;
            case MID_PRINCIPAL, CHIEF_ENGINEER -> 1;
            case MID_DEPUTY, DEPUTY_CHIEF_ENGINEER -> 2;
            case SENIOR_MANAGER -> 3;
            case SUPERVISOR -> 4;
            case STAFF -> 5;
        };
    }

    /**
     * The message key refusing a move of the primary post from one level to another, or null when the kind fits: a
     * promotion goes up, a demotion down, a transfer or rotation stays at the same rank.
     */
    String misfit(org.cadre.organization.PostLevel from, org.cadre.organization.PostLevel to) {
        int up = rank(from) - rank(to);
        return switch (this) {
            case PROMOTION -> up > 0 ? null : "cadres.deployment.notHigher";
            case DEMOTION -> up < 0 ? null : "cadres.deployment.notLower";
            case TRANSFER, ROTATION -> up == 0 ? null : "cadres.deployment.notSameLevel";
            default -> null;
        };
    }

    /** Whether the event names the post the person goes to. */
    boolean needsPost() {
        return change == Change.APPOINT_PRIMARY || change == Change.APPOINT_CONCURRENT || change == Change.MOVE_PRIMARY;
    }
}
