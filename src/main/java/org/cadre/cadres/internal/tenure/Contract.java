package org.cadre.cadres.internal.tenure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/** A post agreement or a performance contract of one person, with its indicators and, once results are in, the total. */
record Contract(long id, ContractKind kind, long personId, String personName, String employeeNo, long unitId,
                Long termId, int year, String title, String rewardsPenalties, LocalDate signedOn,
                BigDecimal totalScore, OffsetDateTime resultsEnteredAt, int version, List<Indicator> indicators) {

    /** The total of the indicators' points once every indicator has its result, else null. */
    static BigDecimal total(List<Indicator> indicators) {
        if (indicators.isEmpty() || indicators.stream().map(Indicator::score).anyMatch(Objects::isNull)) {
            return null;
        }
        return indicators.stream().map(Indicator::score).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
    }

    public boolean scored() {
        return totalScore != null;
    }
}
