package org.cadre.cadres.internal.selection;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import org.cadre.organization.PostLevel;
import org.cadre.people.EducationLevel;

/**
 * The requirements of a post in an open competition (报名资格), checked against an applicant's record: education at
 * least, years of work at least, age at most, a current post at least of a level. Each unmet requirement is a reason
 * (a message key and its arguments) shown to the officer, who may still admit the applicant with a reason.
 */
record Eligibility(EducationLevel minEducation, Integer minWorkYears, Integer maxAge, PostLevel minLevel) {

    /** An unmet requirement; its text is the message {@code selection.eligibility.<name>} with the requirement. */
    enum Reason {
        EDUCATION, WORK_YEARS, AGE, LEVEL
    }

    /** The requirement a reason stands for, as the argument of its message. */
    public Object requirement(Reason reason) {
        return switch (reason) {
            case EDUCATION -> Label.of(minEducation);
            case WORK_YEARS -> minWorkYears;
            case AGE -> maxAge;
            case LEVEL -> Label.of(minLevel);
        };
    }

    boolean any() {
        return minEducation != null || minWorkYears != null || maxAge != null || minLevel != null;
    }

    /**
     * @param currentLevel the most senior level the applicant holds today, null when none
     */
    List<Reason> unmet(LocalDate birthDate, EducationLevel education, LocalDate workStart, PostLevel currentLevel,
                       LocalDate on) {
        List<Reason> reasons = new ArrayList<>();
        if (minEducation != null && (education == null || education.ordinal() > minEducation.ordinal())) {
            reasons.add(Reason.EDUCATION);
        }
        if (minWorkYears != null) {
            int years = workStart == null ? -1 : Period.between(workStart, on).getYears();
            if (years < minWorkYears) {
                reasons.add(Reason.WORK_YEARS);
            }
        }
        if (maxAge != null && birthDate != null) {
            int age = Period.between(birthDate, on).getYears();
            if (age > maxAge) {
                reasons.add(Reason.AGE);
            }
        }
        if (minLevel != null && !atLeast(currentLevel, minLevel)) {
            reasons.add(Reason.LEVEL);
        }
        return reasons;
    }

    /** Whether a level is at least as senior as another (lower in the enum's order is more senior). */
    static boolean atLeast(PostLevel held, PostLevel required) {
        return held != null && held.ordinal() <= required.ordinal();
    }

    /** 提拔: the new post's level is more senior than every cadre level held, or none was held. */
    static boolean promotion(PostLevel newLevel, List<PostLevel> held) {
        PostLevel best = held.stream().filter(PostLevel::isCadre).min(Enum::compareTo).orElse(null);
        return best == null || newLevel.ordinal() < best.ordinal();
    }
}
