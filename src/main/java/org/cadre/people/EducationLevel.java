package org.cadre.people;

/** 学历, highest first (the order in which "highest education" is derived). */
public enum EducationLevel {
    /** 博士研究生 */
    DOCTORATE,
    /** 硕士研究生 */
    MASTER,
    /** 大学本科 */
    BACHELOR,
    /** 大学专科 */
    JUNIOR_COLLEGE,
    /** 中专 / 技校 */
    TECHNICAL_SECONDARY,
    /** 高中 */
    HIGH_SCHOOL,
    /** 初中及以下 */
    JUNIOR_HIGH_OR_BELOW;

    /** The higher of two levels; either may be null. */
    public static EducationLevel higher(EducationLevel a, EducationLevel b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
