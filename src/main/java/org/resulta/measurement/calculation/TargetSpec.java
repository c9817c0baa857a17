package org.resulta.measurement.calculation;

/** A numeric target: {@code value} (the lower bound of a range) and, for ranges, {@code upper}. */
public record TargetSpec(TargetType type, double value, Double upper) {

    public static TargetSpec exact(double value) {
        return new TargetSpec(TargetType.EXACT, value, null);
    }

    public static TargetSpec atLeast(double value) {
        return new TargetSpec(TargetType.AT_LEAST, value, null);
    }

    public static TargetSpec atMost(double value) {
        return new TargetSpec(TargetType.AT_MOST, value, null);
    }

    public static TargetSpec range(double lower, double upper) {
        return new TargetSpec(TargetType.RANGE, lower, upper);
    }
}
