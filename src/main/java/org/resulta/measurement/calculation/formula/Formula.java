package org.resulta.measurement.calculation.formula;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * A parsed formula: numbers, + - * / (or − × ÷), parentheses, unary minus, references ({@link Reference}),
 * each optionally followed by {@code .periodOffset(n)}, and named constants {@code C{key}}. Immutable.
 * <p>
 * Evaluated against a {@link ValueSource}: division by zero gives no value with the reason (quoting the
 * denominator), a missing operand gives no value naming it, and the result is never infinity or NaN.
 */
public final class Formula {

    private final String text;
    private final Node root;

    private Formula(String text, Node root) {
        this.text = text;
        this.root = root;
    }

    /** Reads a formula; refuses a syntax error with the position and the offending token. */
    public static Formula parse(String text) {
        return new Formula(text, FormulaParser.parse(text));
    }

    public String text() {
        return text;
    }

    /** The distinct operands, in the order first written. */
    public List<Reference> references() {
        return List.copyOf(new LinkedHashSet<>(operands().stream().map(Node.Operand::reference).toList()));
    }

    public FormulaValue evaluate(ValueSource source) {
        return evaluate(source, MissingValues.NO_VALUE);
    }

    public FormulaValue evaluate(ValueSource source, MissingValues missing) {
        Objects.requireNonNull(source, "source");
        Map<Reference, Double> values = new LinkedHashMap<>();
        StringJoiner absent = new StringJoiner(", ");
        int absentCount = 0;
        for (Reference reference : references()) {
            Double value = source.valueOf(reference);
            if (value == null || !Double.isFinite(value)) {
                absent.add(reference.text());
                absentCount++;
                values.put(reference, 0.0);
            } else {
                values.put(reference, value);
            }
        }
        if (absentCount > 0) {
            if (missing == MissingValues.NO_VALUE || absentCount == values.size()) {
                return FormulaValue.none("No value for " + absent);
            }
        }
        try {
            return FormulaValue.of(root.value(values, text));
        } catch (Node.Undefined undefined) {
            return FormulaValue.none(undefined.getMessage());
        }
    }

    List<Node.Operand> operands() {
        List<Node.Operand> operands = new ArrayList<>();
        root.collect(operands);
        return operands;
    }

    /** The distinct constants ({@code C{key}}), by key, in the order first written. */
    public List<String> constants() {
        return List.copyOf(new LinkedHashSet<>(constantNodes().stream().map(Node.Constant::key).toList()));
    }

    List<Node.Constant> constantNodes() {
        List<Node.Constant> constants = new ArrayList<>();
        root.collectConstants(constants);
        return constants;
    }

    /** The same formula with its constants valued (by key); a key left out has no value. */
    Formula withConstants(Map<String, Double> values) {
        return constantNodes().isEmpty() ? this : new Formula(text, root.withConstants(values));
    }

    /**
     * The text of this formula with some operands written otherwise (each replaced by its reading's
     * {@link Reference#text()}); the rest of the text as it was.
     */
    public String rewritten(Map<Reference, Reference> readings) {
        StringBuilder out = new StringBuilder(text);
        List<Node.Operand> operands = operands();
        for (int i = operands.size() - 1; i >= 0; i--) {
            Node.Operand operand = operands.get(i);
            Reference reading = readings.get(operand.reference());
            if (reading != null) {
                out.replace(operand.start(), operand.end(), reading.text());
            }
        }
        return out.toString();
    }

    /** The same formula reading some references otherwise (as a {@link ReferenceResolver} resolved them). */
    Formula rebind(Map<Reference, Reference> readings) {
        return readings.isEmpty() ? this : new Formula(text, root.rebind(readings));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Formula f && f.text.equals(text) && f.root.equals(root);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
