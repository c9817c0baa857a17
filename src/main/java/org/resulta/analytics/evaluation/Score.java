package org.resulta.analytics.evaluation;

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

    /** One line a page can show under the score, e.g. "Weighted mean of 2 of 3 children: A 90.0 x 0.67 + B 60.0 x 0.33 = 80.0". */
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
        return head + ": " + counted.stream().map(c -> c.child() + " " + number(c.achievement()) + " x "
                + String.format(Locale.ROOT, "%.2f", c.share())).collect(Collectors.joining(" + ")) + " = " + number(value);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
