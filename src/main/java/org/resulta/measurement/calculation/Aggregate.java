package org.resulta.measurement.calculation;

/**
 * The result of an aggregation: the value (null when there is none, with the reason in {@code note}), the summed
 * numerator and denominator where the inputs had them, and how many observations went in.
 */
public record Aggregate(Double value, Double numerator, Double denominator, int count, String note) {

    static Aggregate empty() {
        return new Aggregate(null, null, null, 0, null);
    }

    static Aggregate none(int count, String why) {
        return new Aggregate(null, null, null, count, why);
    }

    public boolean hasValue() {
        return value != null;
    }

    /** This aggregate as an observation to aggregate further (over units after time, say). */
    public Observation asObservation() {
        return new Observation(value == null ? Double.NaN : value, numerator == null ? Double.NaN : numerator,
                denominator == null ? Double.NaN : denominator);
    }
}
