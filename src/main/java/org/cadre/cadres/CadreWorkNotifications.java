package org.cadre.cadres;

/**
 * The cadre work queue (待办预警) sent as in-app notifications: what the daily job does, for callers without a user
 * (the demo company, an operator's script). Each item reaches each cadre manager whose scope covers it once.
 */
public interface CadreWorkNotifications {

    /** Sends what is due today; returns how many notifications were new. */
    int sendDue();
}
