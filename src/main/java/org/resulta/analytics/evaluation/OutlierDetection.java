package org.resulta.analytics.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Outliers in one unit's series (issue 4 part 4). Periods without a value (NaN) are skipped; outliers keep their
 * period index.
 * <ul>
 * <li>z-score: {@code (x - mean) / s} with the sample standard deviation; flagged beyond {@link #Z_THRESHOLD}.
 * The outlier inflates the mean and s it is measured by: in n values no z-score can exceed (n - 1) / sqrt(n), so
 * with 10 or fewer values none reaches 3.</li>
 * <li>modified z-score (Iglewicz and Hoaglin): {@code 0.6745 (x - median) / MAD}, MAD the median absolute
 * deviation from the median; flagged beyond {@link #MODIFIED_Z_THRESHOLD}. Robust: one wild value barely moves
 * the median or the MAD. When more than half the values are equal (MAD = 0) the scale falls back to the mean
 * absolute deviation: {@code (x - median) / (1.253314 x meanAD)}.</li>
 * </ul>
 */
public final class OutlierDetection {

    public static final double Z_THRESHOLD = 3;
    public static final double MODIFIED_Z_THRESHOLD = 3.5;
    private static final int FEWEST = 3;

    private OutlierDetection() {
    }

    public static OutlierScan byZScore(double[] series) {
        return byZScore(series, Z_THRESHOLD);
    }

    public static OutlierScan byZScore(double[] series, double threshold) {
        String method = "z-score";
        double[] values = Statistics.present(series);
        if (values.length < FEWEST) {
            return tooFew(method, threshold, values.length);
        }
        double mean = Statistics.mean(values);
        double sd = Statistics.standardDeviation(values);
        if (sd == 0) {
            return new OutlierScan(method, threshold, List.of(), "All values are equal: no outliers");
        }
        return scan(method, threshold, series, x -> (x - mean) / sd, null);
    }

    public static OutlierScan byModifiedZScore(double[] series) {
        return byModifiedZScore(series, MODIFIED_Z_THRESHOLD);
    }

    public static OutlierScan byModifiedZScore(double[] series, double threshold) {
        String method = "modified z-score";
        double[] values = Statistics.present(series);
        if (values.length < FEWEST) {
            return tooFew(method, threshold, values.length);
        }
        double median = Statistics.median(values);
        double[] deviations = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            deviations[i] = Math.abs(values[i] - median);
        }
        double mad = Statistics.median(deviations);
        if (mad > 0) {
            return scan(method, threshold, series, x -> 0.6745 * (x - median) / mad, null);
        }
        double meanDeviation = Statistics.mean(deviations);
        if (meanDeviation == 0) {
            return new OutlierScan(method, threshold, List.of(), "All values are equal: no outliers");
        }
        return scan(method, threshold, series, x -> (x - median) / (1.253314 * meanDeviation),
                "More than half the values are equal (MAD = 0): scaled by the mean absolute deviation");
    }

    private static OutlierScan scan(String method, double threshold, double[] series,
                                    DoubleUnaryOperator score, String note) {
        List<Outlier> outliers = new ArrayList<>();
        for (int period = 0; period < series.length; period++) {
            if (Double.isFinite(series[period])) {
                double z = score.applyAsDouble(series[period]);
                if (Math.abs(z) > threshold) {
                    outliers.add(new Outlier(period, series[period], z));
                }
            }
        }
        return new OutlierScan(method, threshold, outliers, note);
    }

    private static OutlierScan tooFew(String method, double threshold, int count) {
        return new OutlierScan(method, threshold, List.of(), "Only " + count + " values: at least " + FEWEST + " are needed");
    }
}
