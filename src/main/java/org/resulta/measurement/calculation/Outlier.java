package org.resulta.measurement.calculation;

/** A period whose value stands out: its index in the series, the value, and its (modified) z-score. */
public record Outlier(int period, double value, double score) {
}
