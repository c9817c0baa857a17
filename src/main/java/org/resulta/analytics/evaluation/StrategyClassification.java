package org.resulta.analytics.evaluation;

import java.util.Locale;

/**
 * A program's or unit's move from one period to the next: the band and relative change of its output and input
 * (a relative change is null from a previous value of zero), the relative change of efficiency (output per
 * input; null when either period has no input or output), what it amounts to, and the strategy when it improved.
 * {@code movement} is null, with {@code reason}, when the figures cannot be classified.
 */
public record StrategyClassification(Change output, Change input, Double outputChange, Double inputChange,
                                     Double efficiencyChange, Movement movement, ImprovementStrategy strategy,
                                     String reason) {

    static StrategyClassification none(String reason) {
        return new StrategyClassification(null, null, null, null, null, null, null, reason);
    }

    public boolean isClassified() {
        return movement != null;
    }

    /** E.g. "Much more output (+30.0%) with somewhat more input (+8.0%): strategy 3". */
    public String description() {
        if (movement == null) {
            return reason;
        }
        String text = capitalised(output.label()) + " output" + percent(outputChange) + " with " + input.label()
                + " input" + percent(inputChange);
        return text + ": " + (strategy != null ? "strategy " + strategy.number() : movement.label().toLowerCase(Locale.ROOT));
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String percent(Double change) {
        return change == null ? "" : String.format(Locale.ROOT, " (%+.1f%%)", change * 100);
    }
}
