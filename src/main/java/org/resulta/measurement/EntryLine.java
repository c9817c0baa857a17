package org.resulta.measurement;

import java.math.BigDecimal;

/** One line of the data-entry form: the actual for one indicator. All value fields blank means "no change". */
public record EntryLine(String indicatorCode, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
                        String text, String comment) {

    public boolean isBlank() {
        return value == null && numerator == null && denominator == null && (text == null || text.isBlank());
    }
}
