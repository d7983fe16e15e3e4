package org.cadre.cadres.internal.tenure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.cadre.assessment.Grade;

/**
 * 不胜任退出 / 末等调整: a contract whose total lies below {@code scoreBelow}, or a year graded Basically Competent or
 * Incompetent (each configurable), yields a recommendation to end the term. The basis is kept as codes
 * ({@code SCORE:<total>:<threshold>}, {@code GRADE:<grade>}) and shown in the reader's language.
 */
record ExitRule(BigDecimal scoreBelow, boolean basicallyCompetent, boolean incompetent) {

    /** What in this result calls for the exit; empty when nothing does. */
    List<String> basis(BigDecimal totalScore, Grade grade) {
        List<String> basis = new ArrayList<>();
        if (totalScore != null && scoreBelow != null && totalScore.compareTo(scoreBelow) < 0) {
            basis.add("SCORE:" + totalScore.toPlainString() + ":" + scoreBelow.stripTrailingZeros().toPlainString());
        }
        if ((grade == Grade.BASICALLY_COMPETENT && basicallyCompetent) || (grade == Grade.INCOMPETENT && incompetent)) {
            basis.add("GRADE:" + grade.name());
        }
        return basis;
    }
}
