package org.cadre.congress;

/** How the union classes an accepted answer: A solved, B being solved, C planned, D not feasible now (with reason). */
public enum AnswerClass {
    A, B, C, D
}
