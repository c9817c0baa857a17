package org.resulta.measurement;

import org.resulta.shared.Page;
import org.resulta.shared.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;

import java.util.List;

/**
 * Indicators attached to results. An indicator belongs to the owner unit of its plan: units above and below it
 * may read it; PLAN_MANAGE on the owner's subtree changes it.
 */
public interface IndicatorCatalog {

    /** Indicators whose owner unit is related to the caller's scope. */
    @PreAuthorize("hasAuthority('PLAN_READ')")
    Page<IndicatorView> indicators(IndicatorQuery query, PageRequest page);

    @PreAuthorize("hasPermission(#code, 'Indicator', 'PLAN_READ')")
    IndicatorView indicator(String code);

    /** Indicators a unit reports or is scored on: those owned by the unit, a unit above it, or a unit below it. */
    @PreAuthorize("hasPermission(#unitCode, 'OrgUnit', 'DATA_READ')")
    List<IndicatorView> indicatorsForUnit(String unitCode);

    @PreAuthorize("hasPermission(#request.resultCode(), 'ResultNode', 'PLAN_MANAGE')")
    IndicatorView define(IndicatorRequest request);

    @PreAuthorize("hasPermission(#code, 'Indicator', 'PLAN_MANAGE') and hasPermission(#request.resultCode(), 'ResultNode', 'PLAN_MANAGE')")
    IndicatorView change(String code, IndicatorRequest request);

    /** Retires an indicator with a reason; its targets and actuals stay. */
    @PreAuthorize("hasPermission(#code, 'Indicator', 'PLAN_MANAGE')")
    IndicatorView retire(String code, String reason);
}
