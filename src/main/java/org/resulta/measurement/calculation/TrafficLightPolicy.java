package org.resulta.measurement.calculation;

/**
 * Thresholds of the traffic light (DOMAIN.md 13.3) and the cap on achievement. Green from {@code greenMin}
 * percent, amber from {@code amberMin}, red below. Values come from the versioned status policy.
 */
public record TrafficLightPolicy(double greenMin, double amberMin, double cap) {

    public TrafficLightPolicy {
        if (!(greenMin >= amberMin) || amberMin < 0 || !(cap >= greenMin)) {
            throw new IllegalArgumentException("Thresholds must satisfy 0 <= amber <= green <= cap, not amber "
                    + amberMin + ", green " + greenMin + ", cap " + cap);
        }
    }

    public double capped(double achievement) {
        return Math.min(cap, achievement);
    }

    public Status classify(double achievement) {
        if (achievement >= greenMin) {
            return Status.GREEN;
        }
        return achievement >= amberMin ? Status.AMBER : Status.RED;
    }
}
