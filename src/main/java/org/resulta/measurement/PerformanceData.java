package org.resulta.measurement;

import org.springframework.security.access.prepost.PreAuthorize;

import java.util.List;

/**
 * Targets and actuals. Setting a target needs TARGET_MANAGE and entering an actual DATA_ENTER, both on the
 * unit's subtree; the indicator must be readable by the caller and must apply to the unit.
 */
public interface PerformanceData {

    @PreAuthorize("hasPermission(#indicatorCode, 'Indicator', 'PLAN_READ') and hasPermission(#request.unitCode(), 'OrgUnit', 'TARGET_MANAGE')")
    TargetView setTarget(String indicatorCode, TargetRequest request);

    /**
     * Sets many targets of one unit at once: every line is checked first, and if any is refused nothing is saved.
     */
    @PreAuthorize("hasPermission(#unitCode, 'OrgUnit', 'TARGET_MANAGE')")
    int setTargets(String unitCode, List<TargetLine> lines);

    @PreAuthorize("hasPermission(#indicatorCode, 'Indicator', 'PLAN_READ') and hasPermission(#unitCode, 'OrgUnit', 'DATA_READ')")
    List<TargetView> targets(String indicatorCode, String unitCode);

    @PreAuthorize("hasPermission(#indicatorCode, 'Indicator', 'PLAN_READ') and hasPermission(#request.unitCode(), 'OrgUnit', 'DATA_ENTER')")
    ActualView recordActual(String indicatorCode, ActualRequest request);

    @PreAuthorize("hasPermission(#indicatorCode, 'Indicator', 'PLAN_READ') and hasPermission(#unitCode, 'OrgUnit', 'DATA_READ')")
    List<ActualView> actuals(String indicatorCode, String unitCode);

    @PreAuthorize("hasPermission(#unitCode, 'OrgUnit', 'DATA_READ')")
    DataEntrySheet entrySheet(String unitCode, String period);

    /**
     * Saves a period's actuals for a unit in one go: every line is checked first, and if any is refused
     * nothing is saved ({@link InvalidEntriesException} lists them all). Blank lines are skipped.
     */
    @PreAuthorize("hasPermission(#unitCode, 'OrgUnit', 'DATA_ENTER')")
    List<ActualView> recordActuals(String unitCode, String period, List<EntryLine> lines);
}
