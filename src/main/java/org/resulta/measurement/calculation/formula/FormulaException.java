package org.resulta.measurement.calculation.formula;

/**
 * A formula refused when it is defined: a syntax error (with the 1-based character position and the offending
 * token), an unknown reference, or a cycle between formulas. The message names the offending term.
 */
public class FormulaException extends RuntimeException {

    private final int position;
    private final String term;
    private final String formulaCode;
    private final String part;
    private final String reference;

    FormulaException(String message, int position, String term) {
        this(message, position, term, null, null, null);
    }

    FormulaException(String message, int position, String term, String formulaCode, String part, String reference) {
        super(message);
        this.position = position;
        this.term = term;
        this.formulaCode = formulaCode;
        this.part = part;
        this.reference = reference;
    }

    /** The formula indicator at fault, when a catalog refused it (null for a syntax error). */
    public String formulaCode() {
        return formulaCode;
    }

    /** "numerator" or "denominator": the part of {@link #formulaCode()} the position is in (null for a syntax error). */
    public String part() {
        return part;
    }

    /** The reference at fault as written, for an unknown reference or a cycle (null for a syntax error). */
    public String reference() {
        return reference;
    }

    /** 1-based character position of the offending term in the formula text, or 0 when there is none. */
    public int position() {
        return position;
    }

    /** The offending token, reference, or the cycle as {@code A -> B -> A}. */
    public String term() {
        return term;
    }
}
