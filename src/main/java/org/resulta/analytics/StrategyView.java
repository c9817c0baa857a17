package org.resulta.analytics;

import java.util.List;

/**
 * The five improvement strategies (DOMAIN.md 0.2) for a unit, period on period: one row per program and output
 * (basis PROGRAMS) or per sub-unit with the unit's total first (SUB_UNITS). The indicator lists are what can be
 * chosen as output, input (costs, or the indicators of input-level results) and outcome.
 */
public record StrategyView(String unitCode, String unitName, String period, String periodLabel, String previousPeriod,
                           String previousPeriodLabel, StrategyBasis basis, String outputCode, String inputCode,
                           String outcomeCode, List<StrategyRow> rows, List<IndicatorChoice> outputs,
                           List<IndicatorChoice> inputs, List<IndicatorChoice> outcomes, String note) {

    public long classified() {
        return rows.stream().filter(r -> r.movement() != null).count();
    }

    public long improved() {
        return rows.stream().filter(r -> r.strategy() != null).count();
    }
}
