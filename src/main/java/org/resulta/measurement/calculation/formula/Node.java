package org.resulta.measurement.calculation.formula;

import java.util.List;
import java.util.Map;

/** A parsed formula: each node knows the span of text it was read from ({@code start} inclusive, {@code end} exclusive). */
sealed interface Node {

    int start();

    int end();

    /** The value of this node, given a value for every operand; throws {@link Undefined} with the reason. */
    double value(Map<Reference, Double> operands, String text);

    /** The operands in the order written, with their positions. */
    void collect(List<Operand> into);

    /** This node with each reference replaced. */
    Node rebind(Map<Reference, Reference> readings);

    /** The constants ({@code C{X}}) in the order written, with their positions. */
    default void collectConstants(List<Constant> into) {
    }

    /** This node with each constant given its value (by the key written; a constant left out keeps none). */
    default Node withConstants(Map<String, Double> values) {
        return this;
    }

    record Number(double number, int start, int end) implements Node {
        @Override
        public double value(Map<Reference, Double> operands, String text) {
            return number;
        }

        @Override
        public void collect(List<Operand> into) {
        }

        @Override
        public Node rebind(Map<Reference, Reference> readings) {
            return this;
        }
    }

    record Operand(Reference reference, int start, int end) implements Node {
        @Override
        public double value(Map<Reference, Double> operands, String text) {
            return operands.get(reference);
        }

        @Override
        public void collect(List<Operand> into) {
            into.add(this);
        }

        @Override
        public Node rebind(Map<Reference, Reference> readings) {
            return new Operand(readings.getOrDefault(reference, reference), start, end);
        }
    }

    /**
     * A named constant {@code C{key}} (key: a constant's code or DHIS2 uid): a number kept apart from the formula
     * so that changing it changes every formula using it. {@code value} is null until the catalog binds it.
     */
    record Constant(String key, Double value, int start, int end) implements Node {
        @Override
        public double value(Map<Reference, Double> operands, String text) {
            if (value == null) {
                throw new Undefined("No value for the constant " + written());
            }
            return value;
        }

        @Override
        public void collect(List<Operand> into) {
        }

        @Override
        public Node rebind(Map<Reference, Reference> readings) {
            return this;
        }

        @Override
        public void collectConstants(List<Constant> into) {
            into.add(this);
        }

        @Override
        public Node withConstants(Map<String, Double> values) {
            return new Constant(key, values.get(key), start, end);
        }

        /** As written in a formula: {@code C{key}}. */
        String written() {
            return "C{" + key + "}";
        }
    }

    record Negation(Node operand, int start, int end) implements Node {
        @Override
        public double value(Map<Reference, Double> operands, String text) {
            return -operand.value(operands, text);
        }

        @Override
        public void collect(List<Operand> into) {
            operand.collect(into);
        }

        @Override
        public Node rebind(Map<Reference, Reference> readings) {
            return new Negation(operand.rebind(readings), start, end);
        }

        @Override
        public void collectConstants(List<Constant> into) {
            operand.collectConstants(into);
        }

        @Override
        public Node withConstants(Map<String, Double> values) {
            return new Negation(operand.withConstants(values), start, end);
        }
    }

    record Operation(char operator, Node left, Node right, int start, int end) implements Node {
        @Override
        public double value(Map<Reference, Double> operands, String text) {
            double l = left.value(operands, text);
            double r = right.value(operands, text);
            if (operator == '/' && r == 0) {
                throw new Undefined("Division by zero: " + text.substring(right.start(), right.end()).strip() + " is 0");
            }
            double result = switch (operator) {
                case '+' -> l + r;
                case '-' -> l - r;
                case '*' -> l * r;
                default -> l / r;
            };
            if (!Double.isFinite(result)) {
                throw new Undefined("The value of " + text.substring(start, end).strip() + " is too large to compute");
            }
            return result;
        }

        @Override
        public void collect(List<Operand> into) {
            left.collect(into);
            right.collect(into);
        }

        @Override
        public Node rebind(Map<Reference, Reference> readings) {
            return new Operation(operator, left.rebind(readings), right.rebind(readings), start, end);
        }

        @Override
        public void collectConstants(List<Constant> into) {
            left.collectConstants(into);
            right.collectConstants(into);
        }

        @Override
        public Node withConstants(Map<String, Double> values) {
            return new Operation(operator, left.withConstants(values), right.withConstants(values), start, end);
        }
    }

    /** Raised while computing a value that does not exist; becomes a {@link FormulaValue} without value. */
    final class Undefined extends RuntimeException {
        Undefined(String reason) {
            super(reason, null, false, false);
        }
    }
}
