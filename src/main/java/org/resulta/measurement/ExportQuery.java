package org.resulta.measurement;

import java.util.List;

/**
 * Which actuals to export: those of units at or below {@code unitCode}, of the data set's indicators (or of
 * {@code indicatorCodes}; every indicator when both are empty), for periods that start on or after the start of
 * {@code fromPeriod} and end on or before the end of {@code toPeriod} (either may be blank: no limit).
 */
public record ExportQuery(String unitCode, String dataSetCode, List<String> indicatorCodes, String fromPeriod,
                          String toPeriod) {

    public ExportQuery {
        indicatorCodes = indicatorCodes == null ? List.of() : List.copyOf(indicatorCodes);
    }
}
