package org.resulta.measurement.calculation;

/** Traffic-light status of an indicator for a unit and period (DOMAIN.md 13.3). */
public enum Status {
    GREEN("On track", "green"),
    AMBER("At risk", "amber"),
    RED("Off track", "red"),
    NO_DATA("No data", "grey"),
    NO_TARGET("No target", "blue"),
    NOT_DUE("Not yet due", "grey"),
    NOT_RATED("Narrative, not rated", "grey");

    private final String label;
    private final String colour;

    Status(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    public String colour() {
        return colour;
    }

    public boolean isRated() {
        return this == GREEN || this == AMBER || this == RED;
    }
}
