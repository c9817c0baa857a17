package org.resulta.analytics.evaluation;

/**
 * One child in a score's explanation: its achievement (null when it has none), its weight as set, and its share of
 * the result: the normalised weight for a weighted mean; 1 for the deciding child and 0 for the others under
 * worst-child; null when it did not count, with the reason in {@code note}.
 */
public record Contribution(String child, Double achievement, double weight, Double share, String note) {

    public boolean counted() {
        return share != null;
    }
}
