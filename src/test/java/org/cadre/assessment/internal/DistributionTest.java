package org.cadre.assessment.internal;

import org.cadre.assessment.Grade;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.cadre.assessment.internal.Distribution.Placed;
import org.junit.jupiter.api.Test;

class DistributionTest {

    static final List<Quota> EXCELLENT_20 = List.of(new Quota(Grade.EXCELLENT, new BigDecimal("20")));

    static List<Placed> category(String name, int excellent, int competent) {
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < excellent; i++) {
            placed.add(new Placed(name, Grade.EXCELLENT));
        }
        for (int i = 0; i < competent; i++) {
            placed.add(new Placed(name, Grade.COMPETENT));
        }
        return placed;
    }

    @Test
    void the_quota_allows_its_share_of_each_category_rounded_down() {
        assertThat(new Quota(Grade.EXCELLENT, new BigDecimal("20")).allowed(10)).isEqualTo(2);
        assertThat(new Quota(Grade.EXCELLENT, new BigDecimal("20")).allowed(7)).isEqualTo(1);
        assertThat(new Quota(Grade.EXCELLENT, new BigDecimal("20")).allowed(4)).isZero();
    }

    @Test
    void excellent_beyond_twenty_percent_of_a_category_exceeds_the_quota_of_that_category_only() {
        List<Placed> placed = new ArrayList<>(category("OPERATING_UNIT", 3, 7));
        placed.addAll(category("DEPARTMENT", 2, 8));
        List<Distribution.Row> rows = Distribution.of(placed, EXCELLENT_20);
        assertThat(rows).extracting(Distribution.Row::category).containsExactly("DEPARTMENT", "OPERATING_UNIT");
        List<Distribution.QuotaLine> exceeded = Distribution.exceeded(rows);
        assertThat(exceeded).singleElement().satisfies(line -> {
            assertThat(line.category()).isEqualTo("OPERATING_UNIT");
            assertThat(line.count()).isEqualTo(3);
            assertThat(line.total()).isEqualTo(10);
            assertThat(line.allowed()).isEqualTo(2);
        });
        assertThat(rows.get(0).count(Grade.COMPETENT)).isEqualTo(8);
    }

    @Test
    void within_the_quota_nothing_is_exceeded() {
        assertThat(Distribution.exceeded(Distribution.of(category("X", 2, 8), EXCELLENT_20))).isEmpty();
    }
}
