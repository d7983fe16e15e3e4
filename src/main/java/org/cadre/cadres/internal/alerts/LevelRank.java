package org.cadre.cadres.internal.alerts;

import java.util.Arrays;
import java.util.Map;

import org.cadre.organization.PostLevel;

/**
 * Seniority across both tracks, for telling a promotion (提拔) from a demotion (降职) in the assignment history: a chief
 * engineer ranks with a principal, a deputy chief engineer with a deputy. Lower is more senior; equal is a transfer.
 */
final class LevelRank {

    static final Map<PostLevel, Integer> RANKS = Map.of(PostLevel.COMPANY_LEADER, 1, PostLevel.MID_PRINCIPAL, 2,
            PostLevel.CHIEF_ENGINEER, 2, PostLevel.MID_DEPUTY, 3, PostLevel.DEPUTY_CHIEF_ENGINEER, 3,
            PostLevel.SENIOR_MANAGER, 4, PostLevel.SUPERVISOR, 5, PostLevel.STAFF, 6);

    private LevelRank() {
    }

    static String[] levels() {
        return Arrays.stream(PostLevel.values()).map(Enum::name).toArray(String[]::new);
    }

    static Integer[] ranks() {
        return Arrays.stream(PostLevel.values()).map(RANKS::get).toArray(Integer[]::new);
    }

    /** The names of the cadre levels, to bind as an array. */
    static String[] cadreLevels() {
        return Arrays.stream(PostLevel.values()).filter(PostLevel::isCadre).map(Enum::name).toArray(String[]::new);
    }
}
