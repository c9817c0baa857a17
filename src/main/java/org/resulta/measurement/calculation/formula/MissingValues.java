package org.resulta.measurement.calculation.formula;

/** What an operand without a value does to a formula. */
public enum MissingValues {
    /** The formula has no value, and the reason names the missing operands (the default). */
    NO_VALUE,
    /**
     * A missing operand counts as zero unless every operand is missing, the way DHIS2 computes indicators
     * ([U] to confirm per imported indicator).
     */
    ZERO_UNLESS_ALL_MISSING
}
