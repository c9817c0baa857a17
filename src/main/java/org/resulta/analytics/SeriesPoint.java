package org.resulta.analytics;

import org.resulta.measurement.calculation.Status;

/** One period of an indicator's series for a unit. */
public record SeriesPoint(String period, String periodLabel, Double target, Double targetUpper, Double actual,
                          Double achievement, Status status) {
}
