package org.resulta.measurement;

import org.resulta.shared.InvalidValueException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A formula refused when saved: a syntax error, a reference to an unknown indicator or option combination, or a
 * reference to itself (directly or through other formulas). Names the offending {@code term} and its 1-based
 * {@code position} in the numerator or denominator ({@code field}); answered with HTTP 400.
 */
public class FormulaRefusedException extends InvalidValueException {

    private final String term;
    private final int position;

    public FormulaRefusedException(String field, String rule, String message, String term, int position) {
        super(field, rule, message);
        this.term = term;
        this.position = position;
    }

    public String term() {
        return term;
    }

    public int position() {
        return position;
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("term", term);
        details.put("position", position);
        return details;
    }
}
