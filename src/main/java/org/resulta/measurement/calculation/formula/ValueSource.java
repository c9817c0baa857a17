package org.resulta.measurement.calculation.formula;

/**
 * Supplies the value of each operand for the unit, period and disaggregation being evaluated, already aggregated
 * by the operand's own rule (a sum over the subtree and the period, say): a formula is computed from aggregated
 * components, never by averaging values it computed before. Null means there is no value.
 */
@FunctionalInterface
public interface ValueSource {

    Double valueOf(Reference reference);
}
