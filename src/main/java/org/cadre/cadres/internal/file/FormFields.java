package org.cadre.cadres.internal.file;

import java.time.LocalDate;

import org.cadre.shared.Text;

/**
 * The approval form's own fields (干部任免审批表), kept per person: what the roster does not keep (health 健康状况,
 * specialty 熟悉专业有何专长), the proposal (拟任职务, 拟免职务, 任免理由, 呈报单位), the dates (计算年龄时间, 填表时间),
 * who filled it in (填表人), and the current post and annual results as written on the form when they should read
 * otherwise than derived (blank: derived from the assignments and the assessment results).
 */
record FormFields(String health, String specialty, String currentPost, String proposedPost, String removedPost,
                  String reason, String approvingBody, LocalDate ageDate, LocalDate fillDate, String filledBy,
                  String annualResults) {

    FormFields {
        health = Text.blankToNull(health);
        specialty = Text.blankToNull(specialty);
        currentPost = Text.blankToNull(currentPost);
        proposedPost = Text.blankToNull(proposedPost);
        removedPost = Text.blankToNull(removedPost);
        reason = Text.blankToNull(reason);
        approvingBody = Text.blankToNull(approvingBody);
        filledBy = Text.blankToNull(filledBy);
        annualResults = Text.blankToNull(annualResults);
    }

    static FormFields empty() {
        return new FormFields(null, null, null, null, null, null, null, null, null, null, null);
    }
}
