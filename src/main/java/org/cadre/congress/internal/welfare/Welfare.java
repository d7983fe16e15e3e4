package org.cadre.congress.internal.welfare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.cadre.people.PersonStatus;

/** The values of member welfare (工会会员福利). */
public final class Welfare {

    private Welfare() {
    }

    /** The life events and occasions the welfare scheme pays for. */
    public enum EventKind {
        HOLIDAY, BIRTHDAY, MARRIAGE, CHILDBIRTH, ILLNESS, BEREAVEMENT, RETIREMENT, HARDSHIP
    }

    public enum ApplicationState {
        SUBMITTED, APPROVED, REJECTED, PAID
    }

    /** A benefit item of a year's scheme with its eligibility rules. */
    public record Item(long id, int year, String name, EventKind eventKind, BigDecimal standardAmount,
                       int minServiceYears, List<PersonStatus> eligibleStatuses, BigDecimal yearlyLimit) {

        static List<PersonStatus> statuses(String text) {
            return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(PersonStatus::valueOf).toList();
        }
    }

    public record Application(long id, long itemId, String itemName, long personId, String personName,
                              String employeeNo, long unitId, String unitName, LocalDate eventDate, BigDecimal amount,
                              String reason, ApplicationState state, String appliedBy, OffsetDateTime appliedAt,
                              String decidedBy, String rejectReason, LocalDate paidOn, String paymentReference,
                              BigDecimal paidAmount) {
    }

    /** An item's budget in a unit against what was approved and paid from it. */
    public record BudgetLine(long itemId, String itemName, long unitId, String unitName, BigDecimal budget,
                             BigDecimal committed, BigDecimal paid) {

        public BigDecimal remaining() {
            return budget.subtract(committed).subtract(paid);
        }
    }
}
