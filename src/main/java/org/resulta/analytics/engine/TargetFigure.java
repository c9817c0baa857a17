package org.resulta.analytics.engine;

import org.resulta.measurement.calculation.AggregationMethod;
import org.resulta.measurement.calculation.TargetType;

import java.util.List;
import java.util.Objects;

/**
 * A target as found or combined for a unit and period: its type, value (NaN for a narrative one), upper bound of a
 * range, and where it came from ({@code basis}, shown to the user).
 */
public record TargetFigure(TargetType type, double value, Double upper, String basis) {

    TargetFigure withBasis(String basis) {
        return new TargetFigure(type, value, upper, basis);
    }

    /**
     * Combines targets by an aggregation rule, bound by bound for ranges; a ratio's targets average weighted by
     * the denominators when all are known and positive in total. Null when the rule gives no single figure.
     */
    static TargetFigure combine(AggregationMethod method, List<TargetFigure> values, List<Double> weights) {
        TargetType type = values.get(0).type();
        boolean ranges = values.stream().allMatch(v -> v.upper() != null);
        double[] lower = values.stream().mapToDouble(TargetFigure::value).toArray();
        double[] upper = ranges ? values.stream().mapToDouble(TargetFigure::upper).toArray() : null;
        double[] w = null;
        if (method == AggregationMethod.RATIO_RECOMPUTE && weights.stream().allMatch(Objects::nonNull)) {
            w = weights.stream().mapToDouble(Double::doubleValue).toArray();
            double total = 0;
            for (double x : w) {
                total += x;
            }
            if (total <= 0) {
                w = null;
            }
        }
        Double low = reduce(method, lower, w);
        if (low == null) {
            return null;
        }
        Double high = upper == null ? null : reduce(method, upper, w);
        return new TargetFigure(type, low, high, null);
    }

    private static Double reduce(AggregationMethod method, double[] values, double[] weights) {
        int n = values.length;
        switch (method) {
            case SUM, COUNT -> {
                double s = 0;
                for (double v : values) {
                    s += v;
                }
                return s;
            }
            case LAST -> {
                return values[n - 1];
            }
            case MIN -> {
                double m = values[0];
                for (double v : values) {
                    m = Math.min(m, v);
                }
                return m;
            }
            case MAX -> {
                double m = values[0];
                for (double v : values) {
                    m = Math.max(m, v);
                }
                return m;
            }
            case NONE -> {
                return n == 1 ? values[0] : null;
            }
            default -> {
                if (weights != null) {
                    double s = 0;
                    double t = 0;
                    for (int i = 0; i < n; i++) {
                        s += values[i] * weights[i];
                        t += weights[i];
                    }
                    return s / t;
                }
                double s = 0;
                for (double v : values) {
                    s += v;
                }
                return s / n;
            }
        }
    }

    /** "Sum of 4 quarterly targets", "Denominator-weighted mean of 3 ...". */
    static String combinedBasis(AggregationMethod method, int count, String what) {
        String verb = switch (method) {
            case SUM, COUNT -> "Sum of ";
            case LAST -> "Last of ";
            case MIN -> "Lowest of ";
            case MAX -> "Highest of ";
            case RATIO_RECOMPUTE -> "Denominator-weighted mean of ";
            default -> "Mean of ";
        };
        return verb + count + " " + what;
    }
}
