package org.resulta.shared;

import java.math.BigDecimal;

/**
 * The rule every score weight follows (a result's weight in the result it contributes to, an indicator's in its
 * result, a unit's in its parent): a positive number of at most {@link #MAX}, with at most four decimals. Weights
 * are relative to their siblings', so 2 and 1 mean two thirds and one third.
 */
public final class ScoreWeight {

    public static final BigDecimal MAX = BigDecimal.valueOf(1000);
    public static final String RULE = "weight-range";

    private ScoreWeight() {
    }

    /** A weight typed into a form: null when blank, refused (naming {@code field}) when it is not a number. */
    public static BigDecimal parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, RULE, "A weight must be a positive number of at most 1000 with at "
                    + "most 4 decimals, not '" + text.trim() + "'");
        }
    }

    /** {@code weight} checked, or 1 when it is null; a refusal names {@code field} and the rule. */
    public static BigDecimal orOne(String field, BigDecimal weight) {
        return weight == null ? BigDecimal.ONE : checked(field, weight);
    }

    /** {@code weight} checked; a refusal names {@code field} and the rule {@value #RULE}. */
    public static BigDecimal checked(String field, BigDecimal weight) {
        if (weight == null || weight.signum() <= 0 || weight.compareTo(MAX) > 0 || weight.stripTrailingZeros().scale() > 4) {
            throw new InvalidValueException(field, RULE, "A weight must be a positive number of at most 1000 with at "
                    + "most 4 decimals, not " + (weight == null ? "empty" : weight.toPlainString()));
        }
        return Numbers.plain(weight);
    }
}
