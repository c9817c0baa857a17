package org.resulta.analytics.evaluation;

/** How a node's score combines its children's achievements (DOMAIN.md 13.3: "weighted mean ... or worst-child rule"). */
public enum ScoreMethod {
    WEIGHTED_MEAN("Weighted mean"),
    WORST_CHILD("Worst child");

    private final String label;

    ScoreMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
