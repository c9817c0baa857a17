package org.resulta.measurement.calculation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;

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
        return scan("z-score", threshold, series, values -> {
            double mean = Statistics.mean(values);
            double sd = Statistics.standardDeviation(values);
            return sd == 0 ? Scale.FLAT : new Scale(x -> (x - mean) / sd, null);
        });
    }

    public static OutlierScan byModifiedZScore(double[] series) {
        return byModifiedZScore(series, MODIFIED_Z_THRESHOLD);
    }

    public static OutlierScan byModifiedZScore(double[] series, double threshold) {
        return scan("modified z-score", threshold, series, values -> {
            double median = Statistics.median(values);
            double[] deviations = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                deviations[i] = Math.abs(values[i] - median);
            }
            double mad = Statistics.median(deviations);
            if (mad > 0) {
                return new Scale(x -> 0.6745 * (x - median) / mad, null);
            }
            double meanDeviation = Statistics.mean(deviations);
            return meanDeviation == 0 ? Scale.FLAT : new Scale(x -> (x - median) / (1.253314 * meanDeviation),
                    "More than half the values are equal (MAD = 0): scaled by the mean absolute deviation");
        });
    }

    /** How far a value lies from the centre of the series, or none when the series is flat. */
    private record Scale(DoubleUnaryOperator score, String note) {
        static final Scale FLAT = new Scale(null, "All values are equal: no outliers");
    }

    private static OutlierScan scan(String method, double threshold, double[] series, Function<double[], Scale> scaleOf) {
        double[] values = Statistics.present(series);
        if (values.length < FEWEST) {
            return new OutlierScan(method, threshold, List.of(), "Only " + values.length + " values: at least " + FEWEST
                    + " are needed");
        }
        Scale scale = scaleOf.apply(values);
        List<Outlier> outliers = new ArrayList<>();
        for (int period = 0; scale.score() != null && period < series.length; period++) {
            if (Double.isFinite(series[period])) {
                double z = scale.score().applyAsDouble(series[period]);
                if (Math.abs(z) > threshold) {
                    outliers.add(new Outlier(period, series[period], z));
                }
            }
        }
        return new OutlierScan(method, threshold, outliers, scale.note());
    }
}
