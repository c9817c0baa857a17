package org.resulta.measurement.calculation;

/**
 * One value to aggregate; ratio values also carry their numerator and denominator (NaN when there are none).
 */
public record Observation(double value, double numerator, double denominator) {

    public static Observation of(double value) {
        return new Observation(value, Double.NaN, Double.NaN);
    }

    /** A ratio value {@code numerator / denominator x multiplier}; NaN value when the denominator is zero. */
    public static Observation ratio(double numerator, double denominator, double multiplier) {
        double value = denominator == 0 ? Double.NaN : numerator / denominator * multiplier;
        return new Observation(value, numerator, denominator);
    }

    public boolean hasComponents() {
        return !Double.isNaN(numerator) && !Double.isNaN(denominator);
    }
}
