package org.resulta.measurement.calculation;

/**
 * How values combine over units and over time (DOMAIN.md 13.4). LAST only makes sense over time (a snapshot);
 * RATIO_RECOMPUTE sums numerators and denominators and divides again, never averaging rates.
 */
public enum AggregationMethod {
    SUM("Sum", true),
    AVERAGE("Average", true),
    LAST("Last value (snapshot)", false),
    MIN("Minimum", true),
    MAX("Maximum", true),
    COUNT("Count of reports", true),
    RATIO_RECOMPUTE("Ratio recomputed from numerators and denominators", true),
    NONE("Not aggregated", true);

    private final String label;
    private final boolean overUnits;

    AggregationMethod(String label, boolean overUnits) {
        this.label = label;
        this.overUnits = overUnits;
    }

    public String label() {
        return label;
    }

    /** False for methods that only make sense along time. */
    public boolean appliesOverUnits() {
        return overUnits;
    }
}
