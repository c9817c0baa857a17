package org.resulta.measurement;

import org.springframework.security.access.prepost.PreAuthorize;

import java.util.Optional;

/**
 * Formula indicators (DOMAIN.md 13.5): indicators whose actuals are computed from other indicators' values, never
 * typed. Reading a formula needs PLAN_READ on the indicator; setting or removing it PLAN_MANAGE on the
 * indicator's owner unit, as for changing the indicator itself.
 */
public interface FormulaIndicators {

    @PreAuthorize("hasPermission(#indicatorCode, 'Indicator', 'PLAN_READ')")
    Optional<FormulaView> formula(String indicatorCode);

    /**
     * Sets (or replaces) the formula of an indicator; DHIS2 uids in it are translated by {@link FormulaIdentifiers}
     * and the formula is saved in Resulta codes. Refused ({@link FormulaRefusedException}) for a syntax error or an
     * unsupported DHIS2 function, an unknown or retired indicator or option combination, an unmapped uid, an unknown
     * constant, a qualitative indicator, or a reference to itself,
     * directly or through other formula indicators; refused with a conflict when the indicator has typed actuals.
     */
    @PreAuthorize("hasPermission(#indicatorCode, 'Indicator', 'PLAN_MANAGE')")
    FormulaView defineFormula(String indicatorCode, FormulaRequest request);

    /**
     * Removes the formula: the indicator takes typed actuals again (formulas referencing it then read those).
     * The audit trail keeps the formula removed.
     */
    @PreAuthorize("hasPermission(#indicatorCode, 'Indicator', 'PLAN_MANAGE')")
    void removeFormula(String indicatorCode);
}
