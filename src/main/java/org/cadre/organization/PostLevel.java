package org.cadre.organization;

/** 职级: the level of a post, in order of seniority within each track. */
public enum PostLevel {
    /** 公司领导 */
    COMPANY_LEADER(Track.MANAGEMENT),
    /** 中层正职 */
    MID_PRINCIPAL(Track.MANAGEMENT),
    /** 中层副职 */
    MID_DEPUTY(Track.MANAGEMENT),
    /** 高级经理 */
    SENIOR_MANAGER(Track.MANAGEMENT),
    /** 总工程师 */
    CHIEF_ENGINEER(Track.PROFESSIONAL),
    /** 副总工程师 */
    DEPUTY_CHIEF_ENGINEER(Track.PROFESSIONAL),
    /** 主任工程师 / 主管 */
    SUPERVISOR(Track.MANAGEMENT),
    /** 一般员工 */
    STAFF(Track.MANAGEMENT);

    private final Track defaultTrack;

    PostLevel(Track defaultTrack) {
        this.defaultTrack = defaultTrack;
    }

    public Track defaultTrack() {
        return defaultTrack;
    }

    /** Cadre posts (干部岗位): the levels whose holders form the cadre team. */
    public boolean isCadre() {
        return this != STAFF && this != SUPERVISOR;
    }

    public enum Track {
        MANAGEMENT, PROFESSIONAL
    }
}
