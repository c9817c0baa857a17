package org.resulta.analytics.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The score of a node with its explanation: the method, each child with its achievement, weight and share, and the
 * result. A leaf's score is its measured achievement ({@code method} null, no contributions). {@code value} is
 * null, with {@code reason}, when nothing counted.
 */
public record Score(String node, Double value, ScoreMethod method, List<Contribution> contributions, String reason) {

    public Score {
        contributions = List.copyOf(contributions);
    }

    public boolean hasValue() {
        return value != null;
    }

    /**
     * One line a page can show under the score, e.g. "Weighted mean of 2 of 3 children: A 90.0 x 0.67 (weight 2) +
     * B 60.0 x 0.33 (weight 1) = 80.0": each counted child's achievement times its share of the counted weights, the
     * weights themselves named when any differs from 1.
     */
    public String explanation() {
        if (method == null) {
            return value == null ? reason : "Measured achievement " + number(value);
        }
        List<Contribution> counted = contributions.stream().filter(Contribution::counted).toList();
        String head = method.label() + " of " + counted.size() + " of " + contributions.size() + " children";
        if (value == null) {
            return head + ": " + reason;
        }
        if (method == ScoreMethod.WORST_CHILD) {
            Contribution worst = counted.stream().filter(c -> c.share() == 1.0).findFirst().orElseThrow();
            return head + ": " + worst.child() + " at " + number(value);
        }
        boolean weighted = counted.stream().anyMatch(c -> c.weight() != 1.0);
        return head + ": " + counted.stream().map(c -> c.child() + " " + number(c.achievement()) + " x "
                + String.format(Locale.ROOT, "%.2f", c.share()) + (weighted ? " (weight " + weight(c.weight()) + ")" : ""))
                .collect(Collectors.joining(" + ")) + " = " + number(value);
    }

    /** A weight as it was set: 2, 1.5, 0.25. */
    public static String weight(double weight) {
        return BigDecimal.valueOf(weight).stripTrailingZeros().toPlainString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
