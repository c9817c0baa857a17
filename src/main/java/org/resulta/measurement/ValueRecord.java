package org.resulta.measurement;

import java.time.LocalDate;

/**
 * A stored target or actual as the analytics read it: small keys, the unit's pre-order number, the period's
 * dates, numbers as doubles (NaN when absent).
 */
public record ValueRecord(long indicatorId, long unitId, int unitPreOrder, String periodCode, LocalDate periodStart,
                          LocalDate periodEnd, double value, double numerator, double denominator,
                          double upperValue, String kind, int optionComboId, boolean total) {

    /** A value of the total (an indicator without disaggregation). */
    public ValueRecord(long indicatorId, long unitId, int unitPreOrder, String periodCode, LocalDate periodStart,
                       LocalDate periodEnd, double value, double numerator, double denominator, double upperValue,
                       String kind) {
        this(indicatorId, unitId, unitPreOrder, periodCode, periodStart, periodEnd, value, numerator, denominator,
                upperValue, kind, 0, true);
    }
}
