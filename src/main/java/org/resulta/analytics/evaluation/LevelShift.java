package org.resulta.analytics.evaluation;

/**
 * The best split of a series into a level before and a level after: {@code period} is the first period of the
 * new level, {@code shift = after - before}, {@code strength} the shift in pooled within-segment standard
 * deviations (null when both segments are flat, then any shift is a break). {@code isBreak} when the strength
 * reaches the detector's threshold. All null, with {@code note}, when the series is too short to split.
 */
public record LevelShift(Integer period, Double before, Double after, Double shift, Double strength, boolean isBreak,
                         String note) {
}
