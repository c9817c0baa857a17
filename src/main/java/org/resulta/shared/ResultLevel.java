package org.resulta.shared;

/**
 * The levels of the production model (DOMAIN.md 0.1, 9.1), from the bottom of the results chain to the top.
 * A node may only contribute to a node of a higher level (an intermediate outcome also to a final outcome).
 */
public enum ResultLevel {
    INPUT("Input"),
    ACTIVITY("Activity"),
    OUTPUT("Output"),
    OUTCOME("Outcome"),
    IMPACT("Impact");

    private final String label;

    ResultLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True when this level lies strictly above {@code other} in the chain. */
    public boolean isAbove(ResultLevel other) {
        return ordinal() > other.ordinal();
    }

    /** The levels from the top of the chain down: impact first. */
    public static ResultLevel[] topDown() {
        ResultLevel[] all = values();
        ResultLevel[] reversed = new ResultLevel[all.length];
        for (int i = 0; i < all.length; i++) {
            reversed[i] = all[all.length - 1 - i];
        }
        return reversed;
    }
}
