package org.resulta.analytics;

import org.resulta.measurement.calculation.Status;
import org.resulta.measurement.calculation.TargetType;

/**
 * One answer of the analytics: an indicator for a unit, a period and a disaggregation ({@code total} or an option
 * combination), with the actual ({@code value}, and for ratios the numerator and denominator it was computed from),
 * the target (and where it came from), achievement in percent and status, computed by the same rules as the scorecard.
 */
public record AnalyticsCell(String indicator, String indicatorName, String unit, String unitName, String period,
                            String periodLabel, String disaggregation, String disaggregationName, Double value,
                            Double numerator, Double denominator, TargetType targetType, Double target,
                            Double targetUpper, String targetBasis, Double achievement, Status status, int decimals, String note) {
}
