package org.resulta.analytics.evaluation;

/**
 * The five strategies to improve performance (DOMAIN.md 0.2, from the lecture): each raises efficiency, output
 * per unit of input. {@link StrategyClassifier} recognises them in period-on-period changes.
 */
public enum ImprovementStrategy {
    MORE_OUTPUT_SAME_INPUT(1, "More output with the same input"),
    SAME_OUTPUT_LESS_INPUT(2, "Same output with less input"),
    MUCH_MORE_OUTPUT_SOMEWHAT_MORE_INPUT(3, "Much more output with somewhat more input"),
    SOMEWHAT_LESS_OUTPUT_MUCH_LESS_INPUT(4, "Somewhat less output with much less input"),
    MORE_OUTPUT_LESS_INPUT(5, "More output with less input");

    private final int number;
    private final String label;

    ImprovementStrategy(int number, String label) {
        this.number = number;
        this.label = label;
    }

    /** The strategy's number in the lecture, 1 to 5. */
    public int number() {
        return number;
    }

    public String label() {
        return label;
    }
}
