package org.resulta.analytics.evaluation;

import java.util.Objects;

/**
 * A child counting towards a parent's score with a weight: an output towards its outcome, an activity towards its
 * output, a sub-unit towards its unit. Weights are relative (2 and 1 mean two thirds and one third); zero keeps the
 * child visible in the explanation without counting it.
 */
public record ScoreLink(String parent, String child, double weight) {

    public ScoreLink {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(child, "child");
        if (!Double.isFinite(weight) || weight < 0) {
            throw new IllegalArgumentException("The weight of " + child + " in " + parent
                    + " must be a number of zero or more, not " + weight);
        }
        if (parent.equals(child)) {
            throw new IllegalArgumentException(parent + " cannot count towards itself");
        }
    }
}
