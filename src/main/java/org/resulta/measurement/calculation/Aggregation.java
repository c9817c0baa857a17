package org.resulta.measurement.calculation;

import java.util.ArrayList;
import java.util.List;

/**
 * Aggregates observations by an {@link AggregationMethod} (DOMAIN.md 13.4). Observations are given in time order
 * (LAST takes the final one). A rollup over units and time aggregates each unit's series over time first, then
 * the units' results, so that a snapshot indicator sums each unit's last value.
 */
public final class Aggregation {

    private Aggregation() {
    }

    public static Aggregate aggregate(AggregationMethod method, List<Observation> observations, double multiplier) {
        List<Observation> present = new ArrayList<>(observations.size());
        for (Observation o : observations) {
            if (method == AggregationMethod.RATIO_RECOMPUTE ? o.hasComponents() : !Double.isNaN(o.value())) {
                present.add(o);
            }
        }
        int n = present.size();
        if (n == 0) {
            return observations.isEmpty() ? Aggregate.empty()
                    : Aggregate.none(observations.size(), method == AggregationMethod.RATIO_RECOMPUTE
                    ? "No value has both a numerator and a denominator" : "No value to aggregate");
        }
        return switch (method) {
            case SUM -> sum(present);
            case AVERAGE -> average(present);
            case LAST -> single(present.get(n - 1), n);
            case MIN -> single(extreme(present, true), n);
            case MAX -> single(extreme(present, false), n);
            case COUNT -> new Aggregate((double) n, null, null, n, null);
            case RATIO_RECOMPUTE -> ratio(present, multiplier);
            case NONE -> n == 1 ? single(present.get(0), 1)
                    : Aggregate.none(n, "This indicator is not aggregated and " + n + " values were found");
        };
    }

    /** Aggregates each unit's time series by {@code overTime}, then the units' results by {@code overUnits}. */
    public static Aggregate rollUp(AggregationMethod overTime, AggregationMethod overUnits,
                                   List<List<Observation>> seriesPerUnit, double multiplier) {
        List<Observation> perUnit = new ArrayList<>(seriesPerUnit.size());
        for (List<Observation> series : seriesPerUnit) {
            Aggregate a = aggregate(overTime, series, multiplier);
            if (a.hasValue() || (overUnits == AggregationMethod.RATIO_RECOMPUTE && a.numerator() != null)) {
                perUnit.add(a.asObservation());
            }
        }
        return aggregate(overUnits, perUnit, multiplier);
    }

    private static Aggregate sum(List<Observation> values) {
        double total = 0;
        for (Observation o : values) {
            total += o.value();
        }
        double[] components = componentSums(values);
        return new Aggregate(total, components == null ? null : components[0], components == null ? null : components[1],
                values.size(), null);
    }

    private static Aggregate average(List<Observation> values) {
        double total = 0;
        for (Observation o : values) {
            total += o.value();
        }
        int n = values.size();
        double[] components = componentSums(values);
        return new Aggregate(total / n, components == null ? null : components[0] / n,
                components == null ? null : components[1] / n, n, null);
    }

    private static Aggregate ratio(List<Observation> values, double multiplier) {
        double[] c = componentSums(values);
        if (c[1] == 0) {
            return new Aggregate(null, c[0], c[1], values.size(), "The denominators sum to zero: no ratio can be computed");
        }
        return new Aggregate(c[0] / c[1] * multiplier, c[0], c[1], values.size(), null);
    }

    private static Aggregate single(Observation o, int count) {
        return new Aggregate(o.value(), o.hasComponents() ? o.numerator() : null,
                o.hasComponents() ? o.denominator() : null, count, null);
    }

    private static Observation extreme(List<Observation> values, boolean min) {
        Observation best = values.get(0);
        for (Observation o : values) {
            if (min ? o.value() < best.value() : o.value() > best.value()) {
                best = o;
            }
        }
        return best;
    }

    /** Sums of numerators and denominators, or null when any observation lacks them. */
    private static double[] componentSums(List<Observation> values) {
        double num = 0;
        double den = 0;
        for (Observation o : values) {
            if (!o.hasComponents()) {
                return null;
            }
            num += o.numerator();
            den += o.denominator();
        }
        return new double[]{num, den};
    }
}
