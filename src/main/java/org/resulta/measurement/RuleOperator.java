package org.resulta.measurement;

/** How the two sides of a validation rule compare. */
public enum RuleOperator {
    EQUAL_TO("=="), NOT_EQUAL_TO("!="), LESS_THAN("<"), LESS_THAN_OR_EQUAL_TO("<="), GREATER_THAN(">"),
    GREATER_THAN_OR_EQUAL_TO(">=");

    private final String symbol;

    RuleOperator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** True when {@code left operator right} holds; equality allows a rounding difference of 1e-9. */
    public boolean holds(double left, double right) {
        double tolerance = 1e-9 * Math.max(1, Math.max(Math.abs(left), Math.abs(right)));
        return switch (this) {
            case EQUAL_TO -> Math.abs(left - right) <= tolerance;
            case NOT_EQUAL_TO -> Math.abs(left - right) > tolerance;
            case LESS_THAN -> left < right - tolerance;
            case LESS_THAN_OR_EQUAL_TO -> left <= right + tolerance;
            case GREATER_THAN -> left > right + tolerance;
            case GREATER_THAN_OR_EQUAL_TO -> left >= right - tolerance;
        };
    }
}
