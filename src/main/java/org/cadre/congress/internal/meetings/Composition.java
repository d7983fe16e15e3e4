package org.cadre.congress.internal.meetings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The composition rules of a term's delegates and whether the delegates on a day meet them, with the numbers:
 * front-line workers at least a share, managers and leaders at most a share, women at least the workforce's share
 * (or a fixed share).
 */
public final class Composition {

    private Composition() {
    }

    /** @param womenRule WORKFORCE (at least the workforce's share) or FIXED (at least womenMinPct) */
    public record Rules(int frontLineMinPct, int managersMaxPct, String womenRule, Integer womenMinPct, int version) {

        public static Rules usual() {
            return new Rules(50, 20, "WORKFORCE", null, 0);
        }
    }

    /** Delegates on the day: in all, per category, women; and the women's share of the workforce. */
    public record Counts(long delegates, long frontLine, long managersAndLeaders, long women, long workforce,
                         long workforceWomen) {
    }

    /** One rule: its key, the share held, the limit, and whether it is met. */
    public record Check(String rule, long count, long of, BigDecimal percent, BigDecimal limit, boolean met) {
    }

    public static List<Check> check(Rules rules, Counts counts) {
        BigDecimal womenLimit = "FIXED".equals(rules.womenRule()) && rules.womenMinPct() != null
                ? BigDecimal.valueOf(rules.womenMinPct()) : percent(counts.workforceWomen(), counts.workforce());
        return List.of(
                new Check("frontLine", counts.frontLine(), counts.delegates(),
                        percent(counts.frontLine(), counts.delegates()), BigDecimal.valueOf(rules.frontLineMinPct()),
                        100L * counts.frontLine() >= (long) rules.frontLineMinPct() * counts.delegates()),
                new Check("managers", counts.managersAndLeaders(), counts.delegates(),
                        percent(counts.managersAndLeaders(), counts.delegates()),
                        BigDecimal.valueOf(rules.managersMaxPct()),
                        100L * counts.managersAndLeaders() <= (long) rules.managersMaxPct() * counts.delegates()),
                new Check("women", counts.women(), counts.delegates(), percent(counts.women(), counts.delegates()),
                        womenLimit, "FIXED".equals(rules.womenRule()) && rules.womenMinPct() != null
                        ? 100L * counts.women() >= (long) rules.womenMinPct() * counts.delegates()
                        // at least the workforce's share: women/delegates >= workforceWomen/workforce, in integers
                        : counts.women() * counts.workforce() >= counts.workforceWomen() * counts.delegates()));
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(100L * part).divide(BigDecimal.valueOf(whole), 1,
                RoundingMode.HALF_UP);
    }
}
