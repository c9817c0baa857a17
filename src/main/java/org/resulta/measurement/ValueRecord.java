package org.resulta.measurement;

import java.time.LocalDate;

/**
 * A stored target or actual as the analytics read it: small keys, the unit's pre-order number, the period's
 * dates, numbers as doubles (NaN when absent).
 */
public record ValueRecord(long indicatorId, long unitId, int unitPreOrder, String periodCode, LocalDate periodStart,
                          LocalDate periodEnd, double value, double numerator, double denominator,
                          double upperValue, String kind) {
}
