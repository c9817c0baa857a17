package org.resulta.analytics;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The analyses of issue 4 part 4 on a unit's real figures: the five improvement strategies with value for money,
 * equity gaps between groups, and an indicator's trend projected to the end of its year with breaks and outliers.
 * Every figure comes from the same rollups as the scorecards, for units in the caller's scope.
 */
public interface PerformanceAnalyses {

    /**
     * How outputs moved against inputs from the period before to {@code period}: by program at the unit, or by
     * sub-unit for one output and one input indicator (chosen, or the first pair the results chain suggests).
     */
    @PreAuthorize("hasPermission(#unitCode, 'OrgUnit', 'DATA_READ')")
    StrategyView strategies(String unitCode, String period, StrategyBasis basis, String outputCode, String inputCode,
                            String outcomeCode);

    /**
     * Gaps and ratios between the groups of an indicator (its disaggregation's options, or the unit's sub-units
     * for regions) in {@code period} and the period before, each flagged when it widened by more than
     * {@code threshold} (null: one percent of the reference value).
     */
    @PreAuthorize("hasPermission(#unitCode, 'OrgUnit', 'DATA_READ')")
    EquityView equity(String unitCode, String indicatorCode, String period, EquityBasis basis, String reference,
                      Double threshold);

    /** An indicator's year so far projected to the year end against the annual target, with breaks and outliers. */
    @PreAuthorize("hasPermission(#indicatorCode, 'Indicator', 'PLAN_READ') and hasPermission(#unitCode, 'OrgUnit', 'DATA_READ')")
    TrendView trend(String indicatorCode, String unitCode, String period);

    /**
     * Scores rolled up the results chain of the unit's indicators and up the org tree from its sub-units, by
     * {@code method} (null: weighted mean), each link weighing its stored weight (indicator in result, result in
     * higher result, sub-unit in unit).
     */
    @PreAuthorize("hasPermission(#unitCode, 'OrgUnit', 'DATA_READ')")
    ScoreView scores(String unitCode, String period, org.resulta.analytics.evaluation.ScoreMethod method);

    /** The period the analyses open on: the last year that has ended. */
    String defaultPeriod();
}
