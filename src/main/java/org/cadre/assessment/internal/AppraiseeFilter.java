package org.cadre.assessment.internal;

import org.cadre.assessment.Grade;
import org.cadre.shared.Text;

/**
 * What an appraisee list shows; a null filter does not narrow.
 *
 * @param text     part of the name or employee number
 * @param unitId   appraisees of this unit and the units below it
 * @param grade    the final grade
 * @param category the quota category
 */
public record AppraiseeFilter(String text, Long unitId, Grade grade, String category) {

    public AppraiseeFilter {
        text = Text.blankToNull(text);
        category = Text.blankToNull(category);
    }

    public static AppraiseeFilter none() {
        return new AppraiseeFilter(null, null, null, null);
    }
}
