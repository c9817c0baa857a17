package org.resulta.analytics.evaluation;

/** A derived figure, or no figure with the reason why ({@code value} null). Never infinity or NaN. */
public record Figure(Double value, String reason) {

    public Figure {
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("A figure is finite; use Figure.none with a reason");
        }
    }

    /** The value, or no figure when it is not finite (an overflow), saying so. */
    public static Figure of(double value) {
        return Double.isFinite(value) ? new Figure(value, null) : none("The figure is too large to compute");
    }

    public static Figure none(String reason) {
        return new Figure(null, reason);
    }

    public boolean hasValue() {
        return value != null;
    }
}
