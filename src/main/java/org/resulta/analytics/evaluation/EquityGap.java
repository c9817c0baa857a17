package org.resulta.analytics.evaluation;

/**
 * A group against the reference group or value: the gap ({@code group - reference}, in the indicator's unit:
 * percentage points for a rate) and ratio ({@code group / reference}) now, the gap a period before, how much wider
 * it grew ({@code |gap| - |previous gap|}, positive when wider), and whether that exceeds the threshold.
 * A figure that cannot be computed is null and {@code note} says why.
 */
public record EquityGap(String group, String reference, Double gap, Double ratio, Double previousGap, Double widening,
                        boolean flagged, String note) {
}
