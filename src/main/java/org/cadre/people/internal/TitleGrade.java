package org.cadre.people.internal;

/** 职称等级: the grade of a professional title. */
public enum TitleGrade {
    /** 正高级 */
    FULL_SENIOR,
    /** 副高级 */
    SENIOR,
    /** 中级 */
    INTERMEDIATE,
    /** 初级 */
    JUNIOR
}
