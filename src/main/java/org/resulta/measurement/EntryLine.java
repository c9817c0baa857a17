package org.resulta.measurement;

import java.math.BigDecimal;

/**
 * One line of the data-entry form: the actual for one indicator (and option combination, for a disaggregated
 * one). All value fields blank means "no change".
 */
public record EntryLine(String indicatorCode, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
                        String text, String comment, String optionCombo) {

    /** A line for an indicator without disaggregation. */
    public EntryLine(String indicatorCode, BigDecimal value, BigDecimal numerator, BigDecimal denominator, String text,
                     String comment) {
        this(indicatorCode, value, numerator, denominator, text, comment, null);
    }

    public boolean isBlank() {
        return value == null && numerator == null && denominator == null && (text == null || text.isBlank());
    }
}
