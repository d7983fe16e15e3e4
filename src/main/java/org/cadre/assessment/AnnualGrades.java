package org.cadre.assessment;

import java.util.Collection;
import java.util.Map;

/**
 * People's annual assessment grades (年度考核等次) of one year, as other modules show them next to their own records
 * (the cadres' performance contracts): the final grade of a finalized annual cycle, else an imported past result.
 * No permission is checked: the caller shows them only where its own permission and scope reach the person.
 */
public interface AnnualGrades {

    /** The grade of each of these people in {@code year}, for those who have one. */
    Map<Long, Grade> of(Collection<Long> personIds, int year);
}
