package org.resulta.analytics.evaluation;

import org.resulta.measurement.calculation.Statistics;
import java.util.Arrays;

/**
 * Sudden breaks in one unit's series (issue 4 part 4): a level shift, such as a facility that closed, a reporting
 * form that changed, or a boundary that moved. The series is split where the two segments' means explain the
 * most variance (least within-segment sum of squares), each segment at least {@code minSegment} periods long; the
 * split is a break when the shift between the means is at least {@code minStrength} pooled within-segment
 * standard deviations ({@code sqrt((SS1 + SS2) / (n - 2))}). Periods without a value (NaN) are skipped; the break
 * keeps its period index. Defaults [U]: segments of 3, strength 3.
 */
public final class BreakDetection {

    private final int minSegment;
    private final double minStrength;

    public BreakDetection(int minSegment, double minStrength) {
        if (minSegment < 2 || !Double.isFinite(minStrength) || minStrength <= 0) {
            throw new IllegalArgumentException("A segment has at least 2 periods and the strength is above zero");
        }
        this.minSegment = minSegment;
        this.minStrength = minStrength;
    }

    public LevelShift find(double[] series) {
        int[] periods = new int[series.length];
        double[] values = new double[series.length];
        int n = 0;
        for (int period = 0; period < series.length; period++) {
            if (Double.isFinite(series[period])) {
                periods[n] = period;
                values[n++] = series[period];
            }
        }
        if (n < 2 * minSegment) {
            return new LevelShift(null, null, null, null, null, false,
                    "Only " + n + " values: at least " + 2 * minSegment + " are needed to compare two levels");
        }
        double[] present = Arrays.copyOf(values, n);
        int best = -1;
        double bestSquares = Double.MAX_VALUE;
        for (int split = minSegment; split <= n - minSegment; split++) {
            double squares = Statistics.sumOfSquares(present, 0, split) + Statistics.sumOfSquares(present, split, n);
            if (squares < bestSquares) {
                bestSquares = squares;
                best = split;
            }
        }
        double before = Statistics.meanOf(present, 0, best);
        double after = Statistics.meanOf(present, best, n);
        double shift = after - before;
        double pooled = Math.sqrt(bestSquares / (n - 2));
        if (pooled == 0) {
            return new LevelShift(periods[best], before, after, shift, null, shift != 0,
                    shift != 0 ? "Both levels are flat: any shift is a break" : "The series is flat");
        }
        double strength = Math.abs(shift) / pooled;
        return new LevelShift(periods[best], before, after, shift, strength, strength >= minStrength, null);
    }
}
