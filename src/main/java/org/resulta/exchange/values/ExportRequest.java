package org.resulta.exchange.values;

import java.util.List;

/**
 * What to export: the actuals of units at or below {@code unitCode}, of a data set's indicators or a list of
 * indicators (every indicator when both are empty), for periods from {@code fromPeriod} to {@code toPeriod}.
 */
public record ExportRequest(String unitCode, String dataSetCode, List<String> indicatorCodes, String fromPeriod,
                            String toPeriod) {

    public ExportRequest {
        indicatorCodes = indicatorCodes == null ? List.of() : List.copyOf(indicatorCodes);
    }
}
