package org.resulta.measurement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A reported actual: the value (computed from numerator and denominator for ratios), or text for narratives. */
public record ActualView(String indicatorCode, String unitCode, String period, BigDecimal value, BigDecimal numerator,
                         BigDecimal denominator, String text, String comment, String changedBy,
                         OffsetDateTime changedAt, String optionCombo) {
}
