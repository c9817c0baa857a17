package org.resulta.measurement.calculation.formula;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The formula indicators of a government, checked together when one is defined: every reference must name
 * another formula indicator of the catalog or something the {@link ReferenceResolver} knows, and no formula may
 * reference itself, directly or through others. Immutable: {@link #with} returns a new catalog or refuses.
 * <p>
 * Every constant {@code C{key}} must be known to the resolver too; its value is bound into the formula, so a
 * catalog built after a constant changed computes with the new value.
 * <p>
 * Resolution of a reference {@code #{X}} or {@code #{X.c}}: a formula indicator of the catalog when X is one of
 * its codes (with a combination, the resolver must also know the combination); the whole text as one code when
 * the code itself contains a dot ({@code #{DOH.04}}); otherwise what the resolver says.
 * <p>
 * {@link #evaluate} computes a formula indicator, computing the formula indicators it references on the way: a
 * reference with a combination ({@code #{DOH-04.F}}) narrows every operand of DOH-04 without one to F, and a
 * period offset shifts all of them.
 */
public final class FormulaCatalog {

    private final Map<String, IndicatorFormula> formulas;
    private final ReferenceResolver resolver;
    private final List<String> order;

    private FormulaCatalog(Map<String, IndicatorFormula> formulas, ReferenceResolver resolver, List<String> order) {
        this.formulas = formulas;
        this.resolver = resolver;
        this.order = order;
    }

    public static FormulaCatalog empty(ReferenceResolver resolver) {
        return new FormulaCatalog(Map.of(), Objects.requireNonNull(resolver, "resolver"), List.of());
    }

    /** Checks and binds all the formulas; refuses the first unknown reference or cycle found. */
    public static FormulaCatalog of(Map<String, IndicatorFormula> formulas, ReferenceResolver resolver) {
        return define(new LinkedHashMap<>(formulas), Objects.requireNonNull(resolver, "resolver"));
    }

    /** This catalog with {@code code} defined (or redefined) as {@code formula}, or a refusal naming the offending term. */
    public FormulaCatalog with(String code, IndicatorFormula formula) {
        LinkedHashMap<String, IndicatorFormula> next = new LinkedHashMap<>();
        next.put(code, formula);
        formulas.forEach(next::putIfAbsent);
        return define(next, resolver);
    }

    public Optional<IndicatorFormula> formula(String code) {
        return Optional.ofNullable(formulas.get(code));
    }

    public Set<String> codes() {
        return formulas.keySet();
    }

    /** The codes, each after every formula indicator it references. */
    public List<String> evaluationOrder() {
        return order;
    }

    /** The value of formula indicator {@code code} from stored (aggregated) values of everything else. */
    public FormulaValue evaluate(String code, ValueSource stored) {
        return evaluate(code, stored, MissingValues.NO_VALUE);
    }

    public FormulaValue evaluate(String code, ValueSource stored, MissingValues missing) {
        if (!formulas.containsKey(code)) {
            throw new IllegalArgumentException("No formula indicator " + code);
        }
        return new Evaluation(stored, missing).value(code, null, 0);
    }

    private final class Evaluation {
        private final ValueSource stored;
        private final MissingValues missing;
        private final Map<Reference, FormulaValue> done = new HashMap<>();

        Evaluation(ValueSource stored, MissingValues missing) {
            this.stored = stored;
            this.missing = missing;
        }

        FormulaValue value(String code, String combination, int shift) {
            Reference key = new Reference(code, combination, shift);
            FormulaValue known = done.get(key);
            if (known != null) {
                return known;
            }
            Map<String, String> reasons = new LinkedHashMap<>();
            FormulaValue value = formulas.get(code).evaluate(reference -> {
                Reference actual = new Reference(reference.item(), reference.combination(), reference.periodOffset() + shift);
                if (combination != null) {
                    actual = actual.narrowedTo(combination);
                }
                if (!formulas.containsKey(actual.item())) {
                    return stored.valueOf(actual);
                }
                FormulaValue inner = value(actual.item(), actual.combination(), actual.periodOffset());
                if (!inner.hasValue()) {
                    reasons.put(reference.text(), inner.reason());
                }
                return inner.value();
            }, missing);
            if (!value.hasValue() && !reasons.isEmpty()) {
                StringBuilder why = new StringBuilder(value.reason());
                reasons.forEach((reference, reason) -> why.append(" (").append(reference).append(": ").append(reason).append(")"));
                value = new FormulaValue(null, value.numerator(), value.denominator(), why.toString());
            }
            done.put(key, value);
            return value;
        }
    }

    // ---- definition

    private static FormulaCatalog define(LinkedHashMap<String, IndicatorFormula> formulas, ReferenceResolver resolver) {
        LinkedHashMap<String, IndicatorFormula> bound = new LinkedHashMap<>();
        Map<String, List<Link>> edges = new LinkedHashMap<>();
        formulas.forEach((code, formula) -> {
            List<Link> toMembers = new ArrayList<>();
            Formula numerator = bind(code, "numerator", formula.numerator(), formulas, resolver, toMembers);
            Formula denominator = formula.denominator() == null ? null
                    : bind(code, "denominator", formula.denominator(), formulas, resolver, toMembers);
            bound.put(code, new IndicatorFormula(numerator, denominator, formula.factor()));
            edges.put(code, toMembers);
        });
        List<String> order = new CycleSearch(edges).orderOrRefuse();
        return new FormulaCatalog(Collections.unmodifiableMap(bound), resolver, List.copyOf(order));
    }

    private static Formula bind(String code, String part, Formula formula, Map<String, IndicatorFormula> members,
                                ReferenceResolver resolver, List<Link> toMembers) {
        Map<Reference, Reference> readings = new HashMap<>();
        for (Node.Operand operand : formula.operands()) {
            Reference reference = operand.reference();
            Reference reading = readings.containsKey(reference) ? readings.get(reference)
                    : resolve(reference, members, resolver).orElseThrow(() -> new FormulaException(
                    "Unknown reference " + reference.text() + " in the " + part + " of " + code + " at position "
                            + (operand.start() + 1) + ": no indicator, data element or combination by that name",
                    operand.start() + 1, reference.text(), code, part, reference.text()));
            readings.put(reference, reading);
            if (members.containsKey(reading.item())) {
                toMembers.add(new Link(part, reading, operand.start() + 1));
            }
        }
        Map<String, Double> constants = new HashMap<>();
        for (Node.Constant constant : formula.constantNodes()) {
            if (!constants.containsKey(constant.key())) {
                Double value = resolver.constant(constant.key()).orElseThrow(() -> new FormulaException(
                        "Unknown constant " + constant.written() + " in the " + part + " of " + code + " at position "
                                + (constant.start() + 1) + ": no constant has that code or DHIS2 uid",
                        constant.start() + 1, constant.written(), code, part, constant.written()));
                constants.put(constant.key(), value);
            }
        }
        return formula.rebind(readings).withConstants(constants);
    }

    private static Optional<Reference> resolve(Reference reference, Map<String, IndicatorFormula> members,
                                               ReferenceResolver resolver) {
        if (members.containsKey(reference.item()) && !reference.hasCombination()) {
            return Optional.of(reference);
        }
        if (reference.hasCombination() && members.containsKey(reference.item() + "." + reference.combination())) {
            return Optional.of(new Reference(reference.item() + "." + reference.combination(), null, reference.periodOffset()));
        }
        return resolver.resolve(reference);
    }

    /** A reference from one formula to another formula indicator, at a 1-based position of its numerator or denominator. */
    private record Link(String part, Reference reference, int position) {
    }

    /** Depth-first search over the references between formula indicators: a topological order, or the first cycle. */
    private static final class CycleSearch {
        private final Map<String, List<Link>> edges;
        private final Map<String, Boolean> finished = new HashMap<>();
        private final List<String> path = new ArrayList<>();
        /** The link followed out of each code of the path (one fewer than the path while visiting). */
        private final List<Link> via = new ArrayList<>();
        private final List<String> order = new ArrayList<>();

        CycleSearch(Map<String, List<Link>> edges) {
            this.edges = edges;
        }

        List<String> orderOrRefuse() {
            for (String code : edges.keySet()) {
                visit(code);
            }
            return order;
        }

        private void visit(String code) {
            if (Boolean.TRUE.equals(finished.get(code))) {
                return;
            }
            path.add(code);
            finished.put(code, false);
            for (Link link : edges.get(code)) {
                String next = link.reference().item();
                if (Boolean.FALSE.equals(finished.get(next))) {
                    via.add(link);
                    throw cycle(next);
                }
                via.add(link);
                visit(next);
                via.remove(via.size() - 1);
            }
            path.remove(path.size() - 1);
            finished.put(code, true);
            order.add(code);
        }

        /**
         * The cycle back to {@code back}, located at the link out of {@code back} (the first code of the search, so
         * the formula being defined when it is part of the cycle).
         */
        private FormulaException cycle(String back) {
            int first = path.indexOf(back);
            List<String> loop = new ArrayList<>(path.subList(first, path.size()));
            loop.add(back);
            String cycle = String.join(" -> ", loop);
            Link out = via.get(first);
            String where = out.reference().text() + " in the " + out.part() + " of " + back + " at position "
                    + out.position();
            String message = loop.size() == 2 ? back + " references itself: " + where
                    : "The formulas reference each other in a cycle: " + cycle + " (" + where + ")";
            return new FormulaException(message, out.position(), cycle, back, out.part(), out.reference().text());
        }
    }
}
