package org.cadre.assessment.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Applies the consequence rules to one person's results: the pay coefficient of this result's grade, and each
 * streak rule whose grade the person held for the rule's number of years in a row up to this one. Each proposal
 * carries the results it rests on, so that the committee sees the numbers behind it.
 */
public final class Consequences {

    /** @param evidence the results the rule read, oldest first */
    public record Proposal(ConsequenceRule rule, List<YearResult> evidence) {
    }

    private Consequences() {
    }

    /**
     * @param current the result of the cycle being finalized
     * @param earlier earlier annual results of the person (any order; other years than the current)
     * @param annual  whether the cycle is annual: only annual results form streaks across years
     */
    public static List<Proposal> propose(YearResult current, List<YearResult> earlier, boolean annual,
                                         List<ConsequenceRule> rules) {
        Map<Integer, YearResult> byYear = new TreeMap<>();
        if (annual) {
            earlier.stream().filter(r -> r.year() != current.year()).forEach(r -> byYear.put(r.year(), r));
        }
        List<Proposal> proposals = new ArrayList<>();
        for (ConsequenceRule rule : rules.stream().filter(ConsequenceRule::active)
                .sorted(Comparator.comparingLong(ConsequenceRule::id)).toList()) {
            if (rule.grade() != current.grade()) {
                continue;
            }
            List<YearResult> streak = new ArrayList<>();
            streak.add(current);
            for (int year = current.year() - 1; streak.size() < rule.years(); year--) {
                YearResult r = byYear.get(year);
                if (r == null || r.grade() != rule.grade()) {
                    break;
                }
                streak.add(0, r);
            }
            if (streak.size() >= rule.years()) {
                proposals.add(new Proposal(rule, List.copyOf(streak)));
            }
        }
        return proposals;
    }
}
