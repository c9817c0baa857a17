package org.resulta.measurement.calculation;

/**
 * Percent achievement before any cap, or no figure with the reason why ({@code percent} null). When an actual of
 * zero meets a lower-is-better target, the ratio has no finite value: {@code beyondCap} says the indicator
 * reaches whatever cap the policy sets. Never infinity or NaN.
 */
public record Achievement(Double percent, boolean beyondCap, String note) {

    static Achievement of(double percent) {
        return new Achievement(Math.max(0.0, percent), false, null);
    }

    static Achievement of(double percent, String note) {
        return new Achievement(Math.max(0.0, percent), false, note);
    }

    static Achievement atCap(String note) {
        return new Achievement(null, true, note);
    }

    static Achievement none(String why) {
        return new Achievement(null, false, why);
    }

    public boolean isDefined() {
        return percent != null || beyondCap;
    }
}
