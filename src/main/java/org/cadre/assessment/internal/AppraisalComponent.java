package org.cadre.assessment.internal;

import java.math.BigDecimal;

/** 考核构成: one weighted part of the total score, e.g. business results 50 %. */
public record AppraisalComponent(long id, ComponentKind kind, String name, BigDecimal weight, int position) {
}
