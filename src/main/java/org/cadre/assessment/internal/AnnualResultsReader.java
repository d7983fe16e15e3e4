package org.cadre.assessment.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cadre.assessment.AnnualResults;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads {@link AnnualResults} from the same history the streak rules read. */
@Service
class AnnualResultsReader implements AnnualResults {

    private final ConsequenceRepository consequences;

    AnnualResultsReader(ConsequenceRepository consequences) {
        this.consequences = consequences;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AnnualResult> of(long personId) {
        Map<Integer, AnnualResult> byYear = new LinkedHashMap<>();
        // ordered by year, the cycle's result before a past result of the same year: the first of a year wins
        for (ConsequenceRepository.PersonYear line : consequences.earlierAnnualResults(List.of(personId),
                Integer.MAX_VALUE)) {
            byYear.putIfAbsent(line.result().year(), new AnnualResult(line.result().year(), line.result().grade()));
        }
        return List.copyOf(byYear.values());
    }
}
