package org.resulta.measurement;

import java.math.BigDecimal;

/**
 * One stored actual as exported: codes, the option combination ({@code total} for an indicator without
 * disaggregation), the value (computed for a ratio), the ratio's numerator and denominator, the text of a
 * qualitative indicator, the comment, and the indicator's measure.
 */
public record ExportedActual(String indicator, String unit, String period, String optionCombo, Measure measure,
                             BigDecimal value, BigDecimal numerator, BigDecimal denominator, String text,
                             String comment) {
}
