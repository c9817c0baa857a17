package org.resulta.analytics;

import org.springframework.security.access.prepost.PreAuthorize;

import java.util.List;

/** Scorecards, series and sub-unit tables, for units in the caller's scope. */
public interface Scorecards {

    /** Every indicator in the unit's scope for the period, rolled up from its sub-units. */
    @PreAuthorize("hasPermission(#unitCode, 'OrgUnit', 'DATA_READ')")
    ScorecardView scorecard(String unitCode, String period);

    /** Targets and actuals of an indicator for a unit over the periods from {@code from} to {@code to}. */
    @PreAuthorize("hasPermission(#indicatorCode, 'Indicator', 'PLAN_READ') and hasPermission(#unitCode, 'OrgUnit', 'DATA_READ')")
    IndicatorSeries series(String indicatorCode, String unitCode, String from, String to);

    /** The unit's total and each direct sub-unit's figures for an indicator and period. */
    @PreAuthorize("hasPermission(#indicatorCode, 'Indicator', 'PLAN_READ') and hasPermission(#unitCode, 'OrgUnit', 'DATA_READ')")
    List<SubUnitRow> bySubUnit(String indicatorCode, String unitCode, String period);

    /** The period a scorecard opens on: the latest quarter that has ended. */
    String defaultPeriod();
}
