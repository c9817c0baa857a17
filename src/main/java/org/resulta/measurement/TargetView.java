package org.resulta.measurement;

import org.resulta.measurement.calculation.TargetType;

import java.math.BigDecimal;

/** A target of an indicator for a unit, period and option combination; {@code upperValue} is set for ranges. */
public record TargetView(String indicatorCode, String unitCode, String period, TargetType type, BigDecimal value,
                         BigDecimal upperValue, String narrative, String optionCombo) {
}
