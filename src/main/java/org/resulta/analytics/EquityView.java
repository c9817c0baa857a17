package org.resulta.analytics;

import java.util.List;

/**
 * Equity gaps of an indicator at a unit, this period against the one before: each group's value in both periods,
 * its gap and ratio to the reference, and whether the gap widened by more than {@code threshold} (in the
 * indicator's unit). {@code references} are the groups that can serve as reference ("total": the unit's own value).
 */
public record EquityView(String unitCode, String unitName, String indicatorCode, String indicatorName,
                         String unitOfMeasure, int decimals, String period, String periodLabel, String previousPeriod,
                         String previousPeriodLabel, EquityBasis basis, String disaggregation, String reference,
                         String referenceName, Double referenceValue, Double previousReferenceValue, double threshold,
                         List<EquityRow> rows, List<IndicatorChoice> indicators, List<IndicatorChoice> references,
                         String note) {

    public long flagged() {
        return rows.stream().filter(EquityRow::flagged).count();
    }
}
