package org.cadre.people.internal;

/** 学位. */
public enum Degree {
    /** 博士 */
    DOCTOR,
    /** 硕士 */
    MASTER,
    /** 学士 */
    BACHELOR
}
