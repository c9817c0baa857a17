package org.resulta.measurement;

import java.util.List;

/**
 * A broken rule for a unit and period: a validation rule with the two sides' values, or (rule {@code outlier}) a
 * value far from the unit's own history. {@code indicatorCodes} are the indicators involved.
 */
public record RuleViolation(String ruleCode, String ruleName, RuleImportance importance, String unitCode,
                            String period, Double leftValue, Double rightValue, String message,
                            List<String> indicatorCodes) {

    public static final String OUTLIER = "outlier";

    public boolean isBlocking() {
        return importance == RuleImportance.BLOCKING;
    }
}
