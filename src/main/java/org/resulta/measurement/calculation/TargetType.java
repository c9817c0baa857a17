package org.resulta.measurement.calculation;

/** How a target is read: a point, a floor, a ceiling, a band, or words only. */
public enum TargetType {
    EXACT("Exactly"),
    AT_LEAST("At least"),
    AT_MOST("At most"),
    RANGE("Between"),
    NARRATIVE("Narrative");

    private final String label;

    TargetType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
