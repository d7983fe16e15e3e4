package org.cadre.assessment.internal;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Size;
import org.cadre.organization.PostLevel;

/**
 * Who to add to a cycle: the people of a unit subtree holding posts of these levels (e.g. the mid-level cadres of
 * a base), and/or people named by employee number.
 *
 * @param category the quota category to file them under; the unit's kind when not given
 */
public record AppraiseeSelection(Long unitId, Set<PostLevel> postLevels, List<String> employeeNos,
                                 @Size(max = 60, message = "{assessment.validation.tooLong}") String category) {

    public AppraiseeSelection {
        postLevels = postLevels == null ? Set.of() : Set.copyOf(postLevels);
        employeeNos = employeeNos == null ? List.of()
                : employeeNos.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList();
        category = org.cadre.shared.Text.blankToNull(category);
    }
}
