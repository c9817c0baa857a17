package org.resulta.analytics;

import org.resulta.measurement.calculation.Status;

import java.util.Map;

/** A sub-unit's line on its parent's scorecard: how many of its indicators are in each status. */
public record UnitSummary(String unitCode, String unitName, String unitType, boolean hasChildren,
                          Map<Status, Integer> statusCounts) {

    public int count(Status status) {
        return statusCounts.getOrDefault(status, 0);
    }

    public int rated() {
        return count(Status.GREEN) + count(Status.AMBER) + count(Status.RED);
    }

    public int green() {
        return count(Status.GREEN);
    }

    public int amber() {
        return count(Status.AMBER);
    }

    public int red() {
        return count(Status.RED);
    }

    /** Indicators without a rating: no data, no target, not yet due or narrative. */
    public int unrated() {
        return count(Status.NO_DATA) + count(Status.NO_TARGET) + count(Status.NOT_DUE) + count(Status.NOT_RATED);
    }

    /** Percent of the rated indicators in the given status (0 when none is rated). */
    public double share(Status status) {
        return rated() == 0 ? 0 : 100.0 * count(status) / rated();
    }
}
