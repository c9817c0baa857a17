package org.resulta.analytics.evaluation;

/**
 * What a period-on-period change of output and input amounts to. Only {@link #IMPROVED} carries one of the five
 * strategies; the other three label the cases that are no improvement.
 */
public enum Movement {
    /** Efficiency rose: one of the five strategies. */
    IMPROVED("Improved"),
    /** Output and input both the same. */
    UNCHANGED("Unchanged"),
    /** Output and input moved the same way by about as much: bigger or smaller, no more efficient. */
    SCALED("Scaled without gain in efficiency"),
    /**
     * Efficiency fell: less output for the same or more input, the same output for more input, input growing
     * faster than output, or output shrinking faster than input.
     */
    DECLINED("Declined");

    private final String label;

    Movement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
