package org.resulta.measurement.calculation.formula;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Value sources and resolvers for formula tests, written as the operands appear in formulas. */
final class FormulaFixtures {

    private FormulaFixtures() {
    }

    /** A value source from pairs such as {@code "#{DOH-01}", 40.0}; any other operand has no value. */
    static ValueSource values(Object... operandsAndValues) {
        Map<String, Double> values = new HashMap<>();
        for (int i = 0; i < operandsAndValues.length; i += 2) {
            Number value = (Number) operandsAndValues[i + 1];
            values.put((String) operandsAndValues[i], value == null ? null : value.doubleValue());
        }
        return reference -> values.get(reference.text());
    }

    /** The operand values of several units summed, the way the engine aggregates a count over a subtree. */
    static ValueSource summed(List<ValueSource> units) {
        return reference -> {
            Double total = null;
            for (ValueSource unit : units) {
                Double value = unit.valueOf(reference);
                if (value != null) {
                    total = (total == null ? 0 : total) + value;
                }
            }
            return total;
        };
    }

    /** Knows the given items, with or without a combination, and nothing else. */
    static ReferenceResolver knowing(String... items) {
        Set<String> known = Set.of(items);
        return reference -> known.contains(reference.item()) ? Optional.of(reference) : Optional.empty();
    }

    /** Knows the given items and, for any of them, only the given combinations. */
    static ReferenceResolver knowing(Set<String> items, Set<String> combinations) {
        return reference -> items.contains(reference.item())
                && (!reference.hasCombination() || combinations.contains(reference.combination()))
                ? Optional.of(reference) : Optional.empty();
    }

    static double value(String formula, ValueSource source) {
        FormulaValue v = Formula.parse(formula).evaluate(source);
        if (!v.hasValue()) {
            throw new AssertionError("No value for " + formula + ": " + v.reason());
        }
        return v.value();
    }
}
