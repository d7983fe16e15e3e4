package org.cadre.assessment.internal;

import org.cadre.assessment.Grade;
import java.math.BigDecimal;

/** A person's final grade of one year (from a finalized annual cycle or an imported past result). */
public record YearResult(int year, Grade grade, BigDecimal score) {
}
