package org.resulta.analytics.evaluation;

/** How much a quantity moved from one period to the next, in the bands of {@link ChangeBands}. */
public enum Change {
    MUCH_LESS("much less"),
    SOMEWHAT_LESS("somewhat less"),
    SAME("the same"),
    SOMEWHAT_MORE("somewhat more"),
    MUCH_MORE("much more");

    private final String label;

    Change(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isMore() {
        return this == SOMEWHAT_MORE || this == MUCH_MORE;
    }

    public boolean isLess() {
        return this == SOMEWHAT_LESS || this == MUCH_LESS;
    }
}
