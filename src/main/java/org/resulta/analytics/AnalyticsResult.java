package org.resulta.analytics;

import java.util.List;

/** One page of a query's cells with the dimensions it was resolved to; {@code total} counts every cell. */
public record AnalyticsResult(AnalyticsDimensions dimensions, List<AnalyticsCell> items, int page, int size,
                              long total) {
}
