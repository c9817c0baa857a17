package org.resulta.analytics;

import org.resulta.measurement.calculation.Status;

import java.util.List;
import java.util.Map;

/** A unit's scorecard for a period, with status counts and its sub-units for drill-down. */
public record ScorecardView(String unitCode, String unitName, String unitType, String period, String periodLabel,
                            boolean periodEnded, int policyVersion, double greenMin, double amberMin,
                            List<ScoreLine> lines, Map<Status, Integer> statusCounts, List<UnitSummary> subUnits) {

    public int count(Status status) {
        return statusCounts.getOrDefault(status, 0);
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

    public int noTarget() {
        return count(Status.NO_TARGET);
    }

    /** No data, not yet due, or narrative. */
    public int unrated() {
        return count(Status.NO_DATA) + count(Status.NOT_DUE) + count(Status.NOT_RATED);
    }
}
