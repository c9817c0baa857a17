package org.resulta.measurement.calculation;

/** Which way is better for an indicator (IATI's {@code ascending}, DOMAIN.md 13.1 polarity). */
public enum Direction {
    INCREASE("Higher is better"),
    DECREASE("Lower is better"),
    MAINTAIN("Stay on target or in range");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
