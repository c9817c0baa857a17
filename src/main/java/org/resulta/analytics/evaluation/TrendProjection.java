package org.resulta.analytics.evaluation;

import org.resulta.measurement.calculation.Statistics;
import org.resulta.measurement.calculation.Achievement;
import org.resulta.measurement.calculation.AchievementMethod;
import org.resulta.measurement.calculation.AchievementPolicy;
import org.resulta.measurement.calculation.AggregationMethod;
import org.resulta.measurement.calculation.Direction;
import org.resulta.measurement.calculation.TargetSpec;

import java.util.Arrays;
import java.util.Optional;

/**
 * Projects an indicator to the end of its year from the least-squares trend of the periods so far, and decides
 * whether it is on track to meet the annual target (issue 4 part 4).
 * <ul>
 * <li>SUM (cumulative counts): the values so far plus the trend's value for each remaining period; a period so far
 * without a value counts at its trend value.</li>
 * <li>AVERAGE: the same total divided by the number of periods in the year.</li>
 * <li>LAST (levels, stocks, rates read at year end): the trend's value at the last period of the year.</li>
 * </ul>
 * A series with no negative value is never projected below zero (a count cannot fall under nothing). Other
 * methods give no projection: project a recomputed ratio's numerator and denominator (each a SUM) and divide.
 * On track when the projected achievement (ratio method, direction aware: DOMAIN.md 13.2) reaches
 * {@code onTrackFrom} percent.
 */
public final class TrendProjection {

    private final double onTrackFrom;

    /** @param onTrackFrom the projected achievement, in percent, from which an indicator is on track (100: meets the target) */
    public TrendProjection(double onTrackFrom) {
        if (!Double.isFinite(onTrackFrom) || onTrackFrom < 0) {
            throw new IllegalArgumentException("The on-track threshold is a percentage of zero or more, not " + onTrackFrom);
        }
        this.onTrackFrom = onTrackFrom;
    }

    /**
     * @param soFar         the value of each period of the year so far, in order from the first (NaN: no value)
     * @param periodsInYear 12 for months, 4 for quarters...
     * @param method        how the periods make the annual value: SUM, AVERAGE or LAST
     */
    public Projection project(double[] soFar, int periodsInYear, AggregationMethod method, Direction direction,
                              double annualTarget) {
        if (soFar.length > periodsInYear || periodsInYear < 1) {
            throw new IllegalArgumentException(soFar.length + " periods do not fit in a year of " + periodsInYear);
        }
        if (method != AggregationMethod.SUM && method != AggregationMethod.AVERAGE && method != AggregationMethod.LAST) {
            return Projection.none("No projection for the aggregation " + method.label()
                    + ": project the numerator and denominator of a ratio separately");
        }
        if (!Double.isFinite(annualTarget)) {
            return Projection.none("No annual target");
        }
        Optional<TrendLine> fitted = TrendLine.fit(soFar);
        if (fitted.isEmpty()) {
            return Projection.none("A trend needs at least two periods with a value");
        }
        TrendLine trend = fitted.get();
        boolean floorAtZero = Arrays.stream(Statistics.present(soFar)).allMatch(v -> v >= 0);
        double projected;
        if (method == AggregationMethod.LAST) {
            projected = floored(trend.at(periodsInYear - 1), floorAtZero);
        } else {
            double total = 0;
            for (int period = 0; period < periodsInYear; period++) {
                boolean known = period < soFar.length && Double.isFinite(soFar[period]);
                total += known ? soFar[period] : floored(trend.at(period), floorAtZero);
            }
            projected = method == AggregationMethod.SUM ? total : total / periodsInYear;
        }
        if (!Double.isFinite(projected)) {
            return Projection.none("The projection is too large to compute");
        }
        Achievement achievement = AchievementPolicy.achievement(direction, AchievementMethod.RATIO,
                TargetSpec.exact(annualTarget), projected, null);
        if (achievement.beyondCap()) {
            return new Projection(projected, null, true, trend, achievement.note());
        }
        if (!achievement.isDefined()) {
            return new Projection(projected, null, false, trend, achievement.note());
        }
        return new Projection(projected, achievement.percent(), achievement.percent() >= onTrackFrom, trend, null);
    }

    private static double floored(double value, boolean floorAtZero) {
        return floorAtZero ? Math.max(0, value) : value;
    }
}
