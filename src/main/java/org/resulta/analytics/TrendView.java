package org.resulta.analytics;

import java.util.List;

/**
 * An indicator's year at a unit: the periods so far with their values and the trend's value for each period of
 * the year, the projected annual value against the annual target and whether that is on track ({@code verdict}
 * says it in words), with the level shift and outliers found in the unit's longer series.
 */
public record TrendView(String indicatorCode, String indicatorName, String unitCode, String unitName, String year,
                        String aggregation, Double annualTarget, Double projected, Double projectedAchievement,
                        boolean onTrack, String verdict, List<TrendPoint> points, Double slope, Double rSquared,
                        List<Marker> markers) {

    /** One period of the year: its actual (null when none yet) and where the trend puts it. */
    public record TrendPoint(String period, String periodLabel, Double actual, Double trend, Double cumulativeActual,
                             Double cumulativeProjected) {
    }

    /** A break or an outlier in the unit's series, by period, with what it is in words. */
    public record Marker(String period, String periodLabel, String kind, Double value, String description) {
    }
}
