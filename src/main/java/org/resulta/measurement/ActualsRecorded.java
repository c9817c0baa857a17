package org.resulta.measurement;

import java.math.BigDecimal;
import java.util.List;

/**
 * Actuals were saved for one unit: the indicators and periods touched, for views to refresh, and the saved cells
 * themselves (by their small keys), so that the in-memory analytics can apply them without reading them back.
 */
public record ActualsRecorded(String unitCode, List<String> indicatorCodes, List<String> periods,
                              List<Cell> cells) {

    /** One saved actual; numbers are null where absent (the components of a non-ratio, any number of a text). */
    public record Cell(long indicatorId, long unitId, String period, int optionComboId, BigDecimal value,
                       BigDecimal numerator, BigDecimal denominator) {
    }

    public ActualsRecorded(String unitCode, List<String> indicatorCodes, List<String> periods) {
        this(unitCode, indicatorCodes, periods, List.of());
    }
}
