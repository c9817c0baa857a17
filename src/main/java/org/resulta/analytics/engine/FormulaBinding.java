package org.resulta.analytics.engine;

import org.resulta.measurement.calculation.formula.FormulaCatalog;
import org.resulta.measurement.calculation.formula.ReferenceResolver;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/**
 * What the engine needs to compute formula indicators (DOMAIN.md 13.5): the formulas, which indicator ids they
 * compute, the rules of every indicator they reference (by code), and the database ids of the option combinations
 * they name ({@code CODE.COMBO}). A formula indicator's actual for a unit and period is its formula evaluated over
 * its components' actuals for the same unit and period, each rolled up by its own rule: a ratio of sums, never a
 * sum or mean of computed ratios.
 */
public final class FormulaBinding {

    /** No formula indicators. */
    public static final FormulaBinding NONE = new FormulaBinding(
            FormulaCatalog.empty((ReferenceResolver) Optional::of), Map.of(), Map.of(), Map.of());

    private final FormulaCatalog catalog;
    private final Map<Long, String> formulaCodes;
    private final Map<String, IndicatorRules> components;
    private final Map<String, Long> comboIds;

    /**
     * @param formulaCodes the code of each formula indicator, by indicator id
     * @param components   the rules of the indicators the formulas reference, by code
     * @param comboIds     the database id of each option combination referenced, by {@code CODE.COMBO}
     */
    public FormulaBinding(FormulaCatalog catalog, Map<Long, String> formulaCodes, Map<String, IndicatorRules> components,
                          Map<String, Long> comboIds) {
        this.catalog = catalog;
        this.formulaCodes = Map.copyOf(formulaCodes);
        this.components = Map.copyOf(components);
        this.comboIds = Map.copyOf(comboIds);
    }

    public boolean isEmpty() {
        return formulaCodes.isEmpty();
    }

    /** The ids of the indicators with typed actuals that the formulas reference (to load their values). */
    public Set<Long> componentIds() {
        Set<Long> ids = new HashSet<>();
        components.values().forEach(c -> ids.add(c.id()));
        return ids;
    }

    /** The id of each indicator with typed actuals that the formulas reference, by code. */
    public Map<String, Long> componentIdsByCode() {
        Map<String, Long> ids = new HashMap<>();
        components.forEach((code, rules) -> ids.put(code, rules.id()));
        return ids;
    }

    /** Whether the indicator's actuals are computed by one of the formulas. */
    public boolean computes(long indicatorId) {
        return formulaCodes.containsKey(indicatorId);
    }

    /** The code of each formula indicator, by indicator id. */
    Map<Long, String> formulaCodes() {
        return formulaCodes;
    }

    FormulaCatalog catalog() {
        return catalog;
    }

    /** The code of the formula computing this indicator, or null for an indicator with typed actuals. */
    String formulaCode(long indicatorId) {
        return formulaCodes.get(indicatorId);
    }

    IndicatorRules component(String code) {
        return components.get(code);
    }

    /** The database id of a referenced option combination, or null. */
    Long comboId(String indicatorCode, String comboCode) {
        return comboIds.get(indicatorCode + "." + comboCode);
    }
}
