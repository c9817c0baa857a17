package org.resulta.measurement.calculation.formula;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * How a formula indicator is computed (DOMAIN.md 13.5): {@code numerator / denominator x factor}, or an expression
 * alone ({@code denominator} null, value = {@code numerator x factor}). DHIS2's indicators map one to one: their
 * numerator, denominator and the indicator type's factor.
 * <p>
 * Evaluate it from <em>aggregated</em> operands (each summed over the units and periods asked for): the value of a
 * region is its summed numerator over its summed denominator, never the mean of its districts' rates.
 */
public record IndicatorFormula(Formula numerator, Formula denominator, double factor) {

    public IndicatorFormula {
        Objects.requireNonNull(numerator, "numerator");
        if (!Double.isFinite(factor) || factor == 0) {
            throw new IllegalArgumentException("The factor must be a finite number other than zero, not " + factor);
        }
    }

    /** {@code numerator / denominator x factor}; refuses a syntax error in either. */
    public static IndicatorFormula ratio(String numerator, String denominator, double factor) {
        return new IndicatorFormula(Formula.parse(numerator), Formula.parse(denominator), factor);
    }

    /** An expression over other indicators, with no denominator and a factor of 1. */
    public static IndicatorFormula expression(String text) {
        return new IndicatorFormula(Formula.parse(text), null, 1);
    }

    public boolean isRatio() {
        return denominator != null;
    }

    /** The distinct operands of the numerator, then of the denominator. */
    public List<Reference> references() {
        LinkedHashSet<Reference> all = new LinkedHashSet<>(numerator.references());
        if (denominator != null) {
            all.addAll(denominator.references());
        }
        return List.copyOf(all);
    }

    public FormulaValue evaluate(ValueSource aggregatedOperands) {
        return evaluate(aggregatedOperands, MissingValues.NO_VALUE);
    }

    public FormulaValue evaluate(ValueSource aggregatedOperands, MissingValues missing) {
        FormulaValue top = numerator.evaluate(aggregatedOperands, missing);
        if (denominator == null) {
            return top.hasValue() ? scaled(top.value(), "The value") : top;
        }
        FormulaValue bottom = denominator.evaluate(aggregatedOperands, missing);
        if (!top.hasValue() || !bottom.hasValue()) {
            return FormulaValue.none(!top.hasValue() ? "Numerator: " + top.reason() : "Denominator: " + bottom.reason());
        }
        if (bottom.value() == 0) {
            return new FormulaValue(null, top.value(), 0.0, "Division by zero: the denominator "
                    + denominator.text().strip() + " is 0");
        }
        FormulaValue value = scaled(top.value() / bottom.value(), "The ratio");
        return value.hasValue() ? FormulaValue.ratio(value.value(), top.value(), bottom.value()) : value;
    }

    private FormulaValue scaled(double value, String what) {
        double result = value * factor;
        return Double.isFinite(result) ? FormulaValue.of(result)
                : FormulaValue.none(what + " is too large to compute");
    }
}
