package org.resulta.measurement;

import org.resulta.measurement.calculation.TargetType;

import java.math.BigDecimal;

/** One target in a batch for a unit: the indicator, the period and the target itself. */
public record TargetLine(String indicatorCode, String period, TargetType type, BigDecimal value,
                         BigDecimal upperValue, String narrative, String optionCombo) {

    /** A target for the total. */
    public TargetLine(String indicatorCode, String period, TargetType type, BigDecimal value, BigDecimal upperValue,
                      String narrative) {
        this(indicatorCode, period, type, value, upperValue, narrative, null);
    }
}
