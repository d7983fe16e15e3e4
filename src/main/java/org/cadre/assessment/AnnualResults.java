package org.cadre.assessment;

import java.util.List;

/**
 * A person's final annual grades (年度考核结果) across years, for other modules that print them (the cadre file, the
 * approval form). The caller decides who may see them.
 */
public interface AnnualResults {

    /**
     * One grade per year, oldest first: the finalized annual cycle's grade, else a past result recorded for that
     * year.
     */
    List<AnnualResult> of(long personId);

    record AnnualResult(int year, Grade grade) {
    }
}
