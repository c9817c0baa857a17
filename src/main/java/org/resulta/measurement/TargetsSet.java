package org.resulta.measurement;

import org.resulta.measurement.calculation.TargetType;

import java.math.BigDecimal;
import java.util.List;

/** Targets were set for one unit: the saved cells by their small keys, for the in-memory analytics to apply. */
public record TargetsSet(String unitCode, List<Cell> cells) {

    /** One saved target; {@code value} is null for a narrative target, {@code upperValue} set for a range. */
    public record Cell(long indicatorId, long unitId, String period, int optionComboId, TargetType type,
                       BigDecimal value, BigDecimal upperValue) {
    }
}
