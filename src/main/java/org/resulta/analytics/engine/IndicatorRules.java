package org.resulta.analytics.engine;

import org.resulta.measurement.calculation.AchievementMethod;
import org.resulta.measurement.calculation.AggregationMethod;
import org.resulta.measurement.calculation.Direction;
import org.resulta.shared.PeriodType;

/**
 * What the engine needs to know of an indicator to score it: how it is reported and aggregated, whether its
 * actuals are ratios (scored from numerators and denominators) or narrative, and how achievement is computed.
 */
public record IndicatorRules(long id, PeriodType frequency, AggregationMethod timeAggregation,
                             AggregationMethod unitAggregation, double multiplier, boolean ratio, boolean narrative,
                             Direction direction, AchievementMethod achievementMethod, Double baseline) {
}
