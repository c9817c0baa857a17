package org.resulta.measurement.calculation.formula;

/**
 * A formula refused when it is defined: a syntax error (with the 1-based character position and the offending
 * token), an unknown reference, or a cycle between formulas. The message names the offending term.
 */
public class FormulaException extends RuntimeException {

    private final int position;
    private final String term;

    FormulaException(String message, int position, String term) {
        super(message);
        this.position = position;
        this.term = term;
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
