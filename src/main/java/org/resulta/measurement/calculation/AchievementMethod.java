package org.resulta.measurement.calculation;

/**
 * How percent achievement is computed when lower is better (DOMAIN.md 13.2); kept per indicator because the
 * choice changes the traffic light. For higher-is-better indicators RATIO and MIRROR both give actual / target.
 */
public enum AchievementMethod {
    /** target / actual x 100 when lower is better; actual / target x 100 otherwise. */
    RATIO("Ratio (actual / target, inverted when lower is better)"),
    /** (2 - actual / target) x 100 when lower is better. */
    MIRROR("Mirror around the target"),
    /** Progress from the baseline: (baseline - actual) / (baseline - target) x 100, or the ascending form. */
    BASELINE_RELATIVE("Progress from the baseline");

    private final String label;

    AchievementMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
