package org.resulta.measurement.calculation.formula;

/**
 * The value of a formula, or no value with the reason why ({@code value} null). A numerator / denominator
 * indicator also carries its two components, so that it can be aggregated further by summing them; they are null
 * for a plain expression. Never infinity or NaN.
 */
public record FormulaValue(Double value, Double numerator, Double denominator, String reason) {

    static FormulaValue of(double value) {
        return new FormulaValue(value, null, null, null);
    }

    static FormulaValue ratio(double value, double numerator, double denominator) {
        return new FormulaValue(value, numerator, denominator, null);
    }

    static FormulaValue none(String reason) {
        return new FormulaValue(null, null, null, reason);
    }

    public boolean hasValue() {
        return value != null;
    }
}
