package org.resulta.analytics;

/**
 * One group against the reference: its value the period before and now, the gap ({@code value - reference}), the
 * ratio ({@code value / reference}), the gap the period before, how much wider it grew (negative: narrower), and
 * whether that is flagged. A figure that cannot be computed is null and {@code note} says why.
 */
public record EquityRow(String groupCode, String groupName, Double previousValue, Double value, Double gap,
                        Double ratio, Double previousGap, Double widening, boolean flagged, String note) {
}
