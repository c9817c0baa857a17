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
}
