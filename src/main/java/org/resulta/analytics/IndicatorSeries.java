package org.resulta.analytics;

import java.util.List;

/** Targets against actuals over consecutive periods, for a unit's chart. */
public record IndicatorSeries(String indicatorCode, String unitCode, String unitName, String periodType,
                              List<SeriesPoint> points) {
}
