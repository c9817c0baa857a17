package org.resulta.analytics.domain;

import org.resulta.analytics.engine.FormulaBinding;
import org.resulta.analytics.engine.IndicatorRules;
import org.resulta.measurement.IndicatorView;
import org.resulta.measurement.MeasurementLookup;
import org.resulta.measurement.calculation.formula.FormulaCatalog;
import org.resulta.measurement.calculation.formula.IndicatorFormula;
import org.resulta.measurement.calculation.formula.Reference;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Binds the government's formulas to the engine: the ids they compute, their components' rules and combinations. */
final class FormulaBindings {

    private FormulaBindings() {
    }

    static FormulaBinding of(MeasurementLookup measurements) {
        FormulaCatalog catalog = measurements.formulas();
        if (catalog.codes().isEmpty()) {
            return FormulaBinding.NONE;
        }
        Map<Long, String> codes = new HashMap<>();
        Map<String, IndicatorRules> components = new HashMap<>();
        Map<String, Long> combos = new HashMap<>();
        for (String code : catalog.codes()) {
            measurements.find(code).ifPresent(v -> codes.put(v.id(), code));
            bind(code, null, catalog, measurements, components, combos, new HashSet<>());
        }
        return new FormulaBinding(catalog, codes, components, combos);
    }

    /** The components of one formula, narrowed to {@code combination} when a formula referenced it so. */
    private static void bind(String code, String combination, FormulaCatalog catalog, MeasurementLookup measurements,
                             Map<String, IndicatorRules> components, Map<String, Long> combos, Set<String> seen) {
        if (!seen.add(code + "." + combination)) {
            return;
        }
        IndicatorFormula formula = catalog.formula(code).orElseThrow();
        for (Reference reference : formula.references()) {
            String narrowed = reference.hasCombination() ? reference.combination() : combination;
            if (catalog.codes().contains(reference.item())) {
                bind(reference.item(), narrowed, catalog, measurements, components, combos, seen);
                continue;
            }
            Optional<IndicatorView> component = measurements.find(reference.item());
            if (component.isEmpty()) {
                continue;
            }
            components.put(reference.item(), ScoreModel.rules(component.get()));
            if (narrowed != null) {
                measurements.optionComboId(reference.item(), narrowed)
                        .ifPresent(id -> combos.put(reference.item() + "." + narrowed, id.longValue()));
            }
        }
    }
}
