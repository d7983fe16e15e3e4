package org.cadre.people;

/** 性别, stored as the one letter of the national ID convention. */
public enum Gender {
    M, F
}
