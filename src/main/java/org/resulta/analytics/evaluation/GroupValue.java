package org.resulta.analytics.evaluation;

import java.util.Objects;

/**
 * An indicator's value for one disaggregation group (female, a region, persons with disability, the poorest
 * quintile) in the previous and the current period; NaN when a period has no value.
 */
public record GroupValue(String group, double previous, double current) {

    public GroupValue {
        Objects.requireNonNull(group, "group");
    }
}
